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
