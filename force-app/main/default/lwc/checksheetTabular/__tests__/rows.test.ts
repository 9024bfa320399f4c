import { parseTabularText } from 'c/checksheetTabular';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { headerKey, readHeader, readRevisionHeader } from '../columns';
import { isMarkSeparator, readAnswer } from '../answers';
import { isNumberedUnder, looksLikeItemNumber, splitSectionHeading } from '../cells';

function parse(lines: string[]): ParsedChecksheet {
  return parseTabularText(lines.join('\n'), {
    fileName: 't.tsv',
    encoding: 'utf-8'
  });
}

describe('header rows', () => {
  it('matches names whatever their case, spacing, width or trailing note', () => {
    expect(headerKey(' No. ')).toBe('no');
    expect(headerKey('ＮＯ')).toBe('no');
    expect(headerKey('実施有無（○△×-）')).toBe('実施有無');
    expect(headerKey('CSP Implementation Description (Optional/Recommended)')).toBe(
      'cspimplementationdescription'
    );
    expect(headerKey('(note)')).toBe('(note)');
  });

  it('finds each role, prefers Question over Control, keeps other named columns', () => {
    const layout = readHeader(['ID', 'Control', 'Question', 'Status', 'Comments', '', 'Owner']);
    expect(layout).toMatchObject({
      width: 7,
      roles: { number: 0, question: 2, mark: 3, answer: 4 },
      extras: [
        { index: 1, name: 'Control' },
        { index: 6, name: 'Owner' }
      ],
      caiq: false,
      japanese: false
    });
    expect(readHeader(['項番', '質問', '回答', '補足'])).toMatchObject({
      japanese: true
    });
  });

  it('reads bilingual cells that give one role in Japanese and English', () => {
    const layout = readHeader([
      '項番 No.',
      'セクション Section',
      '確認事項 Question',
      '実施状況 Status',
      '実施有無 Mark',
      '備考 Answer',
      '行 Line'
    ]);
    expect(layout).toMatchObject({
      roles: { number: 0, section: 1, question: 2, wordedMark: 3, mark: 4, answer: 5 },
      extras: [{ index: 6, name: '行 Line' }],
      japanese: true
    });
    expect(
      readHeader(['項番/No', '確認事項\nQuestion', 'Mark 実施有無', '備考・Remarks'])
    ).toMatchObject({
      roles: { number: 0, question: 1, mark: 2, answer: 3, wordedMark: undefined }
    });
    expect(readHeader(['No', 'Question', 'Mark', 'Notes'])).toMatchObject({
      roles: { number: 0, question: 1, mark: 2, answer: 3 }
    });
  });

  it('refuses bilingual cells whose halves name different roles', () => {
    expect(readHeader(['項番 Question', '確認事項 Answer'])).toBeUndefined();
    expect(readHeader(['No', '確認事項 Remarks', '実施有無'])).toBeUndefined();
    // "Status" alone is still the mark column; only a bilingual second one is a worded status.
    expect(readHeader(['No', 'Question', 'Status', 'Answer'])).toMatchObject({
      roles: { mark: 3, wordedMark: undefined },
      extras: [{ index: 2, name: 'Status' }]
    });
  });

  it('needs a question column and one more', () => {
    expect(readHeader(['Question'])).toBeUndefined();
    expect(readHeader(['No', 'Answer', 'Remarks'])).toBeUndefined();
    expect(readHeader(['用語', '定義'])).toBeUndefined();
    expect(readHeader(new Array(61).fill('Question'))).toBeUndefined();
  });

  it('recognises revision tables', () => {
    expect(readRevisionHeader(['Ver.', '発行日', '改訂内容'])).toEqual({
      version: 0,
      date: 1,
      description: 2
    });
    expect(readRevisionHeader(['版', '内容'])).toEqual({
      version: 0,
      description: 1
    });
    expect(readRevisionHeader(['版', 'その他'])).toBeUndefined();
    expect(readRevisionHeader(['Version', 'Date', 'A', 'B', 'C'])).toBeUndefined();
  });
});

describe('numbers and headings', () => {
  it('knows item numbers', () => {
    for (const number of [
      '1',
      '6-7',
      '2.13',
      '1.',
      'A.5.1',
      'A&A-01.1',
      'AIS-04',
      'Q12',
      '第3章',
      '１－２'
    ]) {
      expect(looksLikeItemNumber(number)).toBe(true);
    }
    for (const text of ['', '情報', '1-1 方針', '12345', 'https://x']) {
      expect(looksLikeItemNumber(text)).toBe(false);
    }
  });

  it('splits section headings and knows which numbers sit under which', () => {
    expect(splitSectionHeading('2-1 内部組織')).toEqual({
      number: '2-1',
      title: '内部組織'
    });
    expect(splitSectionHeading('2-1　内部組織')).toEqual({
      number: '2-1',
      title: '内部組織'
    });
    expect(splitSectionHeading('内部組織')).toBeUndefined();
    expect(isNumberedUnder('2-1-3', '2-1')).toBe(true);
    expect(isNumberedUnder('A&A-01.1', 'A&A-01')).toBe(true);
    expect(isNumberedUnder('2-10', '2-1')).toBe(false);
    expect(isNumberedUnder('2-1', '2-1')).toBe(false);
  });
});

describe('readAnswer', () => {
  const cell = (text: string, list = false) => ({ text, list });
  const none = cell('');

  it('reads several marks in one 実施有無 cell', () => {
    expect(readAnswer(cell('○・△'), none, false)).toMatchObject({
      mark: '○ △',
      status: 'partial'
    });
  });

  it('takes only symbol marks from the start of remarks', () => {
    expect(readAnswer(none, cell('No personal data is stored.'), false)).toEqual({
      mark: '',
      status: 'none',
      answer: 'No personal data is stored.'
    });
    expect(readAnswer(none, cell('× 未対応です。'), false)).toMatchObject({
      mark: '×',
      status: 'not_implemented',
      answer: '未対応です。'
    });
  });

  it('moves sentences out of the mark column, warning only when the remarks column was there', () => {
    const text = 'All data is encrypted with AES-256.';
    expect(readAnswer(cell(text), cell('KMS'), false)).toEqual({
      mark: '',
      status: 'none',
      answer: `${text}\nKMS`,
      problem: 'text-in-mark-column'
    });
    expect(readAnswer(cell(text), none, true).problem).toBeUndefined();
  });

  it.each([
    ['Yes - see policy', 'Yes', 'implemented', 'see policy'],
    ['No, but planned for 2026', 'No', 'not_implemented', 'but planned for 2026'],
    ['Partially implemented: EU only', 'Partially implemented', 'partial', 'EU only'],
    ['Not applicable (no card data)', 'Not applicable', 'not_applicable', '(no card data)'],
    ['対応済（年1回）', '対応済', 'implemented', '（年1回）'],
    ['はい。全拠点で実施', 'はい', 'implemented', '全拠点で実施']
  ])('lets the leading answer word of "%s" decide', (text, mark, status, answer) => {
    expect(readAnswer(cell(text), none, false)).toEqual({ mark, status, answer });
  });
});

describe('rows that are not plain items', () => {
  it('warns once per row about text in the mark column', () => {
    const sheet = parse([
      'No\tQuestion\tAnswer\tRemarks',
      '1\tEncrypted?\tWe encrypt everything with AES-256.\tKMS'
    ]);
    expect(sheet.items[0]).toMatchObject({ status: 'none', mark: '' });
    expect(sheet.diagnostics).toEqual([
      {
        code: 'text_in_mark_column',
        params: { column: 'Answer' },
        line: 2,
        severity: 'warning',
        message: 'the Answer cell holds text, not a mark; kept in the answer, status none'
      }
    ]);
  });

  it('numbers items by position when the header has no number column', () => {
    const sheet = parse(['Question\tAnswer', 'Encrypted?\tYes', 'MFA?\tNo']);
    expect(sheet.items.map((item) => item.number)).toEqual(['#1', '#2']);
    expect(sheet.diagnostics.map((d) => d.message)).toEqual([
      'the header has no number column; items are numbered by their position (#1, #2, …)'
    ]);
  });

  it('appends cells under an unnamed column and keeps named extra columns', () => {
    const sheet = parse(['No\tQuestion\tAnswer\t\tOwner', '1\tQ\tYes\tnote\tIT']);
    expect(sheet.items[0]).toMatchObject({
      answer: 'note',
      extra: { Owner: 'IT' }
    });
    expect(sheet.diagnostics[0].message).toBe(
      'a cell under a column with no header; appended to the answer'
    );
  });

  it('keeps two extra columns of the same name apart', () => {
    const sheet = parse(['No\tQuestion\tAnswer\tNote\tNote', '1\tQ\tYes\ta\tb']);
    expect(sheet.items[0].extra).toEqual({ Note: 'a', 'Note (2)': 'b' });
  });

  it('reports long text outside the columns and keeps it out of the items', () => {
    const long = 'この行は表の外に書かれた長い注意書きで、どの列にも属しません。'.repeat(3);
    const sheet = parse([
      '項番\t確認事項\t実施有無\t備考',
      '1-1\tQ\t○\tA',
      '\t\t\t',
      `${long}\t\t\t`
    ]);
    expect(sheet.items).toHaveLength(1);
    expect(sheet.diagnostics[0].message).toMatch(
      /^text outside the table \(".{39}…"\); not read as an item$/
    );
    expect(sheet.lines).toMatchObject({
      total: 3,
      accounted: 3,
      diagnostics: 1
    });
  });

  it('reads a lone number as an item with no question', () => {
    const sheet = parse(['No,Question,Answer', '7,,'].map((l) => l.replace(/,/g, '\t')));
    expect(sheet.items).toMatchObject([{ number: '7', question: '', status: 'none' }]);
  });

  it('decides a two-column section row by the next item, across empty and repeated rows', () => {
    const sheet = parse([
      '項番\t確認事項\t実施有無\t備考',
      '2-1\t内部組織',
      '\t\t\t',
      '項番\t確認事項\t実施有無\t備考',
      '2-1-1\t責任者を定めること。\t○\t定めています。',
      '3\t人的資源',
      '4-1\t委託先を管理すること。\t×\t'
    ]);
    expect(sheet.sections).toEqual([{ number: '2-1', title: '内部組織', line: 2 }]);
    expect(sheet.items.map((item) => [item.number, item.section])).toEqual([
      ['2-1-1', '2-1 内部組織'],
      ['3', '2-1 内部組織'],
      ['4-1', '2-1 内部組織']
    ]);
    expect(sheet.lines).toMatchObject({ total: 6, accounted: 6, sections: 1, items: 3 });
  });

  it('finds the header below long prose lines', () => {
    const sheet = parse(['x'.repeat(3000), 'No\tQuestion\tAnswer', '1\tQ\tYes']);
    expect(sheet.items).toHaveLength(1);
    expect(sheet.lines).toMatchObject({ total: 3, accounted: 3, preamble: 2 });
  });

  it('reads a revision table above the header', () => {
    const sheet = parse([
      'Acme questionnaire',
      'Version\tDate\tChanges',
      '1.0\t2024-01-01\tFirst issue',
      '',
      'Note',
      'No\tQuestion\tAnswer',
      '1\tQ\tYes'
    ]);
    expect(sheet.revisions).toEqual([
      {
        version: '1.0',
        date: '2024-01-01',
        description: 'First issue',
        line: 3
      }
    ]);
    expect(sheet.preamble).toBe('Acme questionnaire\nNote');
    expect(sheet.lines).toMatchObject({
      total: 6,
      accounted: 6,
      revisions: 2,
      preamble: 3
    });
  });

  it('keeps the other cells of a revision row whose table has no description column', () => {
    const sheet = parse([
      'Version\tDate\tAuthor',
      '1.0\t2024-01-01\t山田',
      'No\tQuestion\tAnswer',
      '1\tQ\tYes'
    ]);
    expect(sheet.revisions).toEqual([
      { version: '1.0', date: '2024-01-01', description: '山田', line: 2 }
    ]);
    expect(sheet.lines).toMatchObject({ total: 4, accounted: 4, revisions: 2 });
  });

  it('summarises a problem repeated on many rows', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `${i + 1}\tQ\tYes\tR\textra`);
    const sheet = parse(['No\tQuestion\tAnswer\tRemarks', ...rows]);
    expect(sheet.diagnostics).toHaveLength(21);
    expect(sheet.diagnostics[20]).toEqual({
      code: 'repeated_finding',
      params: {
        finding: 'more_cells_than_header',
        lines: '22, 23, 24, 25, 26',
        count: 5,
        shown: 20
      },
      line: 22,
      severity: 'warning',
      message:
        '5 more rows (lines 22, 23, 24, 25 and 26) with the finding more_cells_than_header, as reported above for the first 20 rows'
    });
  });

  it('reports a mark that is no known answer once per distinct word, not once per row', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `${i + 1}\tQ\t${i % 2 ? 'Maybe' : 'TBD'}\tR`);
    const sheet = parse(['No\tQuestion\tAnswer\tRemarks', ...rows]);
    expect(sheet.items.every((item) => item.status === 'none' && item.mark !== '')).toBe(true);
    expect(sheet.diagnostics.map((d) => [d.code, d.line, d.params])).toEqual([
      ['unknown_mark', 2, { mark: 'TBD', lines: '2, 4, 6, 8, 10, …', count: 13 }],
      ['unknown_mark', 3, { mark: 'Maybe', lines: '3, 5, 7, 9, 11, …', count: 12 }]
    ]);
  });

  it('refuses more items than one document may hold', () => {
    const rows = Array.from({ length: 50001 }, (_, i) => `${i + 1}\tQ\t○\t`);
    expect(() => parse(['No\tQuestion\tAnswer\tRemarks', ...rows])).toThrow(
      't.tsv: has 50001 items; the limit is 50000 — split the document into smaller files'
    );
  });
});

describe('isMarkSeparator', () => {
  it('is true for exactly the characters of /[\\s/／・,、]/, every UTF-16 code unit', () => {
    const SEPARATOR = /[\s/／・,、]/;
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isMarkSeparator(code) !== SEPARATOR.test(String.fromCharCode(code))) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});
