/**
 * insightFieldValues: what an import stores in Checksheet_Item__c for an item's insight — the
 * picklist API values the gate checks against objects/, texts that fit their fields.
 */
import { ANSWER_FLAG_VALUES, FIELD_LENGTHS, RESPONSIBILITY_VALUES } from 'c/checksheetSchema';
import {
  ANSWER_FLAGS,
  ANSWER_FLAG_PICKLIST_VALUES,
  RESPONSIBILITIES,
  RESPONSIBILITY_PICKLIST_VALUES,
  analyseItem,
  insightFieldValues
} from 'c/checksheetInsights';
import type { ItemInsight } from 'c/checksheetInsights';

function insight(overrides: Partial<ItemInsight>): ItemInsight {
  return {
    responsibility: 'vendor',
    responsibleParty: [],
    responsibilityEvidence: [],
    flag: 'none',
    flagReason: '',
    flagEvidence: null,
    ...overrides
  };
}

describe('insightFieldValues', () => {
  it('stores an analysed answer under the four field API names', () => {
    const analysed = analyseItem({
      question: '',
      status: 'implemented',
      mark: '○',
      answer: '本事項はAWSとkintoneの管理範囲です。年次の報告は行っておりません。'
    });
    expect(insightFieldValues(analysed)).toEqual({
      Responsibility__c: 'Platform',
      Responsible_Party__c: 'AWS, kintone',
      Answer_Flag__c: 'Hedged',
      Answer_Flag_Reason__c: '年次の報告は行っておりません'
    });
  });

  it('maps every responsibility and flag to a value of its picklist', () => {
    expect(RESPONSIBILITIES.map((r) => RESPONSIBILITY_PICKLIST_VALUES[r])).toEqual([
      ...RESPONSIBILITY_VALUES
    ]);
    expect(ANSWER_FLAGS.map((f) => ANSWER_FLAG_PICKLIST_VALUES[f])).toEqual([
      ...ANSWER_FLAG_VALUES
    ]);
    expect(insightFieldValues(insight({ flag: 'unexplained_na' })).Answer_Flag__c).toBe(
      'Unexplained_NA'
    );
  });

  it('keeps whole party names within the field length', () => {
    const names = Array.from({ length: 20 }, (_, index) => `Platform Number ${index}`);
    const stored = insightFieldValues(insight({ responsibleParty: names })).Responsible_Party__c;
    expect(stored.length).toBeLessThanOrEqual(FIELD_LENGTHS.responsibleParty);
    expect(stored.split(', ').every((name) => names.includes(name))).toBe(true);
    const long = 'X'.repeat(200);
    expect(insightFieldValues(insight({ responsibleParty: [long] })).Responsible_Party__c).toBe(
      long.slice(0, FIELD_LENGTHS.responsibleParty)
    );
  });

  it('cuts a long reason to its field, never inside a surrogate pair', () => {
    const reason = `${'あ'.repeat(FIELD_LENGTHS.answerFlagReason - 1)}😀tail`;
    const stored = insightFieldValues(
      insight({ flag: 'hedged', flagReason: reason })
    ).Answer_Flag_Reason__c;
    expect(stored).toBe('あ'.repeat(FIELD_LENGTHS.answerFlagReason - 1));
    const fits = 'い'.repeat(FIELD_LENGTHS.answerFlagReason + 10);
    expect(insightFieldValues(insight({ flagReason: fits })).Answer_Flag_Reason__c).toHaveLength(
      FIELD_LENGTHS.answerFlagReason
    );
  });
});
