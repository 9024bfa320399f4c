/**
 * The rows above a checksheet's header: title, version, certification statements, notes, and
 * sometimes a revision table (版 / 発行日 / 改訂内容).
 */
import type { LineLedger, RevisionEntry } from 'c/checksheetModel';
import { describePreamble } from 'c/checksheetText';
import { readRevisionHeader, revisionEntry } from './columns';

/** A non-blank line (or non-empty sheet row) above the header. */
export interface PreambleRow {
  /** Its cells, as split by the table's delimiter (one cell for a line without one). */
  cells: string[];
  /** The text as a reader sees it. */
  text: string;
  line: number;
  /**
   * A Markdown table's delimiter row (`|---|:---:|`): accounted with the table above it (a
   * revision table's rows go on after it), never read as text or as an entry.
   */
  rule?: boolean;
}

export interface Preamble {
  title: string;
  version: string;
  text: string;
  revisions: RevisionEntry[];
}

/** A file name without its folder and extension: the title of a document that states none. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The text rows and the revision entries of some rows above a header (or of a sheet without one). */
export interface PreambleParts {
  texts: string[];
  revisions: RevisionEntry[];
}

/**
 * Reads preamble rows: a revision table among them becomes revision entries, every other row
 * preamble text. Records each row's line in the ledger.
 */
export function readPreambleParts(rows: readonly PreambleRow[], ledger: LineLedger): PreambleParts {
  const texts: string[] = [];
  const revisions: RevisionEntry[] = [];
  let revisionColumns: ReturnType<typeof readRevisionHeader>;
  let previousLine = 0;
  for (const row of rows) {
    const cells = row.cells.map((cell) => cell.trim());
    if (revisionColumns !== undefined && row.line !== previousLine + 1) {
      revisionColumns = undefined;
    }
    if (row.rule === true) {
      ledger.record(row.line, revisionColumns === undefined ? 'preamble' : 'revision');
      previousLine = row.line;
      continue;
    }
    if (revisionColumns === undefined && cells.length > 1) {
      revisionColumns = readRevisionHeader(cells);
      if (revisionColumns !== undefined) {
        ledger.record(row.line, 'revision');
        previousLine = row.line;
        continue;
      }
    }
    if (revisionColumns !== undefined && cells.length > 1) {
      revisions.push(revisionEntry(cells, revisionColumns, row.line));
      ledger.record(row.line, 'revision');
    } else {
      revisionColumns = undefined;
      if (row.text !== '') texts.push(row.text);
      ledger.record(row.line, 'preamble');
    }
    previousLine = row.line;
  }
  return { texts, revisions };
}

/**
 * The preamble of a document from its parts in document order (sheets of a workbook). The title
 * and version of `preferred` (the rows above a workbook's first table) come before those of a
 * cover sheet, which often names only the vendor.
 */
export function preambleOf(
  parts: readonly PreambleParts[],
  fileName: string,
  preferred?: PreambleParts
): Preamble {
  const texts = parts.flatMap((part) => part.texts);
  const description = describePreamble(texts);
  const own = preferred === undefined ? undefined : describePreamble(preferred.texts);
  return {
    title: own?.title || description.title || baseName(fileName),
    version: own?.version || description.version,
    text: texts.join('\n'),
    revisions: parts.flatMap((part) => part.revisions)
  };
}

/** Reads the rows above a header (see `readPreambleParts`) as the document's preamble. */
export function readPreamble(
  rows: readonly PreambleRow[],
  fileName: string,
  ledger: LineLedger
): Preamble {
  return preambleOf([readPreambleParts(rows, ledger)], fileName);
}
