/**
 * One cell of a checksheet row as text a reviewer reads, and the shapes of the numbers in it
 * ("6-7", "2.13", "A&A-01.1") and of section headings ("2-1 内部組織").
 */
import { containsHtml, htmlToText } from 'c/checksheetHtml';
import { normalizeSpaces } from 'c/checksheetText';
import { NextMatch, NextOccurrence } from './textSearch';

export interface Cell {
  /** Plain text: HTML converted, line endings LF, ends trimmed. */
  text: string;
  /** The cell was an HTML list: each line was an `<li>`. */
  list: boolean;
}

export const EMPTY_CELL: Cell = { text: '', list: false };

const LIST_ITEM = /<li[\s>]/i;

/**
 * Characters that send a cell down the slow path: markup (`<`, `&`), carriage returns, and the
 * spaces `normalizeSpaces` replaces or removes. Most cells have none and are only trimmed.
 */
const SPECIAL = /[\r<&\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\ufeff]/;
/** The spaces among SPECIAL's characters lie in these two ranges, searched for faster. */
const SPACE_CANDIDATES = /[\u00a0-\u2060\ufeff]/g;

/** The cell as plain text. */
export function readCell(raw: string | undefined): Cell {
  if (raw === undefined || raw === '') return EMPTY_CELL;
  if (!SPECIAL.test(raw)) {
    const text = raw.trim();
    return text === '' ? EMPTY_CELL : { text, list: false };
  }
  if (containsHtml(raw)) {
    return {
      text: normalizeSpaces(htmlToText(raw)),
      list: LIST_ITEM.test(raw)
    };
  }
  const text = normalizeSpaces(raw.replace(/\r\n?/g, '\n'));
  return text === '' ? EMPTY_CELL : { text, list: false };
}

function isSpecial(character: string): boolean {
  return SPECIAL.test(character);
}

/**
 * Finds the stretches of a text whose cells `readCell` would only trim, by searching the text
 * once for SPECIAL's characters (markup with `indexOf`, odd spaces by their ranges) instead of
 * testing every cell. Carriage returns are not searched for: in delimited text they end lines,
 * and a cell holds one only inside a quoted field, which the caller checks itself.
 */
export class PlainStretches {
  private readonly lessThan: NextOccurrence;
  private readonly ampersand: NextOccurrence;
  private readonly space: NextMatch;

  constructor(text: string) {
    this.lessThan = new NextOccurrence(text, '<');
    this.ampersand = new NextOccurrence(text, '&');
    this.space = new NextMatch(text, SPACE_CANDIDATES, isSpecial);
  }

  /** True when text[start, end) holds none of SPECIAL's characters but carriage returns. */
  isPlain(start: number, end: number): boolean {
    return (
      this.lessThan.from(start) >= end &&
      this.ampersand.from(start) >= end &&
      this.space.from(start) >= end
    );
  }
}

/**
 * What a spreadsheet reads as the start of a formula. Exporters that guard CSV files against
 * formula injection (OWASP "CSV Injection"), our own export among them, put an apostrophe first.
 */
const FORMULA_STARTS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);
const APOSTROPHE = 39;

/**
 * Takes off the apostrophe an exporter put before formula-like text ("'-" + "対象外です" →
 * "-対象外です"), in place, so that a CSV written by such an exporter reads as it was written.
 */
export function removeFormulaGuards(cells: string[]): void {
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    if (cell.charCodeAt(0) === APOSTROPHE && FORMULA_STARTS.has(cell.charAt(1))) {
      cells[index] = cell.slice(1);
    }
  }
}

/** 項番 shapes: "1", "6-7", "2.13", "1.", "A.5.1", "A&A-01.1", "AIS-04", "Q12", "第3章". */
const ITEM_NUMBER =
  /^(?:(?:[A-Za-z]{1,6}(?:&[A-Za-z]{1,6})?[-.]?)?\d{1,4}(?:[-.‐]\d{1,4})*[a-z]?\.?|第\d{1,3}[章節部条])$/;

/** True when the text is an item or section number and nothing else. */
export function looksLikeItemNumber(text: string): boolean {
  if (text.length > 24) return false;
  return ITEM_NUMBER.test(/^[\x21-\x7e]*$/.test(text) ? text : text.normalize('NFKC'));
}

/** "2-1 内部組織" → number "2-1", title "内部組織"; undefined when the text does not open with a number. */
export function splitSectionHeading(text: string): { number: string; title: string } | undefined {
  const match = /^(\S+)[\s\u3000]+(\S[\s\S]*)$/.exec(text);
  if (match === null || !looksLikeItemNumber(match[1])) return undefined;
  return { number: match[1], title: match[2].trim() };
}

/** True when `child` is numbered under `parent` ("2-1-3" under "2-1", "A&A-01.1" under "A&A-01"). */
export function isNumberedUnder(child: string, parent: string): boolean {
  const a = child.normalize('NFKC');
  const b = parent.normalize('NFKC').replace(/\.$/, '');
  if (b === '' || a.length <= b.length + 1 || !a.startsWith(b)) return false;
  const separator = a.charAt(b.length);
  return separator === '-' || separator === '.' || separator === '‐';
}

/** "40", "40 and 52", "40, 52 and 60", "40, 52, 60, 61, 62 and 7 more". */
export function formatLines(lines: readonly number[], shown = 5): string {
  if (lines.length <= 1) return lines.join('');
  if (lines.length > shown) {
    return `${lines.slice(0, shown).join(', ')} and ${lines.length - shown} more`;
  }
  return `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
}

/** A text shortened for a message: one line, at most `max` characters. */
export function excerpt(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
