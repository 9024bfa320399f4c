/**
 * Step "metadata", part 5: one status vocabulary. The words a user reads for an item status (and
 * a reviewer verdict) come from four places that must say the same thing:
 * - the picklist value's label (`objects/…/fields/Status__c`) and its translation
 *   (`objectTranslations/<Object>-<lang>/Status__c`), which record pages and list views show;
 * - the custom label `Status_<API value>` (`labels/`) and its translation (`translations/<lang>`),
 *   which components show;
 * - `STATUS_LABELS` of `c/checksheetStatus` (English and Japanese), which exports and the
 *   command-line tool print.
 * `LABEL_FAMILIES` says which custom labels mirror which picklist. Every value of the picklist needs
 * its custom label; labels of the family that name no value (`Verdict_Saved`, a message) are not
 * read. Nothing is compared for a language that has no translation file.
 */
import type { Finding, SourceFile } from './findings';
import { finding } from './findings';
import type { XmlElement } from './xmlTree';
import { childText, childrenNamed, parseXml } from './xmlTree';

/** Custom labels `<prefix><picklist API value>` mirror the labels of that picklist. */
export const LABEL_FAMILIES: ReadonlyArray<{ prefix: string; object: string; field: string }> = [
  { prefix: 'Status_', object: 'Checksheet_Item__c', field: 'Status__c' },
  { prefix: 'Verdict_', object: 'Checksheet_Item__c', field: 'Reviewer_Verdict__c' }
];

/** The picklist `STATUS_LABELS` of `c/checksheetStatus` mirrors (keys through STATUS_PICKLIST_VALUES). */
export const STATUS_FIELD = { object: 'Checksheet_Item__c', field: 'Status__c' };

/** What the gate reads of `c/checksheetStatus`. */
export interface StatusModule {
  source: SourceFile;
  labels: Record<string, Record<string, string>>;
  picklistValues: Record<string, string>;
}

function parsed(file: SourceFile | undefined): XmlElement | undefined {
  if (!file) return undefined;
  const result = parseXml(file.text);
  return result.ok ? result.root : undefined;
}

interface Located {
  text: string;
  file: string;
  line: number;
}

export function checkStatusVocabulary(
  files: SourceFile[],
  status: StatusModule | undefined
): Finding[] {
  const findings: Finding[] = [];
  const byEnd = (suffix: string): SourceFile | undefined =>
    files.find((file) => file.path.endsWith(suffix));
  const languages = files
    .map((file) => /(?:^|\/)translations\/([A-Za-z_]+)\.translation-meta\.xml$/.exec(file.path))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => match[1]);

  const labelsFile = byEnd('labels/CustomLabels.labels-meta.xml');
  const customLabels = new Map<string, Located>();
  for (const label of childrenNamed(parsed(labelsFile) ?? emptyRoot(), 'labels')) {
    const name = childText(label, 'fullName');
    if (name && labelsFile)
      customLabels.set(name, {
        text: childText(label, 'value') ?? '',
        file: labelsFile.path,
        line: label.line
      });
  }
  const labelTranslations = new Map<string, Map<string, Located>>();
  for (const language of languages) {
    const file = byEnd(`translations/${language}.translation-meta.xml`);
    const names = new Map<string, Located>();
    for (const entry of childrenNamed(parsed(file) ?? emptyRoot(), 'customLabels')) {
      const name = childText(entry, 'name');
      if (name && file)
        names.set(name, {
          text: childText(entry, 'label') ?? '',
          file: file.path,
          line: entry.line
        });
    }
    labelTranslations.set(language, names);
  }

  /** Picklist API value → English label, and per language → translation by API value. */
  const picklist = (object: string, field: string) => {
    const fieldFile = byEnd(`objects/${object}/fields/${field}.field-meta.xml`);
    const definition = childrenNamed(
      childrenNamed(parsed(fieldFile) ?? emptyRoot(), 'valueSet')[0] ?? emptyRoot(),
      'valueSetDefinition'
    )[0];
    if (!fieldFile || !definition) return undefined;
    const labels = new Map<string, Located>();
    for (const value of childrenNamed(definition, 'value')) {
      const apiName = childText(value, 'fullName') ?? '';
      labels.set(apiName, {
        text: childText(value, 'label') ?? apiName,
        file: fieldFile.path,
        line: value.line
      });
    }
    const translations = new Map<string, Map<string, Located>>();
    for (const language of languages) {
      const file = byEnd(
        `objectTranslations/${object}-${language}/${field}.fieldTranslation-meta.xml`
      );
      const byValue = new Map<string, Located>();
      for (const entry of childrenNamed(parsed(file) ?? emptyRoot(), 'picklistValues')) {
        const masterLabel = childText(entry, 'masterLabel');
        const apiName = [...labels].find(([, label]) => label.text === masterLabel)?.[0];
        if (apiName && file)
          byValue.set(apiName, {
            text: childText(entry, 'translation') ?? '',
            file: file.path,
            line: entry.line
          });
      }
      translations.set(language, byValue);
    }
    return { labels, translations };
  };

  const differs = (a: Located, what: string, b: Located, other: string): void => {
    if (a.text !== b.text)
      findings.push(finding(a.file, a.line, `${what} is '${a.text}' but ${other} is '${b.text}'`));
  };

  for (const family of LABEL_FAMILIES) {
    const values = picklist(family.object, family.field);
    if (!values) continue;
    for (const [apiName, label] of values.labels) {
      const name = `${family.prefix}${apiName}`;
      const custom = customLabels.get(name);
      const where = `${family.object}.${family.field} value ${apiName}`;
      if (!custom) {
        findings.push(
          finding(
            labelsFile?.path ?? label.file,
            labelsFile ? undefined : label.line,
            `custom label ${name} is missing: components show ${where} through it`
          )
        );
        continue;
      }
      differs(custom, `custom label ${name}`, label, `the label of ${where}`);
      for (const language of languages) {
        const translated = labelTranslations.get(language)?.get(name);
        const picklistTranslation = values.translations.get(language)?.get(apiName);
        if (translated && picklistTranslation)
          differs(
            translated,
            `the ${language} translation of ${name}`,
            picklistTranslation,
            `the ${language} translation of ${where}`
          );
      }
    }
  }

  if (status) {
    const values = picklist(STATUS_FIELD.object, STATUS_FIELD.field);
    for (const [key, apiName] of Object.entries(status.picklistValues)) {
      const words = status.labels[key];
      const label = values?.labels.get(apiName);
      if (!words || !label) continue; // the schema check reports unknown values
      const where = `${STATUS_FIELD.object}.${STATUS_FIELD.field} value ${apiName}`;
      const line = statusLine(status.source, key);
      if (words.en !== label.text)
        findings.push(
          finding(
            status.source.path,
            line,
            `STATUS_LABELS.${key}.en is '${words.en}' but the label of ${where} is '${label.text}'`
          )
        );
      for (const language of languages) {
        const picklistTranslation = values?.translations.get(language)?.get(apiName);
        if (words[language] === undefined || !picklistTranslation) continue;
        if (words[language] !== picklistTranslation.text)
          findings.push(
            finding(
              status.source.path,
              line,
              `STATUS_LABELS.${key}.${language} is '${words[language]}' but the ${language} translation of ${where} is '${picklistTranslation.text}'`
            )
          );
      }
    }
  }
  return findings;
}

/** Line of `key:` inside `STATUS_LABELS` in the module's source. */
function statusLine(source: SourceFile, key: string): number | undefined {
  const start = source.text.indexOf('STATUS_LABELS');
  if (start < 0) return undefined;
  const offset = source.text.indexOf(`${key}:`, start);
  return offset < 0 ? undefined : source.text.slice(0, offset).split('\n').length;
}

function emptyRoot(): XmlElement {
  return { name: '', line: 1, attributes: {}, children: [], text: '' };
}
