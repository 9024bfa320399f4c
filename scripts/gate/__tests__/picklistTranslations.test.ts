/** @jest-environment node */
import path from 'node:path';
import { formatFinding } from '../findings';
import { checkPicklistTranslations } from '../picklistTranslations';
import { DATA, fixtureFile, readFixture, withFiles } from './fixtures';

const files = readFixture(path.join(DATA, 'translations'));
const translation = fixtureFile(files, 'Widget__c-ja/Finish__c.fieldTranslation-meta.xml');
const withTranslation = (text: string): string[] =>
  checkPicklistTranslations(withFiles(files, [{ ...translation, text }])).map(formatFinding);

describe('picklist value translations', () => {
  it('passes translations named by English label, and a text field with none', () => {
    expect(checkPicklistTranslations(files)).toEqual([]);
  });

  it('refuses a value named by its API name, and says which label to use', () => {
    expect(withTranslation(translation.text.replace('>High gloss<', '>High_Gloss<'))).toEqual([
      `${translation.path}:10: masterLabel 'High_Gloss' is the API name: name the value by its English label 'High gloss'`
    ]);
  });

  it('refuses an unknown label, a value translated twice, and a value left untranslated', () => {
    expect(withTranslation(translation.text.replace('>High gloss<', '>Glossy<'))).toEqual([
      `${translation.path}:10: masterLabel 'Glossy' is no label of Widget__c.Finish__c (labels: 'Matte', 'High gloss')`,
      `${translation.path}: Widget__c.Finish__c value 'High gloss' (High_Gloss) has no ja translation`
    ]);
    expect(withTranslation(translation.text.replace('>High gloss<', '>Matte<'))).toEqual([
      `${translation.path}:10: 'Matte' is translated twice`,
      `${translation.path}: Widget__c.Finish__c value 'High gloss' (High_Gloss) has no ja translation`
    ]);
  });

  it('refuses value translations on a field that has no picklist values', () => {
    const note = fixtureFile(files, 'Widget__c-ja/Note__c.fieldTranslation-meta.xml');
    const text = note.text.replace(
      '</CustomFieldTranslation>',
      '    <picklistValues>\n        <masterLabel>A</masterLabel>\n        <translation>あ</translation>\n    </picklistValues>\n</CustomFieldTranslation>'
    );
    expect(
      checkPicklistTranslations(withFiles(files, [{ ...note, text }])).map(formatFinding)
    ).toEqual([
      `${note.path}:5: translates picklist values, but Widget__c.Note__c has no picklist values`
    ]);
  });
});
