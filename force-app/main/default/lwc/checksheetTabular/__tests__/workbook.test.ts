import fs from 'fs';
import path from 'path';
import * as XLSX from '@e965/xlsx';
import type { SpreadsheetLibrary } from 'c/checksheetModel';
import { ChecksheetReadError } from 'c/checksheetModel';
import { parseTabularText, parseWorkbook, tokenizeDelimited } from 'c/checksheetTabular';
import { rowMerges } from '../mergedCells';

/** SheetJS from npm, injected as the org injects the static resource. */
const spreadsheet = XLSX as unknown as SpreadsheetLibrary;

interface SheetSpec {
  name: string;
  rows: unknown[][];
  merges?: string[];
  origin?: string;
}

/** The bytes of an .xlsx workbook with these sheets, written by SheetJS. */
function workbookBytes(sheets: SheetSpec[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet = spec.origin
      ? XLSX.utils.sheet_add_aoa(XLSX.utils.aoa_to_sheet([]), spec.rows, {
          origin: spec.origin
        })
      : XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.merges) sheet['!merges'] = spec.merges.map((range) => XLSX.utils.decode_range(range));
    XLSX.utils.book_append_sheet(book, sheet, spec.name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

const METI_ROWS: unknown[][] = [
  ['Acme Cloud セキュリティチェックシート'],
  ['バージョン 1.5', '', '', ''],
  ['項番', '確認事項', '実施有無', '備考'],
  ['1 情報セキュリティのための方針群', '', '', ''],
  ['1-1', '基本方針を定めた文書があること。', '○', '定めています。'],
  [],
  ['1-2', '基本方針をレビューすること。', '×', '<b>未対応</b>です。'],
  ['2-1 内部組織'],
  ['2-1-1', '責任者を定めること。', '', '△ 一部対応しています。\n年内に完了予定。'],
  ['2-1-2', '窓口を公開すること。', 1, '数値のセル']
];

describe('parseWorkbook: a METI checksheet in .xlsx', () => {
  const bytes = workbookBytes([
    { name: '表紙', rows: [['Acme Cloud'], ['社外秘']] },
    { name: 'チェックシート', rows: METI_ROWS, merges: ['A4:D4', 'A8:D8'] },
    {
      name: '改訂履歴',
      rows: [
        ['版', '発行日', '改訂内容'],
        ['1.5', '2024/04/01', '改訂']
      ]
    }
  ]);
  const sheet = parseWorkbook(bytes, spreadsheet, 'acme.xlsx');

  it('takes the title and version from above the header of the first question sheet', () => {
    expect(sheet.format).toBe('xlsx');
    expect(sheet.encoding).toBe('binary');
    expect(sheet.fileName).toBe('acme.xlsx');
    expect(sheet.title).toBe('Acme Cloud セキュリティチェックシート');
    expect(sheet.version).toBe('1.5');
  });

  it('says which sheets it read the questions of, and what it made of the others', () => {
    expect(sheet.diagnostics.filter((d) => d.line === 0).map((d) => d.message)).toEqual([
      "read the questions of sheet 'チェックシート'",
      "sheet '表紙' has no header row with checksheet columns; its text is read as the preamble (and a revision table on it as revisions)",
      "sheet '改訂履歴' has no header row with checksheet columns; its text is read as the preamble (and a revision table on it as revisions)"
    ]);
    expect(sheet.preamble).toContain('社外秘');
    expect(sheet.revisions).toEqual([
      { version: '1.5', date: '2024/04/01', description: '改訂', line: 2, sheet: '改訂履歴' }
    ]);
  });

  it('reads items with their sheet rows as lines', () => {
    expect(sheet.items.map((e) => [e.number, e.line, e.mark, e.status])).toEqual([
      ['1-1', 5, '○', 'implemented'],
      ['1-2', 7, '×', 'not_implemented'],
      ['2-1-1', 9, '△', 'partial'],
      ['2-1-2', 10, '1', 'none']
    ]);
    expect(sheet.items[1].answer).toBe('未対応です。');
    expect(sheet.items[2].answer).toBe('一部対応しています。\n年内に完了予定。');
  });

  it('reads merged section rows', () => {
    expect(sheet.sections).toEqual([
      { number: '1', title: '情報セキュリティのための方針群', line: 4, sheet: 'チェックシート' },
      { number: '2-1', title: '内部組織', line: 8, sheet: 'チェックシート' }
    ]);
    expect(sheet.items[2].section).toBe('2-1 内部組織');
  });

  it('counts empty rows as blank and accounts for every other row of every sheet', () => {
    expect(sheet.lines).toEqual({
      total: 13,
      accounted: 13,
      items: 4,
      sections: 2,
      preamble: 5,
      revisions: 2,
      diagnostics: 0
    });
  });
});

describe('parseWorkbook: sheet rows and ranges', () => {
  it('numbers lines by sheet row when the table does not start in A1', () => {
    const bytes = workbookBytes([
      {
        name: 'Sheet1',
        origin: 'B3',
        rows: [
          ['No', 'Question', 'Answer'],
          ['1', 'Is MFA enforced?', 'Yes']
        ]
      }
    ]);
    const sheet = parseWorkbook(bytes, spreadsheet, 'offset.xlsx');
    expect(sheet.items).toMatchObject([{ number: '1', line: 4, status: 'implemented' }]);
    expect(sheet.lines).toMatchObject({ total: 2, accounted: 2 });
    expect(sheet.title).toBe('offset');
  });
});

describe('parseWorkbook: sheets without a table', () => {
  it('passes over empty sheets and reads a single table without naming others', () => {
    const bytes = workbookBytes([
      { name: 'Empty', rows: [] },
      {
        name: 'Sheet2',
        rows: [
          ['No', 'Question', 'Answer'],
          ['1', 'Q', 'Yes']
        ]
      }
    ]);
    const sheet = parseWorkbook(bytes, spreadsheet, 'two.xlsx');
    expect(sheet.items).toHaveLength(1);
    expect(sheet.diagnostics.map((d) => d.message)).toEqual([
      "read the questions of sheet 'Sheet2'",
      "sheet 'Empty' is empty"
    ]);
    const single = parseWorkbook(
      workbookBytes([
        {
          name: 'Only',
          rows: [
            ['No', 'Question', 'Answer'],
            ['1', 'Q', 'Yes']
          ]
        }
      ]),
      spreadsheet,
      'one.xlsx'
    );
    expect(single.diagnostics).toEqual([]);
  });
});

describe('parseWorkbook: CSA CAIQ v4 in .xlsx', () => {
  const csv = fs.readFileSync(path.join(__dirname, 'data', 'acme-caiq.csv'), 'utf8');
  const rows = tokenizeDelimited(csv, ',').map((record) => record.cells);
  const sheet = parseWorkbook(
    workbookBytes([{ name: 'CAIQv4.0.2', rows }]),
    spreadsheet,
    'acme-caiq.xlsx'
  );

  it('is read as a CAIQ', () => {
    expect(sheet.format).toBe('caiq');
    expect(sheet.title).toBe('Consensus Assessments Initiative Questionnaire v4.0.2');
  });

  it('gives the same items as the CSV export of the same sheet', () => {
    const fromCsv = parseTabularText(csv, {
      fileName: 'acme-caiq.csv',
      encoding: 'utf-8'
    });
    expect(sheet.items.every((item) => item.sheet === 'CAIQv4.0.2')).toBe(true);
    const withoutSheet = <T extends { sheet?: string }>(record: T): T => {
      const copy = { ...record };
      delete copy.sheet;
      return copy;
    };
    expect(sheet.items.map(withoutSheet)).toEqual(fromCsv.items);
    expect(sheet.sections.map(withoutSheet)).toEqual(fromCsv.sections);
    expect(sheet.items[2].extra).toEqual({
      'SSRM Control Ownership': 'Shared CSP and CSC',
      'CSC Responsibilities': 'Customers review the certificate.'
    });
  });
});

describe('parseWorkbook: what cannot be read', () => {
  it('needs the SheetJS library', () => {
    const read = () => parseWorkbook(new Uint8Array([0x50, 0x4b]), undefined, 'a.xlsx');
    expect(read).toThrow(ChecksheetReadError);
    expect(read).toThrow('a.xlsx: reading .xlsx needs the SheetJS library');
  });

  it('refuses a workbook with no checksheet header, naming its sheets', () => {
    const bytes = workbookBytes([
      {
        name: 'Budget',
        rows: [
          ['Item', 'Cost'],
          ['Laptop', 1200]
        ]
      },
      { name: 'Notes', rows: [['nothing here']] }
    ]);
    expect(() => parseWorkbook(bytes, spreadsheet, 'budget.xlsx')).toThrow(
      /^budget\.xlsx: no header row with checksheet columns was found .*; sheets: 'Budget' and 'Notes'$/
    );
  });

  it('refuses a workbook with no sheets', () => {
    const empty: SpreadsheetLibrary = {
      ...spreadsheet,
      read: () => ({ SheetNames: [], Sheets: {} })
    };
    expect(() => parseWorkbook(new Uint8Array([1]), empty, 'empty.xlsx')).toThrow(
      /; it has no sheets$/
    );
  });

  it('reports a library failure as a read error naming the file', () => {
    const failing: SpreadsheetLibrary = {
      ...spreadsheet,
      read: () => {
        throw new Error('Unsupported ZIP encryption');
      }
    };
    expect(() => parseWorkbook(new Uint8Array([1, 2, 3]), failing, 'locked.xlsx')).toThrow(
      'locked.xlsx: not a workbook Excel can open (Unsupported ZIP encryption)'
    );
  });
});

describe('parseWorkbook: cells merged down a column', () => {
  const rows: unknown[][] = [
    ['クラウドサービス チェックシート'],
    ['セクション', '項番', '確認事項', '実施有無', '備考', '担当'],
    ['1 組織', '1-1', '方針を定めること。', '○', '定めています。', '総務部'],
    ['', '1-2', '責任者を置くこと。', '△', '一部の部署のみです。'],
    ['', '1-3', '窓口を公開すること。', '×', ''],
    ['2 技術', '2-1', 'バックアップを取ること。', '○', '日次で取得しています。', '情報システム部'],
    ['', '', '', '', '週次で遠隔地に複製しています。'],
    ['', '', '', '△', '復元試験は年1回です。'],
    ['', '2-2', '暗号化すること。', '○', '保存時に暗号化しています。'],
    ['', '', '通信も暗号化すること。', '○', 'TLS 1.2 以上です。'],
    ['', '2-3', '鍵を管理すること。', '', '共通の回答です。'],
    ['', '2-4', '鍵を廃棄すること。', '', ''],
    ['', '', '', '', '']
  ];
  const bytes = workbookBytes([
    {
      name: 'シート',
      rows,
      // Sections over 1-1..1-3 and 2-1..2-4 (and an empty row); 項番 2-1 (and its question) over
      // three rows; 項番 2-2 over a row with a question of its own; one 備考 over 2-3 and 2-4;
      // 担当 over 1-1..1-3 and 2-1..2-2; a title merged across the columns above the header.
      merges: ['A1:E1', 'A3:A5', 'A6:A13', 'B6:B8', 'C6:C8', 'B9:B10', 'E11:E12', 'F3:F5', 'F6:F10']
    }
  ]);
  const sheet = parseWorkbook(bytes, spreadsheet, 'merged.xlsx');
  const byNumber = (number: string) => sheet.items.filter((item) => item.number === number);

  it('gives a merged section or extra cell to every row of the merge', () => {
    expect(sheet.items.map((item) => [item.number, item.section, item.extra?.['担当']])).toEqual([
      ['1-1', '1 組織', '総務部'],
      ['1-2', '1 組織', '総務部'],
      ['1-3', '1 組織', '総務部'],
      ['2-1', '2 技術', '情報システム部'],
      ['2-2', '2 技術', '情報システム部'],
      ['2-2', '2 技術', '情報システム部'],
      ['2-3', '2 技術', ''],
      ['2-4', '2 技術', '']
    ]);
    expect(sheet.sections).toEqual([
      { number: '1', title: '組織', line: 3, sheet: 'シート' },
      { number: '2', title: '技術', line: 6, sheet: 'シート' }
    ]);
  });

  it('joins the rows of a merged 項番 without a question of their own into its item', () => {
    expect(byNumber('2-1')).toEqual([
      expect.objectContaining({
        question: 'バックアップを取ること。',
        mark: '○ △',
        status: 'partial',
        answer: '日次で取得しています。\n週次で遠隔地に複製しています。\n復元試験は年1回です。',
        line: 6
      })
    ]);
    expect(sheet.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 7,
        sheet: 'シート',
        severity: 'info',
        code: 'merged_rows',
        params: { column: '項番', itemLine: 6, lines: '7, 8', count: 2 },
        message:
          'the 項番 cell of line 6 is merged over 2 rows (lines 7 and 8); joined to that item'
      })
    );
  });

  it('keeps a row with a question of its own as an item of the merged number', () => {
    expect(byNumber('2-2').map((item) => [item.question, item.answer, item.line])).toEqual([
      ['暗号化すること。', '保存時に暗号化しています。', 9],
      ['通信も暗号化すること。', 'TLS 1.2 以上です。', 10]
    ]);
    expect(sheet.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 10,
        sheet: 'シート',
        severity: 'warning',
        message: 'item 2-2 appears at lines 9 and 10; both kept'
      })
    );
  });

  it('never copies an answer to the other rows of its merge', () => {
    expect(byNumber('2-3')[0].answer).toBe('共通の回答です。');
    expect(byNumber('2-4')[0]).toMatchObject({ answer: '', status: 'none' });
  });

  it('accounts for every non-empty row once, and makes no item of a row with merged values only', () => {
    expect(sheet.items).toHaveLength(8);
    expect(sheet.lines).toEqual({
      total: 12,
      accounted: 12,
      items: 10,
      sections: 0,
      preamble: 2,
      revisions: 0,
      diagnostics: 0
    });
  });
});

describe('rowMerges', () => {
  it('keeps merges down several rows, relative to the sheet range, and ignores anything else', () => {
    const sheet = {
      '!merges': [
        { s: { r: 4, c: 2 }, e: { r: 6, c: 3 } },
        { s: { r: 5, c: 1 }, e: { r: 5, c: 4 } },
        { s: { r: 1 }, e: { r: 2 } },
        null
      ]
    };
    expect(rowMerges(sheet, { r: 1, c: 1 })).toEqual([{ top: 3, bottom: 5, column: 1 }]);
    expect(rowMerges({}, { r: 0, c: 0 })).toEqual([]);
  });
});

describe('parseWorkbook: every question sheet of a workbook', () => {
  // Hanamizuki Cloud (made up): a cover with a revision history, instructions, a hidden list
  // sheet behind the drop-downs, two question tabs, an empty tab.
  const bytes = workbookBytes([
    {
      name: '表紙',
      rows: [
        ['ハナミズキクラウド セキュリティチェックシート'],
        ['株式会社ハナミズキ（架空）'],
        [],
        ['版', '発行日', '改訂内容'],
        ['1.0', '2024/04/01', '初版'],
        ['1.1', '2025/04/01', '技術的対策を追加']
      ]
    },
    {
      name: '記入要領',
      rows: [['実施有無の列に ○ △ × - のいずれかを選んでください。']]
    },
    { name: 'リスト', rows: [['○'], ['△'], ['×'], ['-']] },
    {
      name: '組織的対策',
      rows: [
        ['項番', '確認事項', '実施有無', '備考'],
        ['1 方針'],
        ['1-1', '基本方針を定めていること。', '○', '取締役会で承認しています。'],
        ['1-2', '方針を年1回見直すこと。', '△', '']
      ]
    },
    { name: '空き', rows: [] },
    {
      name: '技術的対策',
      rows: [
        ['技術的対策'],
        ['No', 'Question', 'Answer', 'Remarks'],
        ['1-1', 'Is data encrypted at rest?', 'Yes', 'AES-256'],
        ['1-2', 'Is MFA enforced?', 'Kind of', '']
      ]
    }
  ]);
  const hiddenList = (() => {
    const book = XLSX.read(bytes, { type: 'array' });
    book.Workbook = {
      Sheets: book.SheetNames.map((name) => ({ name, Hidden: name === 'リスト' ? 1 : 0 }))
    };
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
  })();
  const sheet = parseWorkbook(hiddenList, spreadsheet, 'hanamizuki.xlsx');

  it('reads the questions of every question sheet, in sheet order, each knowing its sheet', () => {
    expect(sheet.items.map((item) => [item.sheet, item.number, item.line, item.status])).toEqual([
      ['組織的対策', '1-1', 3, 'implemented'],
      ['組織的対策', '1-2', 4, 'partial'],
      ['技術的対策', '1-1', 3, 'implemented'],
      ['技術的対策', '1-2', 4, 'none']
    ]);
    expect(sheet.items[0].section).toBe('1 方針');
    // A section of one sheet does not run on into the next.
    expect(sheet.items[2].section).toBe('');
  });

  it('reports the same item number on two sheets as no duplicate', () => {
    expect(sheet.diagnostics.map((d) => d.message)).not.toContainEqual(
      expect.stringContaining('appears at lines')
    );
  });

  it('reads the revision history on the cover as revisions, and its title', () => {
    expect(sheet.revisions).toEqual([
      { version: '1.0', date: '2024/04/01', description: '初版', line: 5, sheet: '表紙' },
      {
        version: '1.1',
        date: '2025/04/01',
        description: '技術的対策を追加',
        line: 6,
        sheet: '表紙'
      }
    ]);
    expect(sheet.title).toBe('ハナミズキクラウド セキュリティチェックシート');
    expect(sheet.preamble).toContain('実施有無の列に');
  });

  it('says which sheets were read and why the others were not', () => {
    expect(sheet.diagnostics.filter((d) => d.line === 0).map((d) => d.message)).toEqual([
      "read the questions of 2 sheets: '組織的対策' and '技術的対策'",
      "sheet '表紙' has no header row with checksheet columns; its text is read as the preamble (and a revision table on it as revisions)",
      "sheet '記入要領' has no header row with checksheet columns; its text is read as the preamble (and a revision table on it as revisions)",
      "sheet 'リスト' is hidden; not read",
      "sheet '空き' is empty"
    ]);
  });

  it('names the sheet of a finding about a row', () => {
    expect(sheet.diagnostics).toContainEqual(
      expect.objectContaining({
        sheet: '技術的対策',
        line: 4,
        message: expect.stringContaining("mark 'Kind of' is not a known answer")
      })
    );
  });

  it('shows one table per question sheet, and accounts for every row of the sheets read', () => {
    expect(sheet.tables?.map((table) => [table.sheet, table.headerLine])).toEqual([
      ['組織的対策', 1],
      ['技術的対策', 2]
    ]);
    // 5 cover rows, 1 instruction row, 4 + 4 question-sheet rows; the hidden list is not read.
    expect(sheet.lines).toEqual({
      total: 14,
      accounted: 14,
      items: 4,
      sections: 1,
      preamble: 6,
      revisions: 3,
      diagnostics: 0
    });
  });

  it('applies a role override to the sheet it names only', () => {
    const overridden = parseWorkbook(hiddenList, spreadsheet, 'hanamizuki.xlsx', [
      { sheet: '技術的対策', column: 3, role: 'ignored' }
    ]);
    expect(overridden.items.map((item) => item.answer)).toEqual([
      '取締役会で承認しています。',
      '',
      '',
      ''
    ]);
  });
});
