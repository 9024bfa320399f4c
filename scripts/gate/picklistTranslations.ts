/**
 * Step "metadata", part 4: picklist value translations name each value the way the Metadata API
 * matches them. In `objectTranslations/<Object>-<lang>/<Field>.fieldTranslation-meta.xml`,
 * `picklistValues/masterLabel` is the value's English **label**, not its API name (NPSP's
 * translation files do so; EDA PR #1958 fixed deploy errors caused by API names there). Roll-up
 * `summaryFilterItems` keep API names: filters match values, not labels.
 *
 * Every translated value must name a label of the field, once; every value of a translated
 * picklist field must have a translation (an untranslated value shows in English to a Japanese
 * user, next to translated ones).
 */
import type { Finding, SourceFile } from './findings';
import { finding } from './findings';
import type { XmlElement } from './xmlTree';
import { childText, childrenNamed, parseXml } from './xmlTree';

const TRANSLATION =
  /(?:^|\/)objectTranslations\/([^/]+)-([A-Za-z_]+)\/([^/]+)\.fieldTranslation-meta\.xml$/;

export interface PicklistValue {
  apiName: string;
  label: string;
}

/** `objects/<Object>/fields/<Field>.field-meta.xml` → its picklist values with labels. */
function fieldValues(
  fieldFile: SourceFile,
  globalValueSets: Map<string, PicklistValue[]>
): PicklistValue[] | undefined {
  const parsed = parseXml(fieldFile.text);
  if (!parsed.ok) return undefined;
  const valueSet = childrenNamed(parsed.root, 'valueSet')[0];
  if (!valueSet) return undefined;
  const globalName = childText(valueSet, 'valueSetName');
  if (globalName) return globalValueSets.get(globalName);
  const definition = childrenNamed(valueSet, 'valueSetDefinition')[0];
  if (!definition) return undefined;
  return childrenNamed(definition, 'value').map((value) => valuesOf(value));
}

function valuesOf(value: XmlElement): PicklistValue {
  const apiName = childText(value, 'fullName') ?? '';
  return { apiName, label: childText(value, 'label') ?? apiName };
}

/** Every picklist value translation checked against the field it translates. */
export function checkPicklistTranslations(files: SourceFile[]): Finding[] {
  const findings: Finding[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const globalValueSets = new Map<string, PicklistValue[]>();
  for (const file of files) {
    const match = /(?:^|\/)globalValueSets\/([^/]+)\.globalValueSet-meta\.xml$/.exec(file.path);
    if (!match) continue;
    const parsed = parseXml(file.text);
    if (parsed.ok)
      globalValueSets.set(match[1], childrenNamed(parsed.root, 'customValue').map(valuesOf));
  }

  for (const file of files) {
    const match = TRANSLATION.exec(file.path);
    if (!match) continue;
    const [, object, language, field] = match;
    const base = file.path.slice(0, file.path.indexOf('objectTranslations/'));
    const fieldFile = byPath.get(`${base}objects/${object}/fields/${field}.field-meta.xml`);
    const parsed = parseXml(file.text);
    if (!parsed.ok) continue; // the schema check reports malformed XML
    const translated = childrenNamed(parsed.root, 'picklistValues');
    const values = fieldFile ? fieldValues(fieldFile, globalValueSets) : undefined;
    if (!values) {
      if (translated.length > 0)
        findings.push(
          finding(
            file.path,
            translated[0].line,
            `translates picklist values, but ${object}.${field} ${fieldFile ? 'has no picklist values' : 'does not exist under objects/'}`
          )
        );
      continue;
    }
    const labels = new Map(values.map((value) => [value.label, value]));
    const seen = new Set<string>();
    for (const entry of translated) {
      const masterLabel = childText(entry, 'masterLabel') ?? '';
      const line = childrenNamed(entry, 'masterLabel')[0]?.line ?? entry.line;
      if (labels.has(masterLabel)) {
        if (seen.has(masterLabel))
          findings.push(finding(file.path, line, `'${masterLabel}' is translated twice`));
        seen.add(masterLabel);
        continue;
      }
      const byApiName = values.find((value) => value.apiName === masterLabel);
      findings.push(
        finding(
          file.path,
          line,
          byApiName
            ? `masterLabel '${masterLabel}' is the API name: name the value by its English label '${byApiName.label}'`
            : `masterLabel '${masterLabel}' is no label of ${object}.${field} (labels: ${values.map((v) => `'${v.label}'`).join(', ')})`
        )
      );
      if (byApiName) seen.add(byApiName.label);
    }
    for (const value of values) {
      if (!seen.has(value.label))
        findings.push(
          finding(
            file.path,
            undefined,
            `${object}.${field} value '${value.label}' (${value.apiName}) has no ${language} translation`
          )
        );
    }
  }
  return findings;
}
