/**
 * Which item numbers a table writes more than once, and on which lines.
 *
 * Most tables number their items in increasing order ("1-1", "1-2", …, "1-10", "2-1"): while each
 * number comes after the one before it in the order of `precedes` (a total order, so that such
 * numbers are all distinct), nothing is looked up; the first number out of order puts them all in
 * a map, which takes every number from then on. Two map operations per item were a tenth of the
 * time of reading a 5,000-item sheet.
 */
export class NumberTally {
  private readonly firstLines = new Map<string, number>();
  private readonly repeats = new Map<string, number[]>();
  /** The numbers added, in order, while each follows the one before it (see `precedes`). */
  private readonly ordered: string[] = [];
  private readonly orderedLines: number[] = [];
  private inOrder = true;

  /** Notes that `number` is written on `line`. */
  add(number: string, line: number): void {
    if (this.inOrder) {
      const { ordered } = this;
      if (ordered.length === 0 || precedes(ordered[ordered.length - 1], number)) {
        ordered.push(number);
        this.orderedLines.push(line);
        return;
      }
      this.inOrder = false;
      ordered.forEach((earlier, index) => this.firstLines.set(earlier, this.orderedLines[index]));
      ordered.length = 0;
      this.orderedLines.length = 0;
    }
    const first = this.firstLines.get(number);
    if (first === undefined) {
      this.firstLines.set(number, line);
      return;
    }
    const lines = this.repeats.get(number) ?? [first];
    lines.push(line);
    this.repeats.set(number, lines);
  }

  /** Numbers written more than once, with all their lines, in the order of their first repeat. */
  repeated(): ReadonlyMap<string, readonly number[]> {
    return this.repeats;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** End of the run of ASCII digits from `from`. */
function digitsEnd(text: string, from: number): number {
  let index = from;
  while (index < text.length && isDigit(text.charCodeAt(index))) index += 1;
  return index;
}

/** First index of text[from, end) that is not a leading zero (the last digit stays). */
function afterZeros(text: string, from: number, end: number): number {
  let index = from;
  while (index < end - 1 && text.charCodeAt(index) === 0x30) index += 1;
  return index;
}

/**
 * True when `a` comes strictly before `b` in the natural order of item numbers: both read as runs
 * of digits and single other characters, compared run by run; runs of digits by their value
 * (then by their length: "01" after "1"), before any other character; other characters by their
 * code. A total order (the lexicographic order of the runs), in which only equal texts are equal.
 */
export function precedes(a: string, b: string): boolean {
  // The runs before the first character that differs are the same in both texts ("2-13-4" and
  // "2-13-5" differ in their last run only): the comparison starts at the run holding it.
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start += 1;
  while (start > 0 && isDigit(a.charCodeAt(start - 1))) start -= 1;
  let i = start;
  let j = start;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    const xDigit = isDigit(x);
    const yDigit = isDigit(y);
    if (xDigit && yDigit) {
      const xEnd = digitsEnd(a, i);
      const yEnd = digitsEnd(b, j);
      const xStart = afterZeros(a, i, xEnd);
      const yStart = afterZeros(b, j, yEnd);
      if (xEnd - xStart !== yEnd - yStart) return xEnd - xStart < yEnd - yStart;
      for (let k = 0; k < xEnd - xStart; k += 1) {
        const p = a.charCodeAt(xStart + k);
        const q = b.charCodeAt(yStart + k);
        if (p !== q) return p < q;
      }
      if (xEnd - i !== yEnd - j) return xEnd - i < yEnd - j;
      i = xEnd;
      j = yEnd;
    } else if (xDigit !== yDigit) {
      return xDigit;
    } else {
      if (x !== y) return x < y;
      i += 1;
      j += 1;
    }
  }
  return i >= a.length && j < b.length;
}
