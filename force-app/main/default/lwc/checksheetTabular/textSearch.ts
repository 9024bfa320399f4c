/**
 * Searching a text front to back for the next place where something occurs, from offsets that
 * only move forward (a reader going through a document). Each result is remembered until the
 * reader passes it, so every part of the text is searched at most once.
 */

/** The next occurrence of one character, found with `indexOf` (a fast native search). */
export class NextOccurrence {
  private readonly text: string;
  private readonly character: string;
  private found = -1;

  constructor(text: string, character: string) {
    this.text = text;
    this.character = character;
  }

  /** The first occurrence at or after `from`, or the text's length when there is none. */
  from(from: number): number {
    if (this.found < from) {
      const index = this.text.indexOf(this.character, from);
      this.found = index < 0 ? this.text.length : index;
    }
    return this.found;
  }
}

/**
 * The next character matched by `candidates` (a global regular expression of one character
 * class, without the `u` flag: each match is one UTF-16 code unit) that `accept` accepts. A wide class with few ranges is searched faster than a precise
 * one with many: the precise test then runs only on the few candidates found.
 */
export class NextMatch {
  private readonly text: string;
  private readonly candidates: RegExp;
  private readonly accept: (character: string) => boolean;
  private found = -1;

  constructor(text: string, candidates: RegExp, accept: (character: string) => boolean) {
    this.text = text;
    this.candidates = candidates;
    this.accept = accept;
  }

  /** The first accepted match at or after `from`, or the text's length when there is none. */
  from(from: number): number {
    if (this.found >= from) return this.found;
    const { candidates, text } = this;
    candidates.lastIndex = from;
    // `test` rather than `exec`: no match array; the match is the one character before lastIndex.
    while (candidates.test(text)) {
      const index = candidates.lastIndex - 1;
      if (this.accept(text.charAt(index))) {
        this.found = index;
        return index;
      }
    }
    this.found = text.length;
    return this.found;
  }
}

const NON_SPACE = /\S/g;

/**
 * Characters that are never white space (as `\S` and `trim` see it): printable ASCII, and
 * U+3001 to U+FEFE (kana, kanji, full-width forms).
 */
export function isSurelyNotSpace(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code > 0x3000 && code < 0xfeff);
}

/**
 * The next character that is not white space. A line opening with a digit, a letter or a kanji
 * is decided by its first character; otherwise one regular-expression search, whose result is
 * remembered, so that a run of blank lines is scanned once, not once per line.
 */
export class NextNonSpace {
  private readonly text: string;
  private found = -1;

  constructor(text: string) {
    this.text = text;
  }

  /** The first character at or after `from` that is not white space, or the text's length. */
  from(from: number): number {
    if (this.found < from) {
      if (isSurelyNotSpace(this.text.charCodeAt(from))) {
        this.found = from;
      } else {
        NON_SPACE.lastIndex = from;
        const match = NON_SPACE.exec(this.text);
        this.found = match === null ? this.text.length : match.index;
      }
    }
    return this.found;
  }
}
