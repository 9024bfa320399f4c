/**
 * Revision-history tables (【改訂履歴】, "Revision history"): a heading, a header row
 * (Ver. / 発行日 / 改訂内容) and rows such as `1.0\t2023/07/04\t制定`. Their rows are
 * RevisionEntry records, never sections or items. The titles and header words are the tabular
 * reader's (c/checksheetTabular `isRevisionTitle`, `revisionColumnOf`): one vocabulary.
 */
import { headerKey, isRevisionTitle, revisionColumnOf } from 'c/checksheetTabular';
import { normalizeSpaces, removeBoldMarks } from 'c/checksheetText';

export interface RevisionRow {
  version: string;
  date: string;
  description: string;
}

const VERSION_CELL = /^(?:ver\.?\s*|v|rev\.?\s*|第\s*)?(\d+(?:\.\d+)*)\s*版?$/i;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const DATE_CELL = /^\d{4}\s*[/.年-]\s*\d{1,2}\s*[/.月-]\s*\d{1,2}\s*日?$|^\d{1,2}\/\d{1,2}\/\d{4}$/;

/** The line as plain text: markdown heading marks and emphasis removed. */
function plain(line: string): string {
  return removeBoldMarks(
    normalizeSpaces(line)
      .normalize('NFKC')
      .replace(/^#{1,6}\s+/, '')
  ).trim();
}

/** The cells of a table row: tab-separated, a markdown `| a | b |` row, or space-separated. */
export function revisionCells(line: string): string[] {
  return cellsOf(normalizeSpaces(line).normalize('NFKC'));
}

/** `revisionCells` of a line already made plain (`normalizeSpaces`, NFKC). */
function cellsOf(text: string): string[] {
  if (text.includes('\t')) return text.split('\t').map((cell) => cell.trim());
  if (text.startsWith('|')) {
    return text
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
  }
  // Two words and the rest: what /^(\S+)\s+(\S+)(?:\s+(.*))?$/ reads, without its backtracking
  // between the spaces and the rest (quadratic on a long run of spaces before a line break).
  const spaced = /^(\S+)\s+(\S+)/.exec(text);
  if (!spaced) return [text];
  const rest = text.slice(spaced[0].length).trimStart();
  return LINE_TERMINATOR.test(rest) ? [text] : [spaced[1], spaced[2], rest];
}

/** True for the heading of a revision history: 【改訂履歴】, "## Revision history". */
export function isRevisionHeading(line: string): boolean {
  return isRevisionTitle(plain(line));
}

/**
 * The cells of `text` between `separator`s that are not blank, trimmed, in order: the search for
 * the next character that is neither white space nor a separator (`content`, a global regular
 * expression) skips the blank ones at once, so a line of a million pipes makes no million cells.
 */
function filledBetween(text: string, separator: string, content: RegExp): string[] {
  const cells: string[] = [];
  content.lastIndex = 0;
  while (content.test(text)) {
    const found = content.lastIndex - 1;
    const start = text.lastIndexOf(separator, found) + 1;
    const next = text.indexOf(separator, found);
    const end = next < 0 ? text.length : next;
    cells.push(text.slice(start, end).trim());
    content.lastIndex = end;
  }
  return cells;
}

const TAB_CONTENT = /\S/g;
const PIPE_CONTENT = /[^\s|]/g;

/**
 * `revisionCells(line)` as its first cell and (`rest()`, worked out when asked) its other cells
 * that are not blank; undefined for a row of one cell. Blank cells are never made (see
 * `filledBetween`).
 */
function splitRow(line: string): { first: string; rest: () => string[] } | undefined {
  const text = normalizeSpaces(line).normalize('NFKC');
  let separator = '';
  let inner = text;
  if (text.includes('\t')) {
    separator = '\t';
  } else if (text.startsWith('|')) {
    separator = '|';
    inner = text.replace(/^\||\|$/g, '');
  }
  if (separator === '') {
    const cells = cellsOf(text);
    if (cells.length < 2) return undefined;
    return { first: cells[0], rest: () => cells.slice(1).filter((cell) => cell !== '') };
  }
  const split = inner.indexOf(separator);
  if (split < 0) return undefined;
  const content = separator === '\t' ? TAB_CONTENT : PIPE_CONTENT;
  return {
    first: inner.slice(0, split).trim(),
    rest: () => filledBetween(inner.slice(split + 1), separator, content)
  };
}

/** Longest first cell whose header key is worked out before the other cells are read. */
const SHORT_CELL = 64;

function namesVersion(cell: string): boolean {
  return revisionColumnOf(headerKey(cell)) === 'version';
}

function namesDateOrDescription(cell: string): boolean {
  const column = revisionColumnOf(headerKey(cell));
  return column === 'date' || column === 'description';
}

/**
 * True for the header row of a revision table: "Ver.\t発行日\t改訂内容". The short cells are
 * read first: a row may be a word and a million-character cell, or the other way round.
 */
export function isRevisionHeaderRow(line: string): boolean {
  const split = splitRow(line);
  if (split === undefined) return false;
  const { first } = split;
  if (first !== '' && first.length <= SHORT_CELL && !namesVersion(first)) return false;
  const rest = split.rest();
  const row = first === '' ? rest : [first, ...rest];
  if (row.length < 2) return false;
  if (row[0].length <= SHORT_CELL) {
    return namesVersion(row[0]) && row.slice(1).some(namesDateOrDescription);
  }
  return row.slice(1).some(namesDateOrDescription) && namesVersion(row[0]);
}

/** A revision row ("1.0\t2023/07/04\t制定"), or undefined when the line is not one. */
export function readRevisionRow(line: string): RevisionRow | undefined {
  const split = splitRow(line);
  if (split === undefined) return undefined;
  const version = VERSION_CELL.exec(split.first);
  if (!version) return undefined;
  const rest = split.rest();
  const dateIndex = rest.findIndex((cell) => DATE_CELL.test(cell));
  if (dateIndex < 0 && !line.includes('\t') && !line.includes('|')) {
    return undefined;
  }
  const date = dateIndex >= 0 ? rest[dateIndex] : '';
  const description = rest
    .filter((_, index) => index !== dateIndex)
    .join(' ')
    .trim();
  return { version: version[1], date, description };
}
