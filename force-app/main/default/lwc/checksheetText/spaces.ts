/**
 * Whitespace as vendors type it: NBSP from word processors, ideographic spaces (U+3000) in
 * Japanese text, zero-width characters from web pages, full-width digits in numbers.
 */

/** Spaces other than U+0020 and U+3000 that word processors and web pages leave in text. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const FULL_WIDTH_DIGITS = /[\uff10-\uff19]/g;

/**
 * NBSP and similar spaces become ordinary spaces, zero-width characters go, and the ends are
 * trimmed (including U+3000). Ideographic spaces inside the text are kept as written.
 */
export function normalizeSpaces(text: string): string {
  return text.replace(ODD_SPACES, ' ').replace(ZERO_WIDTH, '').trim();
}

/** Full-width digits (０-９) as ASCII digits; everything else unchanged. */
export function toAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - 0xfee0)
  );
}

/** Runs of two or more asterisks or underscores: the markdown emphasis marks `**` and `__`. */
const EMPHASIS_RUNS = /\*{2,}|_{2,}/g;

function oddMark(run: string): string {
  return run.length % 2 === 1 ? run.charAt(0) : '';
}

/**
 * The text without its markdown bold marks: what `text.replace(/\*\*|__/g, '')` gives (each
 * run of asterisks or underscores loses its pairs, an odd one keeps one), with one match per run
 * instead of one per pair (a line of a million asterisks is one match, not half a million).
 */
export function removeBoldMarks(text: string): string {
  if (text.indexOf('**') < 0 && text.indexOf('__') < 0) return text;
  return text.replace(EMPHASIS_RUNS, oddMark);
}
