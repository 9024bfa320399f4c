/**
 * A real .xlsx workbook, written by the SheetJS library the caller injects (the CLI passes
 * `@e965/xlsx`; the org passes the static resource). This module never imports SheetJS itself.
 *
 * Every cell is written as a string cell (`t: 's'`): a spreadsheet only evaluates cells written as
 * formulas, so "=cmd|' /C calc'!A0" stays inert text and needs no apostrophe.
 */
import type { SpreadsheetLibrary } from 'c/checksheetModel';

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

/** Longest text Excel keeps in one cell; longer values are cut and end with "…". */
export const MAX_CELL_TEXT = 32767;

/** Widest column set, in characters, so that a long answer does not make a column page-wide. */
const MAX_COLUMN_WIDTH = 80;
const MIN_COLUMN_WIDTH = 6;

export interface WorkbookSheet {
  name: string;
  rows: string[][];
}

/**
 * A name Excel accepts for a sheet: no `[ ] : * ? / \`, no apostrophe at either end, not empty,
 * at most 31 characters, and different from the names already taken (compared without case).
 */
export function sanitizeSheetName(name: string, taken: readonly string[] = []): string {
  const printable = Array.from(name, (char) => {
    return char.charCodeAt(0) < 0x20 ? ' ' : char;
  }).join('');
  const cleaned = printable
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+/, '');
  let end = cleaned.length; // quotes at the end, walking back (not /'+$/, tried at every quote)
  while (end > 0 && cleaned.charAt(end - 1) === "'") end -= 1;
  const unquoted = cleaned.slice(0, end).trim();
  const base = Array.from(unquoted || 'Sheet')
    .slice(0, MAX_SHEET_NAME)
    .join('');
  const used = new Set(taken.map((existing) => existing.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate =
      Array.from(base)
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join('') + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Display width of a text in character cells: East Asian wide characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    width += code >= 0x1100 && isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

function columnWidths(rows: readonly (readonly string[])[]): { wch: number }[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      const longestLine = Math.max(...cell.split(/\r\n|\r|\n/).map(displayWidth));
      widths[column] = Math.max(widths[column] ?? MIN_COLUMN_WIDTH, longestLine);
    });
  }
  return Array.from(widths, (width) => ({
    wch: Math.min(MAX_COLUMN_WIDTH, (width ?? MIN_COLUMN_WIDTH) + 1)
  }));
}

function cellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  return `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** One worksheet whose every cell is a string cell. */
function buildSheet(rows: readonly (readonly string[])[]): Record<string, unknown> {
  const sheet: Record<string, unknown> = {};
  let lastColumn = 0;
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      sheet[`${columnName(c)}${r + 1}`] = { t: 's', v: cellText(cell) };
      lastColumn = Math.max(lastColumn, c);
    });
  });
  const lastRow = Math.max(rows.length, 1);
  sheet['!ref'] = `A1:${columnName(lastColumn)}${lastRow}`;
  sheet['!cols'] = columnWidths(rows);
  // SheetJS Community Edition writes no frozen panes; a filter on the header row is the next best
  // way to keep the header useful.
  if (rows.length > 1) {
    sheet['!autofilter'] = {
      ref: `A1:${columnName(lastColumn)}${rows.length}`
    };
  }
  return sheet;
}

/** The bytes of an .xlsx workbook with one sheet per entry, in order. */
export function toXlsx(
  sheets: readonly WorkbookSheet[],
  spreadsheet: SpreadsheetLibrary
): Uint8Array {
  const workbook = spreadsheet.utils.book_new();
  const names: string[] = [];
  const list = sheets.length > 0 ? sheets : [{ name: 'Sheet', rows: [] }];
  for (const { name, rows } of list) {
    const safeName = sanitizeSheetName(name, names);
    names.push(safeName);
    spreadsheet.utils.book_append_sheet(workbook, buildSheet(rows), safeName);
  }
  const written = spreadsheet.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true
  });
  return new Uint8Array(written as ArrayBuffer);
}
