/**
 * The roles the reader gives each column (`ParsedChecksheet.tables`) and a reviewer's overrides
 * (`ParseOptions.columnRoles`): what the import wizard shows on the column headers, and what a
 * changed role does to the items.
 */
import * as XLSX from '@e965/xlsx';
import type { ColumnRoleOverride, ParsedChecksheet, SpreadsheetLibrary } from 'c/checksheetModel';
import { COLUMN_ROLES } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';

const spreadsheet = XLSX as unknown as SpreadsheetLibrary;

function parseText(text: string, columnRoles?: ColumnRoleOverride[]): ParsedChecksheet {
  return parseChecksheet({ fileName: 'vendor.csv', text }, { columnRoles });
}

function expectEveryLineAccounted(parsed: ParsedChecksheet): void {
  expect(parsed.lines.accounted).toBe(parsed.lines.total);
  expect(parsed.diagnostics.filter((d) => d.message.startsWith('internal error'))).toEqual([]);
}

const KUMOYA = [
  'Kumoya Storage security questionnaire',
  'No,Question,Answer,Remarks,Owner',
  '1.1,Is data encrypted at rest?,Yes,AES-256,Security team',
  '1.2,Is MFA enforced for administrators?,No,Planned for Q3,IT'
].join('\n');

describe('the roles the reader chose', () => {
  it('shows every column of the table with its role, the role it detected and why', () => {
    const parsed = parseText(KUMOYA);
    expect(parsed.tables).toEqual([
      {
        headerLine: 2,
        columns: [
          { index: 0, header: 'No', role: 'number', detected: 'number', reason: 'header' },
          {
            index: 1,
            header: 'Question',
            role: 'question',
            detected: 'question',
            reason: 'header'
          },
          { index: 2, header: 'Answer', role: 'mark', detected: 'mark', reason: 'header' },
          { index: 3, header: 'Remarks', role: 'answer', detected: 'answer', reason: 'header' },
          { index: 4, header: 'Owner', role: 'extra', detected: 'extra', reason: 'header' }
        ]
      }
    ]);
    expect(parsed.items[0]).toMatchObject({
      mark: 'Yes',
      status: 'implemented',
      answer: 'AES-256',
      extra: { Owner: 'Security team' }
    });
  });

  it('shows a column without a header as answer text, and a worded second mark column as a mark', () => {
    const parsed = parseText(
      [
        '項番\t確認事項\t実施状況 Status\t実施有無 Mark\t\t備考 Answer',
        '1-1\t方針\t\t○\t補足\t文書'
      ].join('\n')
    );
    expect(parsed.tables?.[0].columns.map((c) => [c.role, c.reason])).toEqual([
      ['number', 'header'],
      ['question', 'header'],
      ['mark', 'header'],
      ['mark', 'header'],
      ['answer', 'unnamed'],
      ['answer', 'header']
    ]);
    expect(parsed.items[0]).toMatchObject({ mark: '○', answer: '文書\n補足' });
  });

  it('offers each role once, in the vocabulary the wizard shows', () => {
    expect(new Set(COLUMN_ROLES).size).toBe(COLUMN_ROLES.length);
    expect(COLUMN_ROLES).toEqual(
      expect.arrayContaining([
        'number',
        'section',
        'question',
        'mark',
        'answer',
        'yes',
        'partial',
        'no',
        'na',
        'ignored'
      ])
    );
  });

  it('has no tables for a numbered-section document', () => {
    const parsed = parseText('1. Overview\nWe keep data safe.\n2. Access\nOnly staff may log in.');
    expect(parsed.format).toBe('sections');
    expect(parsed.tables).toEqual([]);
  });
});

const SORAMAME = [
  'Soramame CRM vendor questionnaire',
  'Ref,Question,Vendor reply,Comments',
  'Q1,Do you encrypt backups?,Yes,Daily encrypted snapshots',
  'Q2,Do you run penetration tests?,Partial,Annual external test only',
  'Q3,Do you store card data?,N/A,No card data is processed'
].join('\n');

describe('roles chosen from the cells', () => {
  it('takes a column of answer words for the mark and a column of item numbers for the number', () => {
    const parsed = parseText(SORAMAME.replace('Ref,', 'Key,'));
    expect(parsed.items.map((item) => [item.number, item.mark, item.status, item.answer])).toEqual([
      ['Q1', 'Yes', 'implemented', 'Daily encrypted snapshots'],
      ['Q2', 'Partial', 'partial', 'Annual external test only'],
      ['Q3', 'N/A', 'not_applicable', 'No card data is processed']
    ]);
    expect(parsed.tables?.[0].columns.map((c) => [c.header, c.role, c.reason])).toEqual([
      ['Key', 'number', 'content'],
      ['Question', 'question', 'header'],
      ['Vendor reply', 'mark', 'content'],
      ['Comments', 'answer', 'header']
    ]);
  });

  it('leaves a column of prose or of too few cells alone', () => {
    const parsed = parseText(
      [
        'Key,Question,Vendor reply,Comments',
        'Q1,Encrypted?,Yes,AES',
        'Q2,MFA?,We use hardware keys for every administrator,',
        ',Logs kept?,Ninety days in the SIEM,'
      ].join('\n')
    );
    expect(parsed.tables?.[0].columns.map((c) => c.role)).toEqual([
      'extra',
      'question',
      'extra',
      'answer'
    ]);
  });
});

describe('a reviewer overriding a column role', () => {
  it('reads the column with the role chosen, and shows it beside the role detected', () => {
    const before = parseText(SORAMAME);
    expect(before.items.map((item) => item.status)).toEqual([
      'implemented',
      'partial',
      'not_applicable'
    ]);
    const after = parseText(SORAMAME, [{ column: 2, role: 'answer' }]);
    expect(after.items.map((item) => [item.number, item.mark, item.status, item.answer])).toEqual([
      ['Q1', '', 'none', 'Yes\nDaily encrypted snapshots'],
      ['Q2', '', 'none', 'Partial\nAnnual external test only'],
      ['Q3', '', 'none', 'N/A\nNo card data is processed']
    ]);
    expect(after.tables?.[0].columns[2]).toEqual({
      index: 2,
      header: 'Vendor reply',
      role: 'answer',
      detected: 'mark',
      reason: 'override'
    });
    expectEveryLineAccounted(after);
  });

  it('drops an ignored column and keeps an extra one', () => {
    const parsed = parseText(KUMOYA, [
      { column: 3, role: 'extra' },
      { column: 4, role: 'ignored' }
    ]);
    expect(parsed.items[0]).toMatchObject({ answer: '', extra: { Remarks: 'AES-256' } });
    expect(parsed.items[0].extra).not.toHaveProperty('Owner');
    expectEveryLineAccounted(parsed);
  });

  it('reads ticks under Yes / No / N/A columns as the mark', () => {
    const text = [
      'ID,Control,Yes,No,N/A,Notes',
      'AC-1,Access reviews are quarterly,X,,,Reviewed by the CISO',
      'AC-2,Shared accounts are forbidden,,x,,',
      'AC-3,Kiosk devices are locked,,,✓,No kiosks'
    ].join('\n');
    const parsed = parseText(text, [
      { column: 0, role: 'number' },
      { column: 1, role: 'question' },
      { column: 2, role: 'yes' },
      { column: 3, role: 'no' },
      { column: 4, role: 'na' },
      { column: 5, role: 'answer' }
    ]);
    expect(parsed.items.map((item) => [item.number, item.mark, item.status, item.answer])).toEqual([
      ['AC-1', 'Yes', 'implemented', 'Reviewed by the CISO'],
      ['AC-2', 'No', 'not_implemented', ''],
      ['AC-3', 'N/A', 'not_applicable', 'No kiosks']
    ]);
    expectEveryLineAccounted(parsed);
  });

  it('says clearly when no column is left to read the question from, and reads no items', () => {
    const parsed = parseText(KUMOYA, [{ column: 1, role: 'ignored' }]);
    expect(parsed.format).toBe('csv');
    expect(parsed.items).toEqual([]);
    expect(parsed.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        line: 3,
        message: expect.stringContaining('no column is read as the question')
      })
    );
    expect(parsed.lines).toMatchObject({ total: 4, accounted: 4, diagnostics: 2 });
  });

  it('reads a column beyond the header with the role given to it', () => {
    const text = ['No,Question,Answer', '1,Is there a DPO?,Yes,Named in the privacy policy'].join(
      '\n'
    );
    const before = parseText(text);
    expect(before.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining('cells where the header has 3')
    );
    const after = parseText(text, [{ column: 3, role: 'answer' }]);
    expect(after.items[0].answer).toBe('Named in the privacy policy');
    expect(after.tables?.[0].columns[3]).toMatchObject({ header: '', role: 'answer' });
    expect(after.diagnostics.map((d) => d.message)).not.toContainEqual(
      expect.stringContaining('cells where the header has')
    );
  });

  it('reports overrides it cannot apply and a role given twice, and reads the rest', () => {
    const parsed = parseText(KUMOYA, [
      { column: -1, role: 'mark' },
      { column: 2, role: 'chapter' as never },
      { column: 4, role: 'question' },
      { sheet: 'Controls', column: 0, role: 'ignored' }
    ]);
    const messages = parsed.diagnostics.map((d) => d.message);
    expect(messages).toContainEqual(expect.stringContaining('role override of column -1'));
    expect(messages).toContainEqual(expect.stringContaining('("chapter")'));
    expect(messages).toContainEqual(expect.stringContaining("the sheet 'Controls'"));
    expect(messages).toContainEqual(
      expect.stringContaining('column 5 (Owner) has the role "question"')
    );
    expect(parsed.items[0]).toMatchObject({
      number: '1.1',
      question: 'Is data encrypted at rest?',
      extra: { Owner: 'Security team' }
    });
  });
});

describe('role overrides in a workbook', () => {
  it('apply to the sheet they name', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['ID', 'Question', 'Response', 'Comments'],
        ['Q1', 'Is there an incident response plan?', 'Yes', 'Tested yearly']
      ]),
      'Questions'
    );
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
    const parsed = parseChecksheet(
      { fileName: 'hanabi.xlsx', bytes },
      { spreadsheet, columnRoles: [{ sheet: 'Questions', column: 2, role: 'mark' }] }
    );
    expect(parsed.tables?.[0]).toMatchObject({ sheet: 'Questions', headerLine: 1 });
    expect(parsed.items[0]).toMatchObject({ mark: 'Yes', status: 'implemented' });
  });
});
