/**
 * A table handed to the user as a file, built in the browser: CSV (UTF-8 with a byte-order mark,
 * formulas neutralised, by `c/checksheetExport`) or .xlsx (SheetJS from the static resource,
 * passed in), named after what it holds and the day. Nothing goes to a server. Shared by every
 * page that exports (the compare view, the version diff, the record page).
 */
import { csvBytes, toXlsx } from 'c/checksheetExport';
import type { SpreadsheetLibrary } from 'c/checksheetModel';

export type ExportFormat = 'csv' | 'xlsx';

export const MIME_TYPES: Readonly<Record<ExportFormat, string>> = Object.freeze({
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
});

/** Longest file name written (characters before the extension). */
export const MAX_FILE_NAME = 120;

/** YYYY-MM-DD of the user's own day. */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A file name that names what is in it and when: "<prefix>_<label>_vs_<label>_<date>.<ext>",
 * without the characters file systems refuse, cut to MAX_FILE_NAME.
 */
export function exportFileName(
  prefix: string,
  labels: readonly string[],
  date: Date,
  format: ExportFormat
): string {
  const clean = (part: string): string =>
    Array.from(part, (char) => (char.charCodeAt(0) < 0x20 ? ' ' : char))
      .join('')
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/[\s·]+/g, ' ')
      .trim()
      .replace(/ /g, '-');
  const body = [prefix, labels.map(clean).filter(Boolean).join('_vs_')].filter(Boolean).join('_');
  const cut = Array.from(body).slice(0, MAX_FILE_NAME).join('');
  return `${cut}_${localDate(date)}.${format}`;
}

/** The bytes of a table in the format. */
export function tableBytes(
  table: string[][],
  format: ExportFormat,
  sheetName: string,
  spreadsheet?: SpreadsheetLibrary
): Uint8Array {
  if (format === 'csv') return csvBytes(table);
  if (!spreadsheet) throw new Error('SheetJS is not loaded.');
  return toXlsx([{ name: sheetName, rows: table }], spreadsheet);
}

/** SheetJS as the static resource leaves it on `window`, or undefined. */
export function spreadsheetOf(scope: object): SpreadsheetLibrary | undefined {
  const candidate = (scope as { XLSX?: SpreadsheetLibrary }).XLSX;
  return candidate && typeof candidate.write === 'function' ? candidate : undefined;
}

/** Hands the bytes to the browser as a download named `fileName`. */
export function downloadFile(fileName: string, bytes: Uint8Array, mimeType: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}
