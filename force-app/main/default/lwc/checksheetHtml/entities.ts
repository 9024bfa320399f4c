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

const REFERENCE = /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

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

/** The text with its character references decoded; NBSP-like references become plain spaces. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(REFERENCE, decodeReference);
}

/** True when the text holds a character reference this module decodes. */
export function containsEntity(text: string): boolean {
  REFERENCE.lastIndex = 0;
  let match = REFERENCE.exec(text);
  while (match !== null) {
    if (decodeReference(match[0], match[1]) !== match[0]) return true;
    match = REFERENCE.exec(text);
  }
  return false;
}
