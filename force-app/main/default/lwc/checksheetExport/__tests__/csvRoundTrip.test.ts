import fc from 'fast-check';
import { BOM, neutralizeFormula, toCsv } from 'c/checksheetExport';
import { tokenizeDelimited } from 'c/checksheetTabular';

/** Characters that exercise quoting, line breaks, formulas and Japanese text. */
const CHARS = [
  'a',
  'Z',
  '1',
  ' ',
  ',',
  '"',
  '\r',
  '\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  "'",
  '○',
  '△',
  '×',
  '項',
  '番',
  '𠮷',
  '\u3000'
];

const cell = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((chars) => chars.join(''));
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
  maxLength: 6
});

function readBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return tokenizeDelimited(csv.slice(BOM.length), ',').map((r) => r.cells);
}

describe('toCsv round trip through the CSV reader', () => {
  it('gives back every row, with formula cells neutralised and nothing else changed', () => {
    fc.assert(
      fc.property(rows, (table) => {
        expect(readBack(toCsv(table))).toEqual(table.map((row) => row.map(neutralizeFormula)));
      }),
      { numRuns: 500 }
    );
  });

  it('gives back rows whose cells start with no formula character unchanged', () => {
    const safeCell = cell.filter((text) => !/^[=+\-@\t\r]/.test(text));
    fc.assert(
      fc.property(
        fc.array(fc.array(safeCell, { minLength: 1, maxLength: 5 }), {
          maxLength: 6
        }),
        (table) => {
          expect(readBack(toCsv(table))).toEqual(table);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("reads the neutralised text back for formula cells, and a lone '-' as itself", () => {
    expect(readBack(toCsv([['=1+2', '-', '-1', '@x']]))).toEqual([["'=1+2", '-', "'-1", "'@x"]]);
  });
});
