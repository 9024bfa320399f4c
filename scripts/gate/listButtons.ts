/**
 * Step "metadata", part 5: list view buttons that open a Visualforce page. Lightning Experience
 * runs a custom list button of content source Visualforce on the records ticked in a list view:
 * the page's standard list controller (`standardController` + `recordSetVar`) receives them as
 * `{!selected}`. JavaScript buttons do not run there, and a page without `recordSetVar` is not
 * offered for a list button at all. So, for every `objects/<Object>/webLinks/<Name>.webLink-meta.xml`:
 * - `linkType` page names a page under `pages/` whose `standardController` is `<Object>`;
 * - a list button (`massActionButton`) is `linkType` page or url (never javascript), asks for
 *   row selection (`requireRowSelection`), and its page has a `recordSetVar`;
 * and every `searchLayouts/listViewButtons` of an object names a list button of that object.
 * A page that says how many checksheets it sends (`var maxCompared = N`) says the compare view's
 * limit (`LIMITS.maxComparedSheets`), and every page is granted by some permission set.
 */
import type { Finding, SourceFile } from './findings';
import { finding } from './findings';
import { childText, childrenNamed, parseXml } from './xmlTree';

const WEB_LINK = /(?:^|\/)objects\/([^/]+)\/webLinks\/([^/]+)\.webLink-meta\.xml$/;
const OBJECT = /(?:^|\/)objects\/([^/]+)\/\1\.object-meta\.xml$/;
const PAGE = /(?:^|\/)pages\/([^/]+)\.page$/;
const PERMISSION_SET = /\.permissionset-meta\.xml$/;

interface PageInfo {
  file: SourceFile;
  standardController?: string;
  recordSetVar?: string;
}

/** The attributes of the `<apex:page …>` start tag (none when the page has none). */
function pageAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const start = text.indexOf('<apex:page');
  if (start === -1) return attributes;
  const end = text.indexOf('>', start);
  const tag = text.slice(start, end === -1 ? undefined : end);
  for (const match of tag.matchAll(/([A-Za-z]+)\s*=\s*"([^"]*)"/g)) {
    attributes.set(match[1], match[2]);
  }
  return attributes;
}

function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}

/** Every finding about list buttons and the Visualforce pages behind them. */
export function checkListButtons(files: readonly SourceFile[], maxCompared: number): Finding[] {
  const findings: Finding[] = [];
  const pages = new Map<string, PageInfo>();
  for (const file of files) {
    const name = PAGE.exec(file.path)?.[1];
    if (!name) continue;
    const attributes = pageAttributes(file.text);
    pages.set(name, {
      file,
      standardController: attributes.get('standardController'),
      recordSetVar: attributes.get('recordSetVar')
    });
    const limit = /var maxCompared = (\d+);/.exec(file.text);
    if (limit && Number(limit[1]) !== maxCompared) {
      findings.push(
        finding(
          file.path,
          lineOf(file.text, limit[0]),
          `maxCompared is ${limit[1]}, the compare view holds ${maxCompared} (LIMITS.maxComparedSheets)`
        )
      );
    }
  }
  const listButtons = new Map<string, Set<string>>();
  for (const file of files) {
    const match = WEB_LINK.exec(file.path);
    if (!match) continue;
    const [, object, name] = match;
    const parsed = parseXml(file.text);
    if (!parsed.ok) continue;
    const root = parsed.root;
    const linkType = childText(root, 'linkType');
    const displayType = childText(root, 'displayType');
    const pageName = childText(root, 'page');
    const page = pageName ? pages.get(pageName) : undefined;
    if (linkType === 'page') {
      if (!page) {
        findings.push(
          finding(file.path, root.line, `page ${pageName ?? '(none)'} is not under pages/`)
        );
      } else if (page.standardController !== object) {
        findings.push(
          finding(
            file.path,
            root.line,
            `page ${pageName} has standardController "${page.standardController ?? ''}", not ${object}`
          )
        );
      }
    }
    if (displayType !== 'massActionButton') continue;
    if (linkType !== 'page' && linkType !== 'url') {
      findings.push(
        finding(
          file.path,
          root.line,
          `list button ${name} is linkType ${linkType ?? '(none)'}: Lightning Experience runs only a Visualforce page or a URL`
        )
      );
    }
    if (childText(root, 'requireRowSelection') !== 'true') {
      findings.push(
        finding(
          file.path,
          root.line,
          `list button ${name} must ask for row selection (requireRowSelection)`
        )
      );
    }
    if (linkType === 'page' && page && !page.recordSetVar) {
      findings.push(
        finding(
          page.file.path,
          1,
          `page ${pageName} behind list button ${name} needs recordSetVar (a standard list controller)`
        )
      );
    }
    const names = listButtons.get(object) ?? new Set<string>();
    names.add(name);
    listButtons.set(object, names);
  }
  for (const file of files) {
    const object = OBJECT.exec(file.path)?.[1];
    if (!object) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok) continue;
    for (const layouts of childrenNamed(parsed.root, 'searchLayouts')) {
      for (const button of childrenNamed(layouts, 'listViewButtons')) {
        if (!listButtons.get(object)?.has(button.text)) {
          findings.push(
            finding(
              file.path,
              button.line,
              `listViewButtons ${button.text} is no list button of ${object}`
            )
          );
        }
      }
    }
  }
  const granted = new Set<string>();
  for (const file of files) {
    if (!PERMISSION_SET.test(file.path)) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok) continue;
    for (const access of childrenNamed(parsed.root, 'pageAccesses')) {
      if (childText(access, 'enabled') === 'true') granted.add(childText(access, 'apexPage') ?? '');
    }
  }
  for (const [name, page] of pages) {
    if (!granted.has(name)) {
      findings.push(
        finding(page.file.path, 1, `no permission set grants page ${name} (pageAccesses)`)
      );
    }
  }
  return findings;
}
