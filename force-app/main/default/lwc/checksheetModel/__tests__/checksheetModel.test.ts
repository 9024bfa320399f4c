import { ChecksheetReadError, LineLedger } from 'c/checksheetModel';

describe('LineLedger', () => {
  it('counts each line once per destination', () => {
    const ledger = new LineLedger();
    ledger.record(1, 'preamble');
    ledger.record(2, 'preamble');
    ledger.record(4, 'section');
    ledger.record(5, 'item');
    ledger.record(5, 'item');
    ledger.record(6, 'revision');
    ledger.record(7, 'diagnostic');
    expect(ledger.has(5)).toBe(true);
    expect(ledger.has(3)).toBe(false);
    expect(ledger.destinationOf(4)).toBe('section');
    expect(ledger.accounting(6)).toEqual({
      total: 6,
      accounted: 6,
      items: 1,
      sections: 1,
      preamble: 2,
      revisions: 1,
      diagnostics: 1
    });
  });

  it('keeps the books on large and sparse line numbers', () => {
    const ledger = new LineLedger();
    for (let line = 1; line <= 5000; line += 1) ledger.record(line, 'item');
    ledger.record(1_048_576, 'preamble');
    expect(ledger.destinationOf(5000)).toBe('item');
    expect(ledger.destinationOf(5001)).toBeUndefined();
    expect(ledger.destinationOf(2_000_000)).toBeUndefined();
    expect(ledger.has(1_048_576)).toBe(true);
    expect(ledger.accounting(5001)).toMatchObject({ accounted: 5001, items: 5000, preamble: 1 });
  });

  it('refuses what is not a line number', () => {
    const ledger = new LineLedger();
    expect(() => ledger.record(-1, 'item')).toThrow('line -1 is not a line number');
    expect(() => ledger.record(1.5, 'item')).toThrow('line 1.5 is not a line number');
    expect(ledger.has(1.5)).toBe(false);
    expect(ledger.accounting(0).accounted).toBe(0);
  });

  it('refuses to book one line in two places', () => {
    const ledger = new LineLedger();
    ledger.record(9, 'item');
    expect(() => ledger.record(9, 'preamble')).toThrow(
      'line 9 accounted twice: as item and as preamble'
    );
  });
});

describe('ChecksheetReadError', () => {
  it('names the file and the line', () => {
    expect(new ChecksheetReadError('a.csv', 'bad quote', 12).message).toBe('a.csv:12: bad quote');
    expect(new ChecksheetReadError('a.pdf', 'looks like a binary file').message).toBe(
      'a.pdf: looks like a binary file'
    );
    expect(new ChecksheetReadError('', 'empty', 3).message).toBe('line 3: empty');
    expect(new ChecksheetReadError('', 'empty').message).toBe('empty');
    const error = new ChecksheetReadError('x.txt', 'm', 2);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ChecksheetReadError');
    expect(error.fileName).toBe('x.txt');
    expect(error.line).toBe(2);
    expect(error.reason).toBe('m');
  });
});
