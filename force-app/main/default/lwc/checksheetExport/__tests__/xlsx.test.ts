import * as XLSX from '@e965/xlsx';
import { MAX_CELL_TEXT, displayWidth, sanitizeSheetName, toXlsx } from 'c/checksheetExport';
import type { SpreadsheetLibrary } from 'c/checksheetModel';

const spreadsheet = XLSX as unknown as SpreadsheetLibrary;

function readBack(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array' });
}

describe('toXlsx', () => {
  const rows = [
    ['項番 No.', '備考 Answer'],
    ['1-1', '当社は、ISMSを取得しております。'],
    ['6-18', '-'],
    ['9-9', "=cmd|' /C calc'!A0"],
    ['10-1', '+1'],
    ['11-1', '複数行\nの備考']
  ];

  it('writes a workbook SheetJS reads back with the same text in every cell', () => {
    const workbook = readBack(toXlsx([{ name: '比較', rows }], spreadsheet));
    expect(workbook.SheetNames).toEqual(['比較']);
    const back = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['比較'], {
      header: 1,
      raw: false
    });
    expect(back).toEqual(rows);
  });

  it('writes every cell as a string cell, so a formula-looking cell is never evaluated', () => {
    const sheet = readBack(toXlsx([{ name: 'x', rows }], spreadsheet)).Sheets.x;
    expect(sheet.B4).toMatchObject({ t: 's', v: "=cmd|' /C calc'!A0" });
    expect(sheet.B4.f).toBeUndefined();
    expect(sheet.B5).toMatchObject({ t: 's', v: '+1' });
    const cells = Object.keys(sheet).filter((key) => !key.startsWith('!'));
    expect(cells).toHaveLength(12);
    for (const key of cells) expect(sheet[key].t).toBe('s');
  });

  it('starts with the zip signature of an Office Open XML file', () => {
    const bytes = toXlsx([{ name: 'x', rows }], spreadsheet);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });

  it('keeps the sheets in order under sanitised, distinct names', () => {
    const workbook = readBack(
      toXlsx(
        [
          { name: 'Acme Cloud v1 / v2 [diff]', rows },
          { name: 'a'.repeat(40), rows },
          { name: 'a'.repeat(40), rows }
        ],
        spreadsheet
      )
    );
    expect(workbook.SheetNames).toEqual([
      'Acme Cloud v1 v2 diff',
      'a'.repeat(31),
      `${'a'.repeat(27)} (2)`
    ]);
  });

  it('sets column widths from the longest line, Japanese counting double', () => {
    const workbook = XLSX.read(
      toXlsx(
        [
          {
            name: 'x',
            rows: [
              ['ab', '日本語'],
              ['a', 'x'.repeat(200)]
            ]
          }
        ],
        spreadsheet
      ),
      { type: 'array', cellStyles: true }
    );
    const widths = (workbook.Sheets.x['!cols'] ?? []).map((col) => col.wch);
    expect(widths).toEqual([7, 80]);
  });

  it('cuts a cell longer than Excel allows and marks the cut with "…"', () => {
    const sheet = readBack(
      toXlsx([{ name: 'x', rows: [['y'.repeat(MAX_CELL_TEXT + 5)]] }], spreadsheet)
    ).Sheets.x;
    const text = sheet.A1.v as string;
    expect(text).toHaveLength(MAX_CELL_TEXT);
    expect(text.endsWith('…')).toBe(true);
  });

  it('writes an empty workbook with one blank sheet', () => {
    const workbook = readBack(toXlsx([], spreadsheet));
    expect(workbook.SheetNames).toEqual(['Sheet']);
  });
});

describe('sanitizeSheetName', () => {
  it.each([
    ['a:b*c?d', 'a b c d'],
    ["'quoted'", 'quoted'],
    ['', 'Sheet'],
    ['   ', 'Sheet'],
    ['x'.repeat(31), 'x'.repeat(31)]
  ])('turns %j into %j', (name, safe) => {
    expect(sanitizeSheetName(name)).toBe(safe);
  });

  it('never cuts a character outside the basic plane in half', () => {
    const name = sanitizeSheetName('𠮷'.repeat(40));
    expect(Array.from(name)).toHaveLength(31);
    expect(name).toBe('𠮷'.repeat(31));
  });

  it('adds a number when the name is taken, ignoring case', () => {
    expect(sanitizeSheetName('Acme', ['acme', 'Acme (2)'])).toBe('Acme (3)');
  });
});

describe('displayWidth', () => {
  it('counts wide characters twice', () => {
    expect(displayWidth('ab日本')).toBe(6);
    expect(displayWidth('ｱ')).toBe(1);
  });
});
