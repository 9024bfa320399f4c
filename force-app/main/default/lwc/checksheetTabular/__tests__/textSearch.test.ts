import fc from 'fast-check';
import { PlainStretches, readCell } from '../cells';
import { DelimitedReader } from '../delimited';
import { NextMatch, NextNonSpace, NextOccurrence } from '../textSearch';

describe('NextOccurrence', () => {
  it('finds the next occurrence at or after each offset, and the length when there is none', () => {
    const next = new NextOccurrence('a\tb\t\tc', '\t');
    expect([0, 1, 2, 3, 4, 5, 6].map((from) => next.from(from))).toEqual([1, 1, 3, 3, 4, 6, 6]);
  });

  it('answers like indexOf for any forward-moving offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\t', '\n', '項') }),
        fc.array(fc.nat(40), { maxLength: 20 }),
        (text, steps) => {
          const next = new NextOccurrence(text, '\t');
          let from = 0;
          for (const step of steps) {
            from = Math.min(from + step, text.length);
            const index = text.indexOf('\t', from);
            expect(next.from(from)).toBe(index < 0 ? text.length : index);
          }
        }
      )
    );
  });
});

describe('NextMatch', () => {
  it('skips the candidates it does not accept', () => {
    const vowels = new NextMatch('xaybzc', /[a-z]/g, (character) => 'abc'.includes(character));
    expect(vowels.from(0)).toBe(1);
    expect(vowels.from(2)).toBe(3);
    expect(vowels.from(4)).toBe(5);
    expect(vowels.from(6)).toBe(6);
  });
});

describe('NextNonSpace', () => {
  it('finds the next character that is not white space, as \\S does', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0', '\ufeff', 'a', '項', '○')
        }),
        fc.array(fc.nat(10), { maxLength: 20 }),
        (text, steps) => {
          const next = new NextNonSpace(text);
          let from = 0;
          for (const step of steps) {
            from = Math.min(from + step, text.length);
            const found = /\S/.exec(text.slice(from));
            expect(next.from(from)).toBe(found === null ? text.length : from + found.index);
          }
        }
      )
    );
  });
});

/** Text with every kind of character a cell may need more than trimming for. */
const tricky = fc.string({
  unit: fc.constantFrom(
    'a',
    '項',
    ' ',
    '\t',
    '\n',
    '\r',
    '"',
    '<',
    '&',
    '\u00a0',
    '\u1680',
    '\u2003',
    '\u200b',
    '\u2010',
    '\u202f',
    '\u205f',
    '\u2060',
    '\ufeff',
    '\u3000',
    '×',
    '※'
  )
});

describe('PlainStretches', () => {
  it('calls a record plain only when trimming reads every cell as readCell does', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const records = new DelimitedReader(text, '\t');
        const stretches = new PlainStretches(text);
        for (let record = records.next(); record; record = records.next()) {
          if (record.quoted || !stretches.isPlain(record.start, record.end)) continue;
          for (const cell of record.cells) {
            expect(readCell(cell)).toEqual({ text: cell.trim(), list: false });
          }
        }
      }),
      { numRuns: 500 }
    );
  });

  it('finds markup and odd spaces, and lets other punctuation through', () => {
    const text = 'plain ※ × ‐ text|R&D|<b>x</b>|a\u00a0b|a\u200bb|end';
    const stretches = new PlainStretches(text);
    const spans = text.split('|');
    let offset = 0;
    const plain = spans.map((span) => {
      const result = stretches.isPlain(offset, offset + span.length);
      offset += span.length + 1;
      return result;
    });
    expect(plain).toEqual([true, false, false, false, false, true]);
  });
});

describe('DelimitedReader', () => {
  it('says which records had a quoted field', () => {
    const reader = new DelimitedReader('a,b\n"c,d",e\nf,say "hi"\n', ',');
    const quoted: boolean[] = [];
    for (let record = reader.next(); record; record = reader.next()) quoted.push(record.quoted);
    expect(quoted).toEqual([false, true, false]);
  });
});
