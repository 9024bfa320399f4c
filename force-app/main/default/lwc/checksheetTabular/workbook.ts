/**
 * Checksheets sent as Excel workbooks. SheetJS is injected (Node: the npm package; the org: the
 * `sheetjs` static resource), never imported here, so this module stays plain TypeScript.
 * A row's `line` is its 1-based sheet row; empty rows are blank lines.
 */
import type {
  ColumnRoleOverride,
  ParsedChecksheet,
  SpreadsheetLibrary,
  SpreadsheetWorkbook
} from 'c/checksheetModel';
import { ChecksheetReadError, LineLedger } from 'c/checksheetModel';
import { assembleChecksheet, NO_HEADER_MESSAGE } from './assemble';
import { readCell } from './cells';
import type { HeaderLayout } from './columns';
import { readHeader } from './columns';
import { DiagnosticLog } from './diagnosticLog';
import type { PreambleRow } from './preamble';
import { readPreamble } from './preamble';
import { applyOverrides, overridesFor, reportUnknownSheets, tableReading } from './roleOverrides';
import type { RowMerge } from './mergedCells';
import { rowMerges, rowsBelowHeader } from './mergedCells';
import { readTableRows } from './tableRows';

interface SheetRow {
  cells: string[];
  /** 1-based sheet row. */
  line: number;
  filled: boolean;
}

interface SheetTable {
  name: string;
  rows: SheetRow[];
  headerAt: number;
  layout: HeaderLayout;
  /** Cells merged down a column (see ./mergedCells). */
  merges: RowMerge[];
}

function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** The rows of a sheet as text, each with its sheet row number, and its merges down a column. */
function sheetRows(
  spreadsheet: SpreadsheetLibrary,
  sheet: Record<string, unknown>
): { rows: SheetRow[]; merges: RowMerge[] } {
  const ref = sheet['!ref'];
  if (typeof ref !== 'string') return { rows: [], merges: [] };
  const origin = spreadsheet.utils.decode_range(ref).s;
  const firstRow = origin.r;
  const data = spreadsheet.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: false,
    defval: '',
    blankrows: true
  });
  const rows = data.map((values, index) => {
    const cells = Array.isArray(values) ? values.map(cellString) : [];
    return {
      cells,
      line: firstRow + index + 1,
      filled: cells.some((cell) => cell.trim() !== '')
    };
  });
  return { rows, merges: rowMerges(sheet, origin) };
}

/** The sheet's rows and where its header is, or undefined when it has no checksheet header. */
function findTable(
  spreadsheet: SpreadsheetLibrary,
  workbook: SpreadsheetWorkbook,
  name: string
): SheetTable | undefined {
  const sheet = workbook.Sheets[name];
  if (sheet === undefined) return undefined;
  const { rows, merges } = sheetRows(spreadsheet, sheet);
  for (let index = 0; index < rows.length; index += 1) {
    if (!rows[index].filled) continue;
    const layout = readHeader(rows[index].cells.map((cell) => readCell(cell).text));
    if (layout !== undefined) return { name, rows, headerAt: index, layout, merges };
  }
  return undefined;
}

/** A row above the header: its filled cells read as one line of text. */
function preambleRow(row: SheetRow): PreambleRow {
  const filled = row.cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return { cells: row.cells, text: filled.join(' '), line: row.line };
}

function quoteNames(names: readonly string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function readWorkbook(
  bytes: Uint8Array,
  spreadsheet: SpreadsheetLibrary,
  fileName: string
): SpreadsheetWorkbook {
  try {
    return spreadsheet.read(bytes, { type: 'array' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ChecksheetReadError(fileName, `not a workbook Excel can open (${reason})`);
  }
}

export function parseWorkbook(
  bytes: Uint8Array,
  spreadsheet: SpreadsheetLibrary | undefined,
  fileName: string,
  columnRoles: readonly ColumnRoleOverride[] = []
): ParsedChecksheet {
  if (spreadsheet === undefined) {
    throw new ChecksheetReadError(
      fileName,
      'reading .xlsx needs the SheetJS library, which is not loaded'
    );
  }
  const workbook = readWorkbook(bytes, spreadsheet, fileName);
  const names = workbook.SheetNames ?? [];
  let table: SheetTable | undefined;
  for (const name of names) {
    table = findTable(spreadsheet, workbook, name);
    if (table !== undefined) break;
  }
  if (table === undefined) {
    const sheets = names.length === 0 ? 'it has no sheets' : `sheets: ${quoteNames(names)}`;
    throw new ChecksheetReadError(fileName, `${NO_HEADER_MESSAGE}; ${sheets}`);
  }
  const { rows, headerAt, merges } = table;
  const ledger = new LineLedger();
  const log = new DiagnosticLog();
  reportUnknownSheets(columnRoles, new Set([table.name]), log);
  const headerLine = rows[headerAt].line;
  const layout = applyOverrides(
    table.layout,
    overridesFor(columnRoles, table.name),
    headerLine,
    log
  );
  const others = names.filter((name) => name !== table.name);
  if (others.length > 0) {
    log.add(
      'other sheets',
      0,
      'info',
      `read sheet '${table.name}'; the workbook's other ${others.length === 1 ? 'sheet' : 'sheets'} ${quoteNames(others)} ${others.length === 1 ? 'was' : 'were'} not read`
    );
  }
  const preamble = readPreamble(
    rows
      .slice(0, headerAt)
      .filter((row) => row.filled)
      .map(preambleRow),
    fileName,
    ledger
  );
  ledger.record(headerLine, 'preamble');
  const body = readTableRows(
    rowsBelowHeader(rows, headerAt, merges, layout, log),
    layout,
    ledger,
    log
  );
  return assembleChecksheet({
    fileName,
    encoding: 'binary',
    format: layout.caiq ? 'caiq' : 'xlsx',
    preamble,
    body,
    log,
    lines: ledger.accounting(rows.filter((row) => row.filled).length),
    tables: [tableReading(layout, headerLine, table.name)]
  });
}
