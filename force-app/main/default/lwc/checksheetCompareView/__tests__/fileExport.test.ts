import * as XLSX from '@e965/xlsx';
import { linkedComparison } from 'c/checksheetCompare';
import type { SpreadsheetLibrary } from 'c/checksheetModel';
import { sheetLabel, toIdentifiedItems } from '../compareModel';
import { exportFileName, gridTable, localDate, spreadsheetOf, tableBytes } from '../fileExport';
import { KREW_PAGE, RAY_PAGE } from './data/fixtures';

const pages = [RAY_PAGE, KREW_PAGE];
const labels = pages.map((page) => sheetLabel(page.checksheet));
const comparison = linkedComparison(pages.map((page) => toIdentifiedItems(page.items)));

describe('fileExport', () => {
  it('tables the rows with a column group per sheet and the difference in both languages', () => {
    const table = gridTable(comparison.rows, labels);
    expect(table[0]).toContain('Ray Co. · RaySheet · 1.0 項番 No.');
    expect(table[0]).toContain('Krew Co. · krewData · 2.0 備考 Answer');
    expect(table).toHaveLength(comparison.rows.length + 1);
    const missing = table.find((row) => row.includes('項目なし Missing'));
    expect(missing?.slice(2, 6)).toEqual(['', '', '', '']);
  });

  it('writes CSV with a BOM and reads back as the same table', () => {
    const bytes = tableBytes(gridTable(comparison.rows, labels), 'csv', 'Compare');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = Buffer.from(bytes).toString('utf8');
    expect(text).toContain('実施しています。');
    expect(text.split('\r\n')).toHaveLength(comparison.rows.length + 2);
  });

  it('writes .xlsx through the SheetJS it is given, and says so when it is missing', () => {
    const xlsx = XLSX as unknown as SpreadsheetLibrary;
    const bytes = tableBytes(gridTable(comparison.rows, labels), 'xlsx', 'Compare', xlsx);
    const book = XLSX.read(bytes, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], { header: 1 });
    expect(rows[1][1]).toBe(comparison.rows[0].question);
    expect(() => tableBytes([], 'xlsx', 'Compare')).toThrow(/SheetJS/);
    expect(spreadsheetOf({ XLSX: xlsx })).toBe(xlsx);
    expect(spreadsheetOf({})).toBeUndefined();
  });

  it('names the file after the sheets and the day, without characters file systems refuse', () => {
    const day = new Date(2026, 0, 5, 23, 30);
    expect(localDate(day)).toBe('2026-01-05');
    expect(exportFileName('Compare', ['A/B: 1.0', 'Krew Co. · krewData'], day, 'csv')).toBe(
      'Compare_A-B-1.0_vs_Krew-Co.-krewData_2026-01-05.csv'
    );
    const long = exportFileName('比較', ['あ'.repeat(300)], day, 'xlsx');
    expect(Array.from(long).length).toBeLessThanOrEqual(120 + '_2026-01-05.xlsx'.length);
  });
});
