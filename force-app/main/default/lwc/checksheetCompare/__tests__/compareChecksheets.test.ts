import { classify, compareChecksheets } from 'c/checksheetCompare';
import type { ComparisonCell } from 'c/checksheetCompare';
import { ALPHA, BETA, GAMMA, sheet } from './data/vendors';

const alpha = sheet('Alpha', ALPHA);
const beta = sheet('Beta', BETA);
const gamma = sheet('Gamma', GAMMA);

function numbers(cells: readonly (ComparisonCell | null)[]) {
  return cells.map((cell) => (cell ? cell.number : null));
}

describe('compareChecksheets with three vendors', () => {
  const comparison = compareChecksheets([alpha, beta, gamma]);

  it("lines up one row per question, in the first sheet's order, new items after their neighbours", () => {
    expect(comparison.rows.map((row) => numbers(row.cells))).toEqual([
      ['1', '1', 'A'],
      ['2', '2', null],
      [null, '3', 'B'], // multi-factor authentication: Beta and Gamma only
      ['3', '4', 'C'],
      ['4', '5', 'D'],
      [null, null, 'E'] // penetration test: Gamma only
    ]);
  });

  it('classifies each row: missing, else status, else answer, else same', () => {
    expect(comparison.rows.map((row) => row.difference)).toEqual([
      'same', // answers "策定済み" and "策定済み。" are the same after normalisation
      'missing',
      'missing',
      'answer', // all ○, AES-256 vs AES-128
      'status', // × × -
      'missing'
    ]);
    expect(comparison.summary).toEqual({
      rows: 6,
      same: 1,
      status: 1,
      answer: 1,
      missing: 3
    });
  });

  it('names the row by the first sheet that has the item', () => {
    expect(comparison.rows[2].question).toBe(BETA[2][1]);
    expect(comparison.rows[5].question).toBe(GAMMA[4][1]);
    expect(comparison.rows[0].key).toBe('情報セキュリティ基本方針を策定していること');
  });

  it('scores a row by its weakest join, 0 when only one sheet has the item', () => {
    expect(comparison.rows[0].score).toBe(1);
    expect(comparison.rows[2].score).toBeGreaterThan(0.3);
    expect(comparison.rows[2].score).toBeLessThan(1);
    expect(comparison.rows[5].score).toBe(0);
  });

  it("keeps the cell's number, status, mark, answer and line", () => {
    expect(comparison.rows[4].cells[2]).toEqual({
      number: 'D',
      status: 'not_applicable',
      mark: '-',
      answer: '対象外',
      line: 8
    });
  });

  it('labels columns by the given labels, else the sheet titles', () => {
    expect(comparison.labels).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(compareChecksheets([alpha, beta, gamma], ['A社', '', 'C社']).labels).toEqual([
      'A社',
      'Beta',
      'C社'
    ]);
    const untitled = { ...alpha, title: '' };
    const nameless = { ...beta, title: '', fileName: '' };
    expect(compareChecksheets([untitled, nameless]).labels).toEqual(['alpha.txt', 'Sheet 2']);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });
});

describe('compareChecksheets edge cases', () => {
  it('refuses fewer than two sheets with a clear message', () => {
    expect(() => compareChecksheets([alpha])).toThrow(
      'Comparing needs at least two checksheets; 1 given.'
    );
  });

  it('calls every row the same when a sheet is compared with itself', () => {
    const comparison = compareChecksheets([alpha, alpha]);
    expect(comparison.summary).toEqual({
      rows: 4,
      same: 4,
      status: 0,
      answer: 0,
      missing: 0
    });
  });

  it('puts items that precede every paired item first, and gives repeated questions distinct keys', () => {
    const first = sheet('First', [['1', '暗号化していること。', '○', '']]);
    const second = sheet('Second', [
      ['0', '委託先を監督していること。', '○', ''],
      ['1', '暗号化していること。', '○', ''],
      ['2', '暗号化していること。', '○', '']
    ]);
    const comparison = compareChecksheets([first, second]);
    expect(comparison.rows.map((row) => numbers(row.cells))).toEqual([
      [null, '0'],
      ['1', '1'],
      [null, '2']
    ]);
    expect(comparison.rows.map((row) => row.key)).toEqual([
      '委託先を監督していること',
      '暗号化していること',
      '暗号化していること~2'
    ]);
  });

  it("keys a row without question text as 'row'", () => {
    const blank = sheet('Blank', [['1', '', '○', '']]);
    expect(compareChecksheets([blank, blank]).rows.map((row) => row.key)).toEqual(['row', 'row~2']);
  });
});

describe('classify', () => {
  const cell = (status: ComparisonCell['status'], answer: string): ComparisonCell => ({
    number: '1',
    status,
    mark: '',
    answer,
    line: 1
  });

  it('ranks missing over status over answer', () => {
    expect(classify([cell('implemented', 'a'), null])).toBe('missing');
    expect(classify([cell('implemented', 'a'), cell('partial', 'b')])).toBe('status');
    expect(classify([cell('implemented', 'a'), cell('implemented', 'b')])).toBe('answer');
    expect(classify([cell('implemented', 'ａ 。'), cell('implemented', 'a')])).toBe('same');
  });
});
