/**
 * Checksheets sent as Excel workbooks. SheetJS is injected (Node: the npm package; the org: the
 * `sheetjs` static resource), never imported here, so this module stays plain TypeScript.
 * A row's `line` is its 1-based sheet row; empty rows are blank lines.
 */
import type {
  ColumnRoleOverride,
  DiagnosticCode,
  LineAccounting,
  ParsedChecksheet,
  SpreadsheetLibrary,
  SpreadsheetWorkbook,
  TableReading
} from 'c/checksheetModel';
import { ChecksheetReadError, checkItemCount, LineLedger } from 'c/checksheetModel';
import { assembleChecksheet, NO_HEADER_MESSAGE } from './assemble';
import { readCell } from './cells';
import type { HeaderLayout } from './columns';
import { readHeader, readSubHeader } from './columns';
import { CONTENT_SAMPLE_ROWS, rolesFromContent } from './contentRoles';
import { DiagnosticLog } from './diagnosticLog';
import type { PreambleParts, PreambleRow } from './preamble';
import { preambleOf, readPreambleParts } from './preamble';
import {
  applyOverrides,
  overridesFor,
  reportMissingAnswers,
  reportUnknownSheets,
  tableReading
} from './roleOverrides';
import type { RowMerge } from './mergedCells';
import { rowMerges, rowsBelowHeader } from './mergedCells';
import type { TableBody } from './tableRows';
import { readTableRows } from './tableRows';

interface SheetRow {
  cells: string[];
  /** 1-based sheet row. */
  line: number;
  filled: boolean;
}

/** One sheet's rows, and its checksheet header when it has one. */
interface SheetContent {
  name: string;
  rows: SheetRow[];
  /** Index of the header row in `rows`; -1 when the sheet has no checksheet header. */
  headerAt: number;
  /** Rows of the header: 2 when a second header row is read with the first (see readSubHeader). */
  headerRows: number;
  layout: HeaderLayout | undefined;
  /** Cells merged down a column (see ./mergedCells). */
  merges: RowMerge[];
}

/** Why a sheet's questions were not read. */
type SheetSkip = 'hidden' | 'empty' | 'no-header';

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

/** The sheet's rows and where its header is (-1: none). */
function readSheet(
  spreadsheet: SpreadsheetLibrary,
  sheet: Record<string, unknown>,
  name: string
): SheetContent {
  const { rows, merges } = sheetRows(spreadsheet, sheet);
  for (let index = 0; index < rows.length; index += 1) {
    if (!rows[index].filled) continue;
    const layout = readHeader(rows[index].cells.map((cell) => readCell(cell).text));
    if (layout === undefined) continue;
    const next = rows[index + 1];
    const subHeader =
      next === undefined || !next.filled
        ? undefined
        : readSubHeader(
            layout,
            next.cells.map((cell) => readCell(cell).text)
          );
    return {
      name,
      rows,
      headerAt: index,
      headerRows: subHeader === undefined ? 1 : 2,
      layout: subHeader ?? layout,
      merges
    };
  }
  return { name, rows, headerAt: -1, headerRows: 0, layout: undefined, merges };
}

/** Sheets hidden in Excel (a list sheet behind a drop-down, say): never read. */
function hiddenSheets(workbook: SpreadsheetWorkbook): Set<string> {
  const hidden = new Set<string>();
  for (const sheet of workbook.Workbook?.Sheets ?? []) {
    if (sheet?.name !== undefined && (sheet.Hidden ?? 0) !== 0) hidden.add(sheet.name);
  }
  return hidden;
}

/** A row above the header: its filled cells read as one line of text. */
function preambleRow(row: SheetRow): PreambleRow {
  const filled = row.cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return { cells: row.cells, text: filled.join(' '), line: row.line };
}

/** "'A', 'B' and 'C'"; with `last` ", " (for a parameter in any language) "'A', 'B', 'C'". */
function quoteNames(names: readonly string[], last = ' and '): string {
  const quoted = names.map((name) => `'${name}'`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')}${last}${quoted[quoted.length - 1]}`;
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
    throw new ChecksheetReadError(
      fileName,
      `not a workbook Excel can open (${reason})`,
      0,
      'not_a_workbook',
      { reason }
    );
  }
}

/** Sets the sheet of everything read from it, so that its row numbers are unambiguous. */
function tagSheet<T extends { sheet?: string }>(records: T[], sheet: string): T[] {
  for (const record of records) record.sheet = sheet;
  return records;
}

/** The parts of a workbook read so far, sheet by sheet. */
class WorkbookReading {
  readonly preambles: PreambleParts[] = [];
  readonly body: TableBody = { items: [], sections: [], revisions: [] };
  readonly tables: TableReading[] = [];
  readonly logs: DiagnosticLog[] = [];
  readonly accountings: LineAccounting[] = [];
  readonly questionSheets: string[] = [];
  readonly skipped: Array<{ name: string; why: SheetSkip }> = [];
  caiq = false;
  /** The rows above the first question sheet's header: its title is the document's. */
  firstQuestionPreamble: PreambleParts | undefined;
  private readonly fileName: string;
  private readonly columnRoles: readonly ColumnRoleOverride[];

  constructor(fileName: string, columnRoles: readonly ColumnRoleOverride[]) {
    this.fileName = fileName;
    this.columnRoles = columnRoles;
  }

  /** A sheet without a checksheet header: its text is preamble, its revision table revisions. */
  readOtherSheet(content: SheetContent): void {
    const ledger = new LineLedger();
    const filled = content.rows.filter((row) => row.filled);
    const parts = readPreambleParts(filled.map(preambleRow), ledger);
    tagSheet(parts.revisions, content.name);
    this.preambles.push(parts);
    this.accountings.push(ledger.accounting(filled.length));
  }

  readQuestionSheet(content: SheetContent, layout: HeaderLayout): void {
    const { name, rows, headerAt, headerRows, merges } = content;
    const ledger = new LineLedger();
    const log = new DiagnosticLog(name);
    const headerLine = rows[headerAt].line;
    /** The last header row: the table's rows start under it. */
    const lastHeader = headerAt + headerRows - 1;
    const sample = rows
      .slice(lastHeader + 1, lastHeader + 1 + CONTENT_SAMPLE_ROWS)
      .map((row) => row.cells.map((cell) => readCell(cell).text));
    const read = applyOverrides(
      rolesFromContent(layout, sample),
      overridesFor(this.columnRoles, name),
      headerLine,
      log
    );
    reportMissingAnswers(read, headerLine, log);
    const parts = readPreambleParts(
      rows
        .slice(0, headerAt)
        .filter((row) => row.filled)
        .map(preambleRow),
      ledger
    );
    tagSheet(parts.revisions, name);
    this.preambles.push(parts);
    this.firstQuestionPreamble ??= parts;
    for (let index = headerAt; index <= lastHeader; index += 1) {
      ledger.record(rows[index].line, 'preamble');
    }
    const body = readTableRows(
      rowsBelowHeader(rows, lastHeader, merges, read, log),
      read,
      ledger,
      log
    );
    this.body.items.push(...tagSheet(body.items, name));
    this.body.sections.push(...tagSheet(body.sections, name));
    this.body.revisions.push(...tagSheet(body.revisions, name));
    this.tables.push(tableReading(read, headerLine, name));
    this.logs.push(log);
    this.accountings.push(ledger.accounting(rows.filter((row) => row.filled).length));
    this.questionSheets.push(name);
    this.caiq = this.caiq || read.caiq;
    // Checked sheet by sheet, so that a huge workbook is refused before all of it is read.
    checkItemCount(this.fileName, this.body.items.length);
  }
}

/** The books on the lines of all sheets read: each sheet's rows are numbered on their own. */
function sumAccountings(accountings: readonly LineAccounting[]): LineAccounting {
  const sum: LineAccounting = {
    total: 0,
    accounted: 0,
    items: 0,
    sections: 0,
    preamble: 0,
    revisions: 0,
    diagnostics: 0
  };
  for (const accounting of accountings) {
    for (const key of Object.keys(sum) as Array<keyof LineAccounting>) sum[key] += accounting[key];
  }
  return sum;
}

const SKIPS: Readonly<
  Record<SheetSkip, { code: DiagnosticCode; message: (name: string) => string }>
> = {
  hidden: { code: 'sheet_hidden', message: (name) => `sheet '${name}' is hidden; not read` },
  empty: { code: 'sheet_empty', message: (name) => `sheet '${name}' is empty` },
  'no-header': {
    code: 'sheet_no_header',
    message: (name) =>
      `sheet '${name}' has no header row with checksheet columns; its text is read as the preamble (and a revision table on it as revisions)`
  }
};

/**
 * Reads every question sheet of a workbook, in sheet order: a sheet with a checksheet header
 * gives items (each knowing its sheet), a sheet without one (a cover, instructions, a revision
 * history) gives preamble text and revisions, a hidden sheet is not read. Each sheet's rows are
 * numbered from 1, as Excel shows them; `sheet` on items, sections, revisions and diagnostics
 * says which sheet a line number is of.
 */
export function parseWorkbook(
  bytes: Uint8Array,
  spreadsheet: SpreadsheetLibrary | undefined,
  fileName: string,
  columnRoles: readonly ColumnRoleOverride[] = []
): ParsedChecksheet {
  if (spreadsheet === undefined) {
    throw new ChecksheetReadError(
      fileName,
      'reading .xlsx needs the SheetJS library, which is not loaded',
      0,
      'no_spreadsheet_library'
    );
  }
  const workbook = readWorkbook(bytes, spreadsheet, fileName);
  const names = workbook.SheetNames ?? [];
  const hidden = hiddenSheets(workbook);
  const reading = new WorkbookReading(fileName, columnRoles);
  for (const name of names) {
    const sheet = workbook.Sheets[name];
    if (hidden.has(name)) {
      reading.skipped.push({ name, why: 'hidden' });
      continue;
    }
    const content = sheet === undefined ? undefined : readSheet(spreadsheet, sheet, name);
    if (content === undefined || !content.rows.some((row) => row.filled)) {
      reading.skipped.push({ name, why: 'empty' });
    } else if (content.layout === undefined) {
      reading.skipped.push({ name, why: 'no-header' });
      reading.readOtherSheet(content);
    } else {
      reading.readQuestionSheet(content, content.layout);
    }
  }
  if (reading.questionSheets.length === 0) {
    const sheets = names.length === 0 ? 'it has no sheets' : `sheets: ${quoteNames(names)}`;
    if (names.length === 0) {
      throw new ChecksheetReadError(fileName, `${NO_HEADER_MESSAGE}; ${sheets}`, 0, 'no_header');
    }
    throw new ChecksheetReadError(
      fileName,
      `${NO_HEADER_MESSAGE}; ${sheets}`,
      0,
      'no_header_in_sheets',
      { sheets: quoteNames(names, ', ') }
    );
  }
  const log = new DiagnosticLog();
  reportUnknownSheets(columnRoles, new Set(reading.questionSheets), log);
  const count = reading.questionSheets.length;
  if (names.length > 1) {
    log.add(
      'sheets_read',
      0,
      'info',
      { sheets: quoteNames(reading.questionSheets, ', '), count },
      `read the questions of ${count === 1 ? 'sheet' : `${count} sheets:`} ${quoteNames(reading.questionSheets)}`
    );
  }
  for (const { name, why } of reading.skipped) {
    const skip = SKIPS[why];
    log.add(skip.code, 0, 'info', { sheet: name }, skip.message(name));
  }
  const parsed = assembleChecksheet({
    fileName,
    encoding: 'binary',
    format: reading.caiq ? 'caiq' : 'xlsx',
    preamble: preambleOf(reading.preambles, fileName, reading.firstQuestionPreamble),
    body: reading.body,
    log,
    lines: sumAccountings(reading.accountings),
    tables: reading.tables
  });
  parsed.diagnostics.push(...reading.logs.flatMap((sheetLog) => sheetLog.list()));
  return parsed;
}
