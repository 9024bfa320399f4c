/**
 * Step "metadata", part 3: the package's Lightning pages and what opens them fit together, so a
 * deploy never fails on (or an admin never has to fix) a page that names a component it cannot
 * show:
 * - a FlexiPage's custom component (`componentName` without a namespace) is an LWC bundle of the
 *   package that is exposed and targets that page type (`lightning__AppPage`,
 *   `lightning__RecordPage`, `lightning__HomePage`), and, on a record page, lists the page's
 *   object when its target config restricts objects;
 * - a tab's `flexiPage` is an App Page of the package;
 * - an application's `actionOverrides` / `profileActionOverrides` of type Flexipage name a
 *   Record Page of the package for the overridden object;
 * - a quick action's `lightningWebComponent` is an exposed bundle targeting
 *   `lightning__RecordAction`.
 */
import type { Finding, SourceFile } from './findings';
import { finding } from './findings';
import { componentName } from './metadataIndex';
import type { XmlElement } from './xmlTree';
import { childText, childrenNamed, descendants, parseXml } from './xmlTree';

interface Bundle {
  exposed: boolean;
  targets: Set<string>;
  /** Objects each target is restricted to (a target with no list takes any object). */
  objects: Map<string, Set<string>>;
}

interface Page {
  type: string;
  sobjectType?: string;
}

const PAGE_TARGETS: Record<string, string> = {
  AppPage: 'lightning__AppPage',
  RecordPage: 'lightning__RecordPage',
  HomePage: 'lightning__HomePage'
};

function bundleFrom(root: XmlElement): Bundle {
  const targets = new Set(
    childrenNamed(root, 'targets').flatMap((t) => childrenNamed(t, 'target').map((x) => x.text))
  );
  const objects = new Map<string, Set<string>>();
  for (const config of descendants(root).filter((e) => e.name === 'targetConfig')) {
    const names = descendants(config)
      .filter((e) => e.name === 'object')
      .map((e) => e.text);
    if (names.length === 0) continue;
    for (const target of (config.attributes.targets ?? '').split(',')) {
      objects.set(target.trim(), new Set(names));
    }
  }
  return { exposed: childText(root, 'isExposed') === 'true', targets, objects };
}

/** What the package defines: LWC bundles by name and FlexiPages by name. */
function indexPages(files: SourceFile[]): {
  bundles: Map<string, Bundle>;
  pages: Map<string, Page>;
  roots: { file: SourceFile; root: XmlElement }[];
} {
  const bundles = new Map<string, Bundle>();
  const pages = new Map<string, Page>();
  const roots: { file: SourceFile; root: XmlElement }[] = [];
  for (const file of files) {
    if (!file.path.endsWith('-meta.xml')) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok) continue;
    roots.push({ file, root: parsed.root });
    const bundle = /\/lwc\/([^/]+)\/\1\.js-meta\.xml$/.exec(file.path)?.[1];
    if (bundle) bundles.set(bundle, bundleFrom(parsed.root));
    const page = componentName(file.path, '.flexipage-meta.xml');
    if (page) {
      pages.set(page, {
        type: childText(parsed.root, 'type') ?? '',
        sobjectType: childText(parsed.root, 'sobjectType')
      });
    }
  }
  return { bundles, pages, roots };
}

function checkComponent(
  file: string,
  element: XmlElement,
  bundles: Map<string, Bundle>,
  target: string,
  objectName?: string
): Finding[] {
  const name = element.text;
  const bundle = bundles.get(name);
  if (!bundle)
    return [finding(file, element.line, `component ${name} is not an LWC bundle of the package`)];
  if (!bundle.exposed) {
    return [finding(file, element.line, `component ${name} is not exposed (isExposed is false)`)];
  }
  if (!bundle.targets.has(target)) {
    return [finding(file, element.line, `component ${name} does not target ${target}`)];
  }
  const objects = bundle.objects.get(target);
  if (objectName && objects && !objects.has(objectName)) {
    return [
      finding(
        file,
        element.line,
        `component ${name} is not configured for ${objectName} on ${target}`
      )
    ];
  }
  return [];
}

/** Every cross-reference between pages, components, tabs, applications and quick actions. */
export function checkPageReferences(files: SourceFile[]): Finding[] {
  const { bundles, pages, roots } = indexPages(files);
  const findings: Finding[] = [];
  for (const { file, root } of roots) {
    if (root.name === 'FlexiPage') {
      const type = childText(root, 'type') ?? '';
      const target = PAGE_TARGETS[type];
      const components = descendants(root).filter(
        (e) => e.name === 'componentName' && !e.text.includes(':')
      );
      for (const component of components) {
        if (!target) {
          findings.push(
            finding(
              file.path,
              component.line,
              `custom components on a ${type} page are not checked; add its target`
            )
          );
          continue;
        }
        findings.push(
          ...checkComponent(file.path, component, bundles, target, childText(root, 'sobjectType'))
        );
      }
    } else if (root.name === 'CustomTab') {
      const flexiPage = childrenNamed(root, 'flexiPage')[0];
      if (flexiPage && pages.get(flexiPage.text)?.type !== 'AppPage') {
        findings.push(
          finding(
            file.path,
            flexiPage.line,
            `flexiPage ${flexiPage.text} is not an App Page of the package`
          )
        );
      }
    } else if (root.name === 'CustomApplication') {
      const overrides = [
        ...childrenNamed(root, 'actionOverrides'),
        ...childrenNamed(root, 'profileActionOverrides')
      ].filter((override) => childText(override, 'type') === 'Flexipage');
      for (const override of overrides) {
        const content = childrenNamed(override, 'content')[0];
        const object = childText(override, 'pageOrSobjectType');
        const page = content ? pages.get(content.text) : undefined;
        if (!content || !page) {
          findings.push(
            finding(
              file.path,
              (content ?? override).line,
              `action override names FlexiPage ${content?.text ?? '(none)'}, which the package does not have`
            )
          );
        } else if (page.type !== 'RecordPage' || page.sobjectType !== object) {
          findings.push(
            finding(
              file.path,
              content.line,
              `FlexiPage ${content.text} is not a record page of ${object}`
            )
          );
        }
      }
    } else if (root.name === 'QuickAction') {
      const component = childrenNamed(root, 'lightningWebComponent')[0];
      if (component) {
        findings.push(...checkComponent(file.path, component, bundles, 'lightning__RecordAction'));
      }
    }
  }
  return findings;
}
