/**
 * The grid and the version diff as files (the download itself, the file names and the formats
 * are `c/checksheetDownload`'s). Nothing goes to a server.
 */
import type { Comparison, LinkedRow } from 'c/checksheetCompare';
import { cellOf } from 'c/checksheetCompare';
import { comparisonTable, diffTable } from 'c/checksheetExport';

export type { ExportFormat } from 'c/checksheetDownload';
export {
  MAX_FILE_NAME,
  MIME_TYPES,
  downloadFile,
  exportFileName,
  localDate,
  spreadsheetOf,
  tableBytes
} from 'c/checksheetDownload';

/** The table of the rows shown (every page), headed by the sheet labels. */
export function gridTable(rows: readonly LinkedRow[], labels: readonly string[]): string[][] {
  const comparison: Comparison = {
    labels: [...labels],
    rows: rows.map((row) => ({
      key: row.key,
      question: row.question,
      section: row.section,
      cells: row.cells.map((cell) => (cell ? cellOf(cell.item) : null)),
      difference: row.difference,
      score: row.score
    })),
    summary: { rows: rows.length, same: 0, status: 0, answer: 0, missing: 0 }
  };
  return comparisonTable(comparison);
}

export { diffTable };
