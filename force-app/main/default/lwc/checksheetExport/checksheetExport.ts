/**
 * Exporting checksheets: CSV that Excel opens correctly with Japanese text, and .xlsx workbooks
 * written by an injected SheetJS. The public face of the bundle; the work is done in sibling
 * modules.
 */
export { BOM, CRLF, csvBytes, neutralizeFormula, toCsv, utf8Bytes } from './csv';
export {
  CHANGE_LABELS,
  CHECKSHEET_HEADER,
  DIFF_HEADER,
  DIFFERENCE_LABELS,
  FIELD_LABELS,
  REVIEW_HEADER,
  checksheetTable,
  comparisonTable,
  diffTable,
  reviewTable,
  statusLabel
} from './tables';
export type { ReviewRow } from './tables';
export { MAX_CELL_TEXT, MAX_SHEET_NAME, displayWidth, sanitizeSheetName, toXlsx } from './xlsx';
export type { WorkbookSheet } from './xlsx';
