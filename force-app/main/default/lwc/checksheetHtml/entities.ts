/**
 * HTML character references as vendors' exports write them: the five XML ones, &nbsp;, a few
 * typographic ones, and numeric references (&#39; &#x2713;). Unknown names stay as written.
 */

const NAMED_LIST: ReadonlyArray<[string, string]> = Object.entries({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  deg: '°',
  sect: '§',
  para: '¶',
  yen: '¥',
  euro: '€',
  pound: '£',
  cent: '¢',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  check: '✓',
  cross: '✗'
});

/** A Map, so that names like "constructor" never reach Object.prototype. */
const NAMED: ReadonlyMap<string, string> = new Map(NAMED_LIST);

/** U+FFFD for references that name no character (&#0;, surrogates, beyond U+10FFFF). */
const REPLACEMENT = '\uFFFD';

function fromCodePoint(code: number): string {
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return REPLACEMENT;
  }
  return String.fromCodePoint(code);
}

function decodeReference(whole: string, body: string): string {
  if (body.charAt(0) === '#') {
    const hex = body.charAt(1) === 'x' || body.charAt(1) === 'X';
    return fromCodePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
  }
  const named = NAMED.get(body) ?? NAMED.get(body.toLowerCase());
  return named === undefined ? whole : named;
}

const SEMICOLON = 0x3b;
const HASH = 0x23;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code);
}

/** Index of the first character from `from` on (at most `max` of them) that `test` refuses. */
function runEnd(text: string, from: number, max: number, test: (code: number) => boolean): number {
  const limit = Math.min(text.length, from + max + 1);
  let index = from;
  while (index < limit && test(text.charCodeAt(index))) index += 1;
  return index;
}

/**
 * Index just after the character reference whose `&` is at `at`, or -1 when none starts there:
 * `&#x` and 1–8 hex digits, `&#` and 1–9 digits, or `&`, a letter and 1–31 letters or digits, then
 * `;`. Read by hand, front to back: a regular expression with a replacement callback allocated a
 * match and a string for every reference, and a cell of 200,000 of them took the collector's time.
 */
function referenceEnd(text: string, at: number): number {
  const first = text.charCodeAt(at + 1);
  let start: number;
  let end: number;
  if (first === HASH) {
    const x = text.charCodeAt(at + 2);
    const hex = x === 0x78 || x === 0x58;
    start = hex ? at + 3 : at + 2;
    end = hex ? runEnd(text, start, 8, isHexDigit) : runEnd(text, start, 9, isDigit);
    if (end - start > (hex ? 8 : 9)) return -1;
  } else {
    if (!isAsciiLetter(first)) return -1;
    start = at + 1;
    end = runEnd(text, start, 32, isAsciiAlphanumeric);
    if (end - start > 32) return -1;
    start += 1; // the letter, then 1–31 more
  }
  if (end === start || text.charCodeAt(end) !== SEMICOLON) return -1;
  return end + 1;
}

/** The text with its character references decoded; NBSP-like references become plain spaces. */
export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = '';
  let copied = 0;
  while (at >= 0) {
    const end = referenceEnd(text, at);
    if (end < 0) {
      at = text.indexOf('&', at + 1);
      continue;
    }
    const whole = text.slice(at, end);
    const decoded = decodeReference(whole, whole.slice(1, -1));
    if (decoded !== whole) {
      out += text.slice(copied, at) + decoded;
      copied = end;
    }
    at = text.indexOf('&', end);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** True when the text holds a character reference this module decodes. */
export function containsEntity(text: string): boolean {
  for (let at = text.indexOf('&'); at >= 0;) {
    const end = referenceEnd(text, at);
    if (end < 0) {
      at = text.indexOf('&', at + 1);
      continue;
    }
    const whole = text.slice(at, end);
    if (decodeReference(whole, whole.slice(1, -1)) !== whole) return true;
    at = text.indexOf('&', end);
  }
  return false;
}
