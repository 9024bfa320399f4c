/**
 * Revision-history tables (【改訂履歴】, "Revision history"): a heading, a header row
 * (Ver. / 発行日 / 改訂内容) and rows such as `1.0\t2023/07/04\t制定`. Their rows are
 * RevisionEntry records, never sections or items. The titles and header words are the tabular
 * reader's (c/checksheetTabular `isRevisionTitle`, `revisionColumnOf`): one vocabulary.
 */
import { headerKey, isRevisionTitle, revisionColumnOf } from 'c/checksheetTabular';
import { normalizeSpaces } from 'c/checksheetText';

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
  return normalizeSpaces(line)
    .normalize('NFKC')
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

/** The cells of a table row: tab-separated, a markdown `| a | b |` row, or space-separated. */
export function revisionCells(line: string): string[] {
  const text = normalizeSpaces(line).normalize('NFKC');
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

/** True for the header row of a revision table: "Ver.\t発行日\t改訂内容". */
export function isRevisionHeaderRow(line: string): boolean {
  const row = revisionCells(line).filter((cell) => cell !== '');
  if (row.length < 2 || revisionColumnOf(headerKey(row[0])) !== 'version') return false;
  return row.slice(1).some((cell) => {
    const column = revisionColumnOf(headerKey(cell));
    return column === 'date' || column === 'description';
  });
}

/** A revision row ("1.0\t2023/07/04\t制定"), or undefined when the line is not one. */
export function readRevisionRow(line: string): RevisionRow | undefined {
  const row = revisionCells(line);
  if (row.length < 2) return undefined;
  const version = VERSION_CELL.exec(row[0]);
  if (!version) return undefined;
  const rest = row.slice(1).filter((cell) => cell !== '');
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
