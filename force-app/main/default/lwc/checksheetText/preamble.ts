/**
 * The title and version of a document, read from the lines before its first item: the title is
 * the first meaningful line, the version the first "Ver 1.0" / "バージョン : 1.2" / "第1.2版".
 */
import { normalizeSpaces, removeBoldMarks } from './spaces';
import { trimTrailing } from './ends';

export interface PreambleDescription {
  title: string;
  version: string;
}

const VERSION_NUMBER = String.raw`(\d+(?:\.\d+)*)`;

/** Tried in order on the NFKC form of each line (full-width digits and colons become ASCII). */
const VERSION_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`バージョン\s*(?::\s*)?(?:ver\.?\s*)?${VERSION_NUMBER}`, 'i'),
  new RegExp(String.raw`\bver(?:sion)?\.?\s*(?::\s*)?${VERSION_NUMBER}`, 'i'),
  new RegExp(String.raw`第\s*${VERSION_NUMBER}\s*版`),
  new RegExp(String.raw`(?:版数|版)\s*:\s*${VERSION_NUMBER}`),
  new RegExp(String.raw`\brev(?:ision)?\.?\s*(?::\s*)?${VERSION_NUMBER}`, 'i'),
  /(?:^|[\s(])v(\d+(?:\.\d+)+)(?![\d.])/i
];

const DATE = /\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?/g;
const SEPARATOR_ONLY = /^[-=*_~#|+\s]*$/;
const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['「', '」'],
  ['『', '』'],
  ['“', '”']
];

const ANGLE_LINK = /<(https?:\/\/[^>\s]+)>/g;
const TAG = /<\/?[a-z][^>]*>/gi;

/**
 * `text.replace(pattern, replacement)` for a pattern that ends at the first `>` after its start:
 * only the text up to the last `>` is searched, since no match can start after it. Searched
 * whole, a line of "<a<a<a…" without a `>` is rescanned to its end from every `<`.
 */
function replaceUpToLastClose(text: string, pattern: RegExp, replacement: string): string {
  const end = text.lastIndexOf('>') + 1;
  if (end === 0) return text;
  return text.slice(0, end).replace(pattern, replacement) + text.slice(end);
}

/** A heading or first-row cell as plain text: no markdown #, no HTML tags, no bold markers, no wrapping quotes. */
export function cleanTitleLine(line: string): string {
  const unmarked = normalizeSpaces(line).replace(/^#{1,6}\s*/, '');
  const untagged = replaceUpToLastClose(replaceUpToLastClose(unmarked, ANGLE_LINK, '$1'), TAG, '');
  let text = trimTrailing(removeBoldMarks(untagged), /[\s,;]/).trim();
  for (const [open, close] of QUOTE_PAIRS) {
    if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) {
      text = text.slice(open.length, text.length - close.length).trim();
      break;
    }
  }
  return text;
}

/** The version number written in a line ("1.0" for "2024年11月15日 Ver 1.0"), "" when none. */
export function findVersion(line: string): string {
  const text = line.normalize('NFKC');
  for (const pattern of VERSION_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[1];
  }
  return '';
}

/** True for a line that only carries a date and/or a version ("2024年11月15日 Ver 1.0"). */
function isDateOrVersionOnly(text: string): boolean {
  let rest = text.normalize('NFKC').replace(DATE, '');
  for (const pattern of VERSION_PATTERNS) rest = rest.replace(pattern, '');
  // Nothing but white space and `:,()` is left: tested, not replaced (a million spaces are one search).
  return !/[^\s:,()]/.test(rest);
}

/** Title and version of a document from the lines before its first item. */
export function describePreamble(lines: readonly string[]): PreambleDescription {
  let title = '';
  let version = '';
  for (const line of lines) {
    const text = cleanTitleLine(line);
    if (text === '' || SEPARATOR_ONLY.test(text)) continue;
    if (version === '') version = findVersion(text);
    if (title === '' && !isDateOrVersionOnly(text)) title = text;
    if (title !== '' && version !== '') break;
  }
  return { title, version };
}
