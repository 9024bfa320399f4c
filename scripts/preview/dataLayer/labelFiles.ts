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

const parser = new XMLParser({
  isArray: (name) => name === 'labels' || name === 'customLabels',
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
