/**
 * Reads the package's custom labels (English values and the Japanese translation) from
 * `force-app`, for the preview's build and for tests. Node only; the browser gets the table the
 * build made from it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { LabelTable, LabelText } from './labels';

const LABELS_FILE = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';
const JA_FILE = 'force-app/main/default/translations/ja.translation-meta.xml';

const REVIEW_STATUS_FIELD =
  'force-app/main/default/objects/Checksheet__c/fields/Review_Status__c.field-meta.xml';
const REVIEW_STATUS_JA =
  'force-app/main/default/objectTranslations/Checksheet__c-ja/Review_Status__c.fieldTranslation-meta.xml';

const parser = new XMLParser({
  isArray: (name) => ['labels', 'customLabels', 'value', 'picklistValues'].includes(name),
  parseTagValue: false,
  trimValues: false
});

interface LabelsXml {
  CustomLabels?: { labels?: { fullName: string; value: string }[] };
}

interface TranslationsXml {
  Translations?: { customLabels?: { name: string; label: string }[] };
}

/** The labels of the repository at `root`, by name. */
export function loadLabelTable(root: string): LabelTable {
  const labels = parser.parse(readFileSync(path.join(root, LABELS_FILE), 'utf8')) as LabelsXml;
  const table: Record<string, LabelText> = {};
  for (const label of labels.CustomLabels?.labels ?? []) {
    table[label.fullName] = { en: String(label.value) };
  }
  const ja = parser.parse(readFileSync(path.join(root, JA_FILE), 'utf8')) as TranslationsXml;
  for (const translation of ja.Translations?.customLabels ?? []) {
    const label = table[translation.name];
    if (label !== undefined) label.ja = String(translation.label);
  }
  return table;
}

interface PicklistXml {
  CustomField?: {
    valueSet?: { valueSetDefinition?: { value?: { fullName: string; label: string }[] } };
  };
}

interface PicklistTranslationXml {
  CustomFieldTranslation?: { picklistValues?: { masterLabel: string; translation: string }[] };
}

/**
 * Review_Status__c's picklist labels by API value: the English label from the field, the
 * Japanese from its translation (which names the value by its English label, or by its API
 * name in older metadata).
 */
export function loadReviewStatusLabels(root: string): LabelTable {
  const field = parser.parse(
    readFileSync(path.join(root, REVIEW_STATUS_FIELD), 'utf8')
  ) as PicklistXml;
  const table: Record<string, LabelText> = {};
  for (const value of field.CustomField?.valueSet?.valueSetDefinition?.value ?? []) {
    table[value.fullName] = { en: String(value.label) };
  }
  const ja = parser.parse(
    readFileSync(path.join(root, REVIEW_STATUS_JA), 'utf8')
  ) as PicklistTranslationXml;
  for (const translation of ja.CustomFieldTranslation?.picklistValues ?? []) {
    const master = String(translation.masterLabel);
    const value = Object.keys(table).find((key) => key === master || table[key].en === master);
    if (value !== undefined) table[value].ja = String(translation.translation);
  }
  return table;
}

/**
 * The source of a module the preview's build can serve to the browser (say as
 * `virtual:preview/dataLayerText`): `labels` and `reviewStatusLabels` for `createDataLayer`,
 * read from force-app when the preview is built, both languages, as the org holds them.
 */
export function dataLayerTextModule(root: string): string {
  return [
    `export const labels = Object.freeze(${JSON.stringify(loadLabelTable(root))});`,
    `export const reviewStatusLabels = Object.freeze(${JSON.stringify(loadReviewStatusLabels(root))});`
  ].join('\n');
}
