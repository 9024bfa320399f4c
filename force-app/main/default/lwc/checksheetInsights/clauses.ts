/**
 * Clauses and sentences of an answer, by character position: the evidence of a find is the
 * clause around it, and a vendor's action counts only in a clause that names nobody else.
 * Characters are compared as codes through a table: `charAt` on Japanese text would allocate a
 * string per character.
 */

const CLAUSE_END = 1;
const SENTENCE_END = 2;
const OPENING = 4;
const CLOSING = 8;
const LEADING_NOISE = 16;
const TRAILING_NOISE = 32;

/** What each UTF-16 unit is, as the bits above. */
const KINDS = new Uint8Array(0x10000);

function mark(characters: string, kind: number): void {
  for (let index = 0; index < characters.length; index += 1) {
    KINDS[characters.charCodeAt(index)] |= kind;
  }
}

mark('。、，,;；！？!?\n※・', CLAUSE_END);
mark('。！？!?\n', SENTENCE_END);
mark('（(「『【［[', OPENING);
mark('）)」』】］]', CLOSING);
mark(' \t\n\r\u3000○◯〇●・', LEADING_NOISE);
mark(' \t\n\r\u3000', TRAILING_NOISE);

const FULL_STOP = 0x2e;

/** True for the white space an answer uses (ASCII and the ideographic space). */
export function isSpace(code: number): boolean {
  return (KINDS[code] & TRAILING_NOISE) !== 0;
}

/** Whether text[index] ends a clause; an English full stop only when a space or the end follows. */
export function endsClause(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((KINDS[code] & CLAUSE_END) !== 0) return true;
  return code === FULL_STOP && (index + 1 === text.length || isSpace(text.charCodeAt(index + 1)));
}

/**
 * The clause around text[start, end): from the clause end before it to the one after it, less
 * white space and list markers. Clause ends inside brackets do not count
 * ("Xをプラットフォーム（…動作する、…）としています" is one clause).
 */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  let depth = 0;
  while (from > 0) {
    const kind = KINDS[text.charCodeAt(from - 1)];
    if ((kind & CLOSING) !== 0) depth += 1;
    else if ((kind & OPENING) !== 0) depth = Math.max(0, depth - 1);
    else if (depth === 0 && endsClause(text, from - 1)) break;
    from -= 1;
  }
  let to = Math.max(end, start + 1);
  depth = 0;
  while (to < text.length) {
    const kind = KINDS[text.charCodeAt(to)];
    if ((kind & OPENING) !== 0) depth += 1;
    else if ((kind & CLOSING) !== 0) depth = Math.max(0, depth - 1);
    else if (depth === 0 && endsClause(text, to)) break;
    to += 1;
  }
  while (from < to && (KINDS[text.charCodeAt(from)] & LEADING_NOISE) !== 0) from += 1;
  while (to > from && (KINDS[text.charCodeAt(to - 1)] & TRAILING_NOISE) !== 0) to -= 1;
  return [from, to];
}

/** Where the sentence holding text[index] begins (an English full stop is left out: "cybozu.com"). */
export function sentenceStart(text: string, index: number): number {
  let from = index;
  while (from > 0 && (KINDS[text.charCodeAt(from - 1)] & SENTENCE_END) === 0) from -= 1;
  return from;
}

/** End of a question's text, less closing punctuation and white space. */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (
    end > 0 &&
    (endsClause(text, end - 1) ||
      isSpace(text.charCodeAt(end - 1)) ||
      text.charCodeAt(end - 1) === FULL_STOP)
  ) {
    end -= 1;
  }
  return end;
}
