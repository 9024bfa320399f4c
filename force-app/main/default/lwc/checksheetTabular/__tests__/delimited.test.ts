import fc from 'fast-check';
import { tokenizeDelimited } from 'c/checksheetTabular';

const cellsOf = (text: string, delimiter: ',' | '\t') =>
  tokenizeDelimited(text, delimiter).map((record) => record.cells);

describe('tokenizeDelimited', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    const csv =
      'No,Question,Answer\r\n1,"Encrypted at rest, in transit?",Yes\r\n2,"The ""zero trust"" model",No\r\n3,"line one\r\nline two",\r\n';
    expect(tokenizeDelimited(csv, ',')).toEqual([
      { cells: ['No', 'Question', 'Answer'], line: 1 },
      { cells: ['1', 'Encrypted at rest, in transit?', 'Yes'], line: 2 },
      { cells: ['2', 'The "zero trust" model', 'No'], line: 3 },
      { cells: ['3', 'line one\r\nline two', ''], line: 4 }
    ]);
  });

  it('numbers records by the line they start on, counting breaks inside quotes', () => {
    const tsv = 'a\t"x\ny\nz"\nb\tc\n\nd\r\ne\rf';
    expect(tokenizeDelimited(tsv, '\t').map((record) => record.line)).toEqual([1, 4, 5, 6, 7, 8]);
  });

  it('reads an Excel clipboard paste: trailing tabs, quoted cells with line breaks', () => {
    expect(cellsOf('AC-2\tMFA\t"Enforced with:\n""Authenticator"" app"\t\t\n', '\t')).toEqual([
      ['AC-2', 'MFA', 'Enforced with:\n"Authenticator" app', '', '']
    ]);
  });

  it('treats an empty line as a record of one empty cell and the last line break as optional', () => {
    expect(cellsOf('a,b\n\nc,d', ',')).toEqual([['a', 'b'], [''], ['c', 'd']]);
    expect(cellsOf('a,b\n', ',')).toEqual([['a', 'b']]);
    expect(cellsOf('a,', ',')).toEqual([['a', '']]);
    expect(cellsOf('', ',')).toEqual([]);
  });

  it('skips a byte-order mark', () => {
    expect(cellsOf('\uFEFFNo,Question', ',')).toEqual([['No', 'Question']]);
  });

  it('reads quotes that do not follow RFC 4180 as written', () => {
    expect(cellsOf('1\t"SaaS" とは\t○\n2\t"unclosed\t×', '\t')).toEqual([
      ['1', '"SaaS" とは', '○'],
      ['2', '"unclosed', '×']
    ]);
    expect(cellsOf('say "hi",x', ',')).toEqual([['say "hi"', 'x']]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('"', ',', '\t', '\r', '\n', 'a', '○', ' ')
        }),
        fc.constantFrom<',' | '\t'>(',', '\t'),
        (text, delimiter) => {
          const records = tokenizeDelimited(text, delimiter);
          for (const record of records) {
            expect(record.cells.length).toBeGreaterThan(0);
          }
        }
      )
    );
  });

  it('gives back every grid written with RFC 4180 quoting', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '1', ' ', ',', '\t', '"', '\r', '\n', '\r\n', '項', '○', '𠮷')
    });
    const write = (
      grid: string[][],
      delimiter: ',' | '\t',
      lineBreak: string,
      finalBreak: boolean
    ): string => {
      const quote = (text: string): string => {
        const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
        return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
      };
      const records = grid.map((row): string => {
        if (row.length === 1 && row[0] === '') return '""';
        return row.map(quote).join(delimiter);
      });
      return records.join(lineBreak) + (finalBreak && grid.length > 0 ? lineBreak : '');
    };
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
          maxLength: 8
        }),
        fc.constantFrom<',' | '\t'>(',', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        (grid, delimiter, lineBreak, finalBreak) => {
          const text = write(grid, delimiter, lineBreak, finalBreak);
          expect(cellsOf(text, delimiter)).toEqual(grid);
        }
      ),
      { numRuns: 500 }
    );
  });
});
