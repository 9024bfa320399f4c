/** @jest-environment node */
import path from 'node:path';
import { formatFinding, sortFindings } from '../findings';
import type { SourceFile } from '../findings';
import { checkStatusVocabulary } from '../statusVocabulary';
import type { StatusModule } from '../statusVocabulary';
import { DATA, fixtureFile, readFixture, withFiles } from './fixtures';

const files = readFixture(path.join(DATA, 'vocabulary'));
const statusSource: SourceFile = {
  path: 'force-app/main/default/lwc/checksheetStatus/checksheetStatus.ts',
  text: [
    'export const STATUS_LABELS = {',
    "  implemented: { en: 'Implemented', ja: '実施' },",
    "  not_implemented: { en: 'Not implemented', ja: '未実施' }",
    '};'
  ].join('\n')
};
const status: StatusModule = {
  source: statusSource,
  labels: {
    implemented: { en: 'Implemented', ja: '実施' },
    not_implemented: { en: 'Not implemented', ja: '未実施' }
  },
  picklistValues: { implemented: 'Implemented', not_implemented: 'Not_Implemented' }
};
const check = (changed: SourceFile[], module: StatusModule = status): string[] =>
  sortFindings(checkStatusVocabulary(withFiles(files, changed), module)).map(formatFinding);
const edit = (suffix: string, from: string, to: string): SourceFile => {
  const file = fixtureFile(files, suffix);
  if (!file.text.includes(from)) throw new Error(`${suffix} lacks ${from}`);
  return { ...file, text: file.text.replace(from, to) };
};

describe('one status vocabulary', () => {
  it('passes when picklist, custom labels, their translations and STATUS_LABELS agree', () => {
    expect(check([])).toEqual([]);
  });

  it('finds a custom label or its translation that says something else than the picklist', () => {
    const labels = edit(
      'CustomLabels.labels-meta.xml',
      '<value>Not implemented</value>',
      '<value>Not done</value>'
    );
    const ja = edit('ja.translation-meta.xml', '<label>未実施</label>', '<label>未対応</label>');
    expect(check([labels, ja])).toEqual([
      `${labels.path}:10: custom label Status_Not_Implemented is 'Not done' but the label of Checksheet_Item__c.Status__c value Not_Implemented is 'Not implemented'`,
      `${ja.path}:7: the ja translation of Status_Not_Implemented is '未対応' but the ja translation of Checksheet_Item__c.Status__c value Not_Implemented is '未実施'`
    ]);
  });

  it('wants a custom label for every value of the picklist', () => {
    const field = edit(
      'Status__c.field-meta.xml',
      '        </valueSetDefinition>',
      '            <value>\n                <fullName>Partial</fullName>\n                <default>false</default>\n                <label>Partial</label>\n            </value>\n        </valueSetDefinition>'
    );
    expect(check([field])).toEqual([
      'force-app/main/default/labels/CustomLabels.labels-meta.xml: custom label Status_Partial is missing: components show Checksheet_Item__c.Status__c value Partial through it'
    ]);
  });

  it("finds STATUS_LABELS words that differ from the picklist's label or translation", () => {
    const module: StatusModule = {
      ...status,
      labels: { ...status.labels, not_implemented: { en: 'Not Implemented', ja: '未対応' } }
    };
    expect(check([], module)).toEqual([
      `${statusSource.path}:3: STATUS_LABELS.not_implemented.en is 'Not Implemented' but the label of Checksheet_Item__c.Status__c value Not_Implemented is 'Not implemented'`,
      `${statusSource.path}:3: STATUS_LABELS.not_implemented.ja is '未対応' but the ja translation of Checksheet_Item__c.Status__c value Not_Implemented is '未実施'`
    ]);
  });
});
