import type { ColumnRoleOverride, ParsedChecksheet, TableReading } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import { ChecksheetApiError } from 'c/checksheetApi';
import { nextStep } from '../importFlow';
import type { WizardEvent, WizardStep } from '../importFlow';
import {
  isLegacyWorkbook,
  needsSpreadsheet,
  pasteDocument,
  spreadsheetGlobal
} from '../documentSource';
import {
  detectedText,
  failureText,
  findingRows,
  formFromDocument,
  frameworkOptions,
  isoDay,
  issuedOn,
  lineAccountingText,
  previewItems,
  progressPercent,
  roleOptions,
  sheetRows,
  sourceWarningText,
  tableViews,
  toIsoDate,
  whereText,
  withColumnRole
} from '../wizardView';

const parsed = (fields: Partial<ParsedChecksheet>): ParsedChecksheet => ({
  title: '',
  version: '',
  format: 'csv',
  encoding: 'utf-8',
  preamble: '',
  sections: [],
  items: [],
  revisions: [],
  diagnostics: [],
  lines: {
    total: 0,
    accounted: 0,
    items: 0,
    sections: 0,
    preamble: 0,
    revisions: 0,
    diagnostics: 0
  },
  tables: [],
  fileName: '',
  ...fields
});

describe('importFlow', () => {
  const walk = (events: WizardEvent[]): (WizardStep | undefined)[] => {
    let step: WizardStep = 'idle';
    return events.map((event) => {
      const next = nextStep(step, event);
      if (next) step = next;
      return next;
    });
  };

  it('goes idle → reading → preview → saving → done, and back to idle', () => {
    expect(walk(['read', 'parsed', 'save', 'saved', 'reset'])).toEqual([
      'reading',
      'preview',
      'saving',
      'done',
      'idle'
    ]);
  });

  it('keeps the preview after a failed save: retry, re-read or start over', () => {
    expect(
      walk(['read', 'parsed', 'save', 'saveFailed', 'save', 'saveFailed', 'read', 'parsed'])
    ).toEqual(['reading', 'preview', 'saving', 'failed', 'saving', 'failed', 'reading', 'preview']);
    expect(nextStep('failed', 'reset')).toBe('idle');
  });

  it('returns to idle when the document cannot be read', () => {
    expect(walk(['read', 'readFailed'])).toEqual(['reading', 'idle']);
  });

  it('refuses what cannot happen: no second save while saving, no reading while saving or done', () => {
    expect(nextStep('saving', 'save')).toBeUndefined();
    expect(nextStep('saving', 'read')).toBeUndefined();
    expect(nextStep('saving', 'reset')).toBeUndefined();
    expect(nextStep('idle', 'save')).toBeUndefined();
    expect(nextStep('done', 'save')).toBeUndefined();
    expect(nextStep('reading', 'read')).toBeUndefined();
  });
});

describe('documentSource', () => {
  it('knows a workbook by its zip signature', () => {
    expect(needsSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(needsSpreadsheet(new Uint8Array([0x50, 0x4b]))).toBe(false);
    expect(needsSpreadsheet(new Uint8Array([0x41, 0x42, 0x43, 0x44]))).toBe(false);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(needsSpreadsheet(ole)).toBe(true);
    expect(isLegacyWorkbook(ole)).toBe(true);
    expect(isLegacyWorkbook(ole.subarray(0, 4))).toBe(false);
  });

  it('keeps a paste as its UTF-8 bytes under a file name', () => {
    const document = pasteDocument('○');
    expect(Array.from(document.bytes)).toEqual([0xe2, 0x97, 0x8b]);
    expect(document.source).toEqual({ fileName: '', text: '○' });
    expect(document.fileName).toBe('pasted.txt');
  });

  it('finds the XLSX global the static resource defines', () => {
    const library = { read: jest.fn() };
    expect(spreadsheetGlobal({ XLSX: library })).toBe(library);
    expect(spreadsheetGlobal({})).toBeUndefined();
  });
});

describe('wizardView', () => {
  it('words the detected format and encoding, and the line accounting', () => {
    expect(detectedText({ fileName: 'a.csv', format: 'caiq', encoding: 'shift_jis' })).toBe(
      'a.csv: CSA CAIQ sheet, shift_jis'
    );
    expect(detectedText({ fileName: '', format: 'tsv', encoding: 'utf-8' })).toBe(
      'Pasted text: Tab-separated cells (TSV), utf-8'
    );
    expect(
      lineAccountingText({
        total: 128,
        accounted: 127,
        items: 70,
        sections: 12,
        preamble: 20,
        revisions: 5,
        diagnostics: 20
      })
    ).toBe(
      '128 lines: 70 items, 12 sections, 20 preamble, 5 revision history, 20 with findings, 1 unaccounted'
    );
  });

  it('places each finding at its line, sheet row or the whole document, in its label', () => {
    expect(whereText({ line: 12 })).toBe('Line 12');
    expect(whereText({ line: 3, sheet: 'Sheet1' })).toBe('Sheet1, row 3');
    expect(whereText({ line: 0, sheet: 'Sheet1' })).toBe('Sheet1');
    expect(whereText({ line: 0 })).toBe('Whole document');
    const [row] = findingRows([
      { code: 'unknown_mark', params: { mark: '？' }, line: 4, severity: 'warning', message: 'x' }
    ]);
    expect(row).toMatchObject({
      key: 'finding-0',
      where: 'Line 4',
      severity: 'warning',
      iconName: 'utility:warning'
    });
    expect(row.text).toContain('？');
    expect(row.text).not.toBe('x');
  });

  it('offers every column role and framework by its label', () => {
    expect(roleOptions().map((option) => option.value)).toEqual([
      'number',
      'section',
      'question',
      'mark',
      'answer',
      'yes',
      'partial',
      'no',
      'na',
      'extra',
      'ignored'
    ]);
    expect(
      roleOptions().every((option) => option.label !== '' && option.label !== option.value)
    ).toBe(true);
    expect(frameworkOptions()).toEqual([
      { value: 'METI_Cloud_2013', label: 'METI cloud security guideline (2013)' },
      { value: 'Security_White_Paper', label: 'Security white paper' },
      { value: 'CAIQ_v4', label: 'CSA CAIQ v4' },
      { value: 'Custom', label: 'Custom questionnaire' }
    ]);
  });

  const TABLES: TableReading[] = [
    {
      sheet: 'A',
      headerLine: 2,
      columns: [
        { index: 0, header: '項番', role: 'number', detected: 'number', reason: 'header' },
        { index: 1, header: ' ', role: 'answer', detected: 'answer', reason: 'unnamed' },
        { index: 2, header: 'Notes', role: 'ignored', detected: 'extra', reason: 'override' }
      ]
    },
    { headerLine: 1, columns: [] }
  ];

  it('shows each table and its columns with their roles and what the reviewer changed', () => {
    const [a, text] = tableViews(TABLES);
    expect(a.title).toBe('A, header row 2');
    expect(
      a.columns.map((column) => [column.label, column.role, column.changed, column.sheet])
    ).toEqual([
      ['Column 1: 項番', 'number', false, 'A'],
      ['Column 2 (no header)', 'answer', false, 'A'],
      ['Column 3: Notes', 'ignored', true, 'A']
    ]);
    expect(text.title).toBe('Header row 1');
    expect(tableViews(undefined)).toEqual([]);
  });

  it('keeps one override per column and drops one that restores the detected role', () => {
    const once = withColumnRole([], TABLES, { sheet: 'A', column: 2, role: 'ignored' });
    expect(once).toEqual([{ sheet: 'A', column: 2, role: 'ignored' }]);
    const twice = withColumnRole(once, TABLES, { sheet: 'A', column: 2, role: 'answer' });
    expect(twice).toEqual([{ sheet: 'A', column: 2, role: 'answer' }]);
    expect(withColumnRole(twice, TABLES, { sheet: 'A', column: 2, role: 'extra' })).toEqual([]);
    expect(withColumnRole([], undefined, { sheet: '', column: 0, role: 'question' })).toEqual([
      { column: 0, role: 'question' }
    ]);
  });

  it('lists the sheets read and those not read, once each', () => {
    const rows = sheetRows(
      parsed({
        tables: [...TABLES, { sheet: 'A', headerLine: 9, columns: [] }],
        diagnostics: [
          {
            code: 'sheet_hidden',
            params: { sheet: 'Secret' },
            line: 0,
            severity: 'info',
            message: ''
          },
          { code: 'sheet_empty', params: { sheet: 'A' }, line: 0, severity: 'info', message: '' },
          {
            code: 'sheet_no_header',
            params: {},
            line: 0,
            sheet: 'Notes',
            severity: 'info',
            message: ''
          },
          { code: 'sheet_empty', params: {}, line: 0, severity: 'info', message: '' },
          {
            code: 'unknown_mark',
            params: { mark: '?' },
            line: 3,
            sheet: 'B',
            severity: 'warning',
            message: ''
          }
        ]
      })
    );
    expect(rows.map((row) => [row.text, row.read])).toEqual([
      ['A: read', true],
      ['Secret: not read', false],
      ['Notes: not read', false]
    ]);
  });

  it('turns import items into the item list rows', () => {
    expect(
      previewItems([
        {
          itemNumber: '1-1',
          section: 'S',
          question: 'Q',
          status: 'Implemented',
          statusMark: '○',
          answer: 'A',
          matchKey: 'q',
          sourceSheet: '',
          sortOrder: 1,
          sourceLine: 4,
          responsibility: 'Vendor',
          responsibleParty: '',
          answerFlag: 'None',
          answerFlagReason: ''
        }
      ])
    ).toEqual([
      {
        id: 'item-1',
        itemNumber: '1-1',
        section: 'S',
        question: 'Q',
        status: 'Implemented',
        statusMark: '○',
        answer: 'A',
        sourceSheet: ''
      }
    ]);
  });

  it('reads dates as the document writes them', () => {
    expect(isoDay(new Date(2025, 3, 1))).toBe('2025-04-01');
    expect(toIsoDate('2025/4/1')).toBe('2025-04-01');
    expect(toIsoDate('2025年4月1日')).toBe('2025-04-01');
    expect(toIsoDate('2025.12.31')).toBe('2025-12-31');
    expect(toIsoDate('2025/2/30')).toBe('');
    expect(toIsoDate('first edition')).toBe('');
  });

  it('takes the issue date of the document version, else of the latest revision', () => {
    const revisions = [
      { version: '1.0', date: '2024/4/1', description: '', line: 3 },
      { version: '2.0', date: '2025/4/1', description: '', line: 4 },
      { version: '2.1', date: 'soon', description: '', line: 5 }
    ];
    expect(issuedOn({ version: '1.0', revisions })).toBe('2024-04-01');
    expect(issuedOn({ version: '2.1', revisions })).toBe('2025-04-01');
    expect(issuedOn({ version: '', revisions: [] })).toBe('');
  });

  it('fills the form from the document, named for the day when a paste has no title', () => {
    const form = formFromDocument(
      parsed({ title: 'Acme Cloud checksheet', version: '2.0' }),
      'METI_Cloud_2013',
      '2026-12-01',
      { vendorId: '001', reviewerId: '005' }
    );
    expect(form).toEqual({
      name: 'Acme Cloud checksheet',
      vendorId: '001',
      reviewerId: '005',
      serviceName: '',
      framework: 'METI_Cloud_2013',
      documentVersion: '2.0',
      issuedOn: '',
      receivedOn: '2026-12-01'
    });
    expect(
      formFromDocument(parsed({}), 'Custom', '2026-12-01', { vendorId: '', reviewerId: '' }).name
    ).toBe('Pasted text 2026-12-01');
    expect(
      formFromDocument(parsed({ fileName: 'x'.repeat(100) }), 'Custom', '', {
        vendorId: '',
        reviewerId: ''
      }).name
    ).toHaveLength(80);
  });

  it('measures progress in percent', () => {
    expect(progressPercent({ done: 0, total: 0 })).toBe(0);
    expect(progressPercent({ done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ done: 4, total: 4 })).toBe(100);
  });

  it('words a failure with the server text and that nothing was saved', () => {
    const server = new ChecksheetApiError('importFailed', 'Saving items failed', {
      messages: ['Too long.']
    });
    expect(failureText(server)).toBe(
      'The import failed and nothing was saved: Too long. Correct the problem and try again.'
    );
    expect(
      failureText(new ChecksheetApiError('importFailed', 'Plain.', { messages: [] }))
    ).toContain('Plain.');
    expect(
      failureText(
        new ChecksheetApiError('importFailed', 'x', {
          messages: ['Too long.'],
          chunk: { number: 3, count: 4 }
        })
      )
    ).toContain('part 3 of 4');
    const stuck = new ChecksheetApiError('importNotAbandoned', 'x', {
      messages: ['Too long.'],
      abandonError: new ChecksheetApiError('server', 'No access.')
    });
    expect(failureText(stuck)).toContain('Too long.');
    expect(failureText(stuck)).toContain('(No access.)');
    expect(
      failureText(new ChecksheetApiError('importNotAbandoned', 'x', { messages: ['Gone.'] }))
    ).toContain('()');
  });

  it('words a source file that was not attached', () => {
    expect(
      sourceWarningText({
        code: 'sourceFileTooLarge',
        message: '',
        params: { fileName: 'big.xlsx', bytes: 5_000_000, limitBytes: 3_000_000 }
      })
    ).toMatch(/^big\.xlsx \(.+\) is larger than .+: attach it to the checksheet here\.$/);
    expect(
      sourceWarningText({ code: 'sourceFileTooLarge', message: '', params: { fileName: 'b' } })
    ).toContain('b');
  });
});

describe('wizardView over a sheet answered with an X under Yes / No / N/A (two header rows)', () => {
  const text = [
    'ID,Question,Answer,,,Notes',
    ',,Yes,No,N/A,',
    'AC-1,Access reviews are quarterly,X,,,',
    'AC-2,Shared accounts are forbidden,X,X,,'
  ].join('\n');
  const read = (columnRoles: ColumnRoleOverride[] = []): ParsedChecksheet =>
    parseChecksheet({ fileName: 'x.csv', text }, { columnRoles });

  it('shows the marker columns in the role comboboxes, with their own role labels', () => {
    const [table] = tableViews(read().tables);
    expect(table.columns.slice(2, 5).map((column) => [column.label, column.role])).toEqual([
      ['Column 3: Answer / Yes', 'yes'],
      ['Column 4: Answer / No', 'no'],
      ['Column 5: Answer / N/A', 'na']
    ]);
    const labels = new Map(roleOptions().map((option) => [option.value, option.label]));
    expect([labels.get('yes'), labels.get('no'), labels.get('na')]).toEqual([
      'Yes column (marked X)',
      'No column (marked X)',
      'N/A column (marked X)'
    ]);
  });

  it('reads again with a marker column a reviewer changed, and renders the finding by its label', () => {
    const first = read();
    expect(findingRows(first.diagnostics).map((row) => [row.where, row.text])).toEqual([
      [
        'Line 4',
        'Item AC-2 is marked under several columns (Yes No); kept as written, with no status.'
      ]
    ]);
    const overrides = withColumnRole([], first.tables, { sheet: '', column: 3, role: 'ignored' });
    const again = read(overrides);
    expect(tableViews(again.tables)[0].columns[3]).toMatchObject({
      role: 'ignored',
      changed: true
    });
    expect(again.items.map((item) => [item.number, item.mark, item.status])).toEqual([
      ['AC-1', 'Yes', 'implemented'],
      ['AC-2', 'Yes', 'implemented']
    ]);
    expect(again.diagnostics).toEqual([]);
  });
});
