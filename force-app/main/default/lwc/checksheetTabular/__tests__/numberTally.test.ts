import fc from 'fast-check';
import { NumberTally, precedes } from '../numberTally';

/** The tally as it was: every number looked up in a map. */
function repeatsByMap(numbers: readonly string[]): Map<string, number[]> {
  const first = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  numbers.forEach((number, line) => {
    const seen = first.get(number);
    if (seen === undefined) first.set(number, line);
    else repeats.set(number, [...(repeats.get(number) ?? [seen]), line]);
  });
  return repeats;
}

const itemNumber = fc
  .array(fc.constantFrom('1', '2', '10', '01', '0', '-', '.', 'A', 'a', '&', '‐'), {
    minLength: 1,
    maxLength: 5
  })
  .map((parts) => parts.join(''));

describe('NumberTally', () => {
  it('finds the repeated numbers and their lines whatever their order', () => {
    fc.assert(
      fc.property(fc.array(itemNumber, { maxLength: 40 }), fc.boolean(), (numbers, sort) => {
        const list = sort ? [...numbers].sort((a, b) => (precedes(a, b) ? -1 : 1)) : numbers;
        const tally = new NumberTally();
        list.forEach((number, line) => tally.add(number, line));
        expect([...tally.repeated()]).toEqual([...repeatsByMap(list)]);
      }),
      { numRuns: 2000 }
    );
  });

  it('orders numbers naturally and totally: only equal texts are equal', () => {
    expect(precedes('1-2', '1-10')).toBe(true);
    expect(precedes('1-10', '2-1')).toBe(true);
    expect(precedes('1', '01')).toBe(true);
    expect(precedes('A.5', 'A.5.1')).toBe(true);
    fc.assert(
      fc.property(itemNumber, itemNumber, itemNumber, (a, b, c) => {
        expect(precedes(a, a)).toBe(false);
        // Total: of two different texts exactly one comes first; transitive.
        expect(a === b || precedes(a, b) !== precedes(b, a)).toBe(true);
        expect(!(precedes(a, b) && precedes(b, c)) || precedes(a, c)).toBe(true);
      }),
      { numRuns: 5000 }
    );
  });

  it('orders as the runs compared one by one from the start (digits by value, then length)', () => {
    /** The order as documented, run by run from the first character. */
    function byRuns(a: string, b: string): boolean {
      const runs = (text: string) => text.match(/\d+|\D/g) ?? [];
      const x = runs(a);
      const y = runs(b);
      for (let k = 0; k < Math.min(x.length, y.length); k += 1) {
        const p = x[k];
        const q = y[k];
        if (p === q) continue;
        const pDigits = /\d/.test(p);
        const qDigits = /\d/.test(q);
        if (pDigits !== qDigits) return pDigits;
        if (!pDigits) return p < q;
        const pValue = BigInt(p);
        const qValue = BigInt(q);
        return pValue === qValue ? p.length < q.length : pValue < qValue;
      }
      return x.length < y.length;
    }
    expect(precedes('2-13-4', '2-13-5')).toBe(true);
    expect(precedes('2-19', '2-100')).toBe(true);
    expect(precedes('2-100', '2-19')).toBe(false);
    expect(precedes('1-09', '1-1')).toBe(false);
    fc.assert(
      fc.property(itemNumber, itemNumber, (a, b) => {
        expect(precedes(a, b)).toBe(byRuns(a, b));
        expect(precedes(`7-${a}`, `7-${b}`)).toBe(byRuns(a, b));
      }),
      { numRuns: 5000 }
    );
  });
});
