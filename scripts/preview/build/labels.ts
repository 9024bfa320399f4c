/**
 * The package's custom labels as the preview serves them: the English value from
 * `labels/CustomLabels.labels-meta.xml` and the Japanese one from
 * `translations/ja.translation-meta.xml` (English where a label has no translation, as the
 * platform does).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { childText, childrenNamed, parseXml } from '../../gate/xmlTree';
import type { XmlElement } from '../../gate/xmlTree';

export interface LabelText {
  en: string;
  ja: string;
}

export const LABELS_FILE = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';
export const JAPANESE_FILE = 'force-app/main/default/translations/ja.translation-meta.xml';

function rootOf(file: string): XmlElement {
  const parsed = parseXml(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}:${parsed.line}: ${parsed.message}`);
  return parsed.root;
}

/** Every custom label by API name. */
export function readLabels(root: string): Map<string, LabelText> {
  const labels = new Map<string, LabelText>();
  const labelsFile = path.join(root, LABELS_FILE);
  if (!existsSync(labelsFile)) return labels;
  for (const element of childrenNamed(rootOf(labelsFile), 'labels')) {
    const name = childText(element, 'fullName');
    const value = childText(element, 'value') ?? '';
    if (name) labels.set(name, { en: value, ja: value });
  }
  const japaneseFile = path.join(root, JAPANESE_FILE);
  if (existsSync(japaneseFile)) {
    for (const element of childrenNamed(rootOf(japaneseFile), 'customLabels')) {
      const name = childText(element, 'name');
      const translated = childText(element, 'label');
      const label = name === undefined ? undefined : labels.get(name);
      if (label && translated) label.ja = translated;
    }
  }
  return labels;
}
