import fc from 'fast-check';
import {
  ITEM_STATUSES,
  STATUS_LABELS,
  STATUS_PICKLIST_VALUES,
  combineStatuses,
  isMark,
  splitLeadingAnswer,
  splitLeadingMark,
  statusFromLabel,
  statusFromMark,
  statusFromPicklistValue
} from 'c/checksheetStatus';

describe('statusFromMark', () => {
  it.each([
    ['○', 'implemented'],
    ['◯', 'implemented'],
    ['〇', 'implemented'],
    ['●', 'implemented'],
    ['YES', 'implemented'],
    ['Yes', 'implemented'],
    ['Y', 'implemented'],
    ['対応', 'implemented'],
    ['実施', 'implemented'],
    ['△', 'partial'],
    ['▲', 'partial'],
    ['一部', 'partial'],
    ['Partial', 'partial'],
    ['×', 'not_implemented'],
    ['✕', 'not_implemented'],
    ['✗', 'not_implemented'],
    ['NO', 'not_implemented'],
    ['No', 'not_implemented'],
    ['N', 'not_implemented'],
    ['未対応', 'not_implemented'],
    ['未実施', 'not_implemented'],
    ['-', 'not_applicable'],
    ['－', 'not_applicable'],
    ['―', 'not_applicable'],
    ['ー', 'not_applicable'],
    ['N/A', 'not_applicable'],
    ['NA', 'not_applicable'],
    ['対象外', 'not_applicable'],
    ['該当なし', 'not_applicable'],
    ['はい', 'implemented'],
    ['対応済み', 'implemented'],
    ['Implemented', 'implemented'],
    ['一部実施', 'partial'],
    ['Partially  implemented', 'partial'],
    ['いいえ', 'not_implemented'],
    ['Not implemented', 'not_implemented'],
    ['Planned', 'not_implemented'],
    ['非該当', 'not_applicable'],
    ['該当しない', 'not_applicable'],
    ['Not Applicable', 'not_applicable']
  ])('reads the mark %s as %s', (mark, status) => {
    expect(statusFromMark(mark)).toBe(status);
    expect(statusFromMark(` ${mark}\u3000`)).toBe(status);
    expect(isMark(mark)).toBe(true);
  });

  it('does not take ordinary words or empty cells for marks', () => {
    expect(statusFromMark('')).toBeUndefined();
    expect(statusFromMark('   ')).toBeUndefined();
    expect(statusFromMark('Maybe')).toBeUndefined();
    expect(statusFromMark('実施しています')).toBeUndefined();
    expect(isMark('当社は')).toBe(false);
  });
});

describe('splitLeadingMark', () => {
  it('splits a mark merged into the remarks cell', () => {
    expect(splitLeadingMark('○ krewDataはAWSで運用しています')).toEqual({
      mark: '○',
      rest: 'krewDataはAWSで運用しています'
    });
    expect(splitLeadingMark('\u3000×\u3000未整備です')).toEqual({
      mark: '×',
      rest: '未整備です'
    });
    expect(splitLeadingMark('YES We encrypt data at rest')).toEqual({
      mark: 'YES',
      rest: 'We encrypt data at rest'
    });
    expect(splitLeadingMark('未対応 予定なし')).toEqual({
      mark: '未対応',
      rest: '予定なし'
    });
    expect(splitLeadingMark('△')).toEqual({ mark: '△', rest: '' });
  });

  it('leaves text that merely begins like a mark alone', () => {
    expect(splitLeadingMark('実施しています')).toBeUndefined();
    expect(splitLeadingMark('Nothing to report')).toBeUndefined();
    expect(splitLeadingMark('No.5 を参照')).toBeUndefined();
    expect(splitLeadingMark('当社は')).toBeUndefined();
  });
});

describe('combineStatuses', () => {
  it('lets the weakest answer win so a single × is never hidden', () => {
    expect(combineStatuses(['implemented', 'implemented'])).toBe('implemented');
    expect(combineStatuses(['implemented', 'not_implemented'])).toBe('partial');
    expect(combineStatuses(['implemented', 'partial'])).toBe('partial');
    expect(combineStatuses(['not_implemented', 'not_implemented'])).toBe('not_implemented');
    expect(combineStatuses(['implemented', 'not_applicable'])).toBe('implemented');
    expect(combineStatuses(['not_applicable', 'none'])).toBe('not_applicable');
    expect(combineStatuses(['none'])).toBe('none');
    expect(combineStatuses([])).toBe('none');
  });
});

describe('picklist values', () => {
  it('maps every status to a picklist value and back', () => {
    expect(ITEM_STATUSES).toHaveLength(5);
    for (const status of ITEM_STATUSES) {
      expect(statusFromPicklistValue(STATUS_PICKLIST_VALUES[status])).toBe(status);
      expect(STATUS_LABELS[status].en).not.toBe('');
      expect(STATUS_LABELS[status].ja).not.toBe('');
    }
    expect(STATUS_PICKLIST_VALUES.not_implemented).toBe('Not_Implemented');
    expect(statusFromPicklistValue('Unknown')).toBeUndefined();
  });
});

describe('statusFromLabel', () => {
  it('reads every label back, in either language or both', () => {
    for (const status of ITEM_STATUSES) {
      const { ja, en } = STATUS_LABELS[status];
      expect(statusFromLabel(ja)).toBe(status);
      expect(statusFromLabel(en)).toBe(status);
      expect(statusFromLabel(`${ja} ${en}`)).toBe(status);
    }
  });

  it('ignores case, spacing and a slash between the languages', () => {
    expect(statusFromLabel('  一部実施 / PARTIAL ')).toBe('partial');
    expect(statusFromLabel('未実施\nNot  implemented')).toBe('not_implemented');
    expect(statusFromLabel('not applicable')).toBe('not_applicable');
  });

  it('knows labels only, not marks or other text', () => {
    expect(statusFromLabel('○')).toBeUndefined();
    expect(statusFromLabel('Implemented partly')).toBeUndefined();
    expect(statusFromLabel('')).toBeUndefined();
  });
});

describe('splitLeadingAnswer', () => {
  it('takes the answer word a sentence opens with, the longest first', () => {
    expect(splitLeadingAnswer('  Partially implemented - EU only')).toEqual({
      mark: 'Partially implemented',
      status: 'partial',
      rest: 'EU only'
    });
    expect(splitLeadingAnswer('いいえ、未定です')).toEqual({
      mark: 'いいえ',
      status: 'not_implemented',
      rest: '未定です'
    });
  });

  it('refuses a word that only starts another word, and single letters', () => {
    expect(splitLeadingAnswer('Nothing to report')).toBeUndefined();
    expect(splitLeadingAnswer('Yesterday')).toBeUndefined();
    expect(splitLeadingAnswer('N - see note')).toBeUndefined();
    expect(splitLeadingAnswer('実施しています')).toBeUndefined();
  });
});

describe('statusFromLabel reads a label as the earlier key did', () => {
  it('joins the two languages around a slash as /\\s*[/／]\\s*/ did', () => {
    const fragment = fc.constantFrom(
      '一部実施',
      'Partial',
      '/',
      '／',
      ' ',
      '\u3000',
      'Not applicable',
      '回答なし',
      'x'
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const key = text
          .replace(/\s*[/／]\s*/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .toLowerCase();
        expect(statusFromLabel(text)).toBe(statusFromLabel(key));
      }),
      { numRuns: 2000 }
    );
  });
});
