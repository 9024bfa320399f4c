/**
 * The shapes every part of the checksheet engine shares: what a parsed document is, what an item
 * is, what a diagnostic says. Pure types plus a few constructors; no DOM, no platform modules.
 */
import type { ItemStatus } from 'c/checksheetStatus';

/** How the document was written, detected from its content (never asked of the user). */
export type DocumentFormat =
  | 'meti' // METI-guideline checksheet text (項番 / 確認事項 / 実施有無 / 備考)
  | 'sections' // numbered-section document: security white paper, guideline
  | 'csv'
  | 'tsv' // tab-separated text, including an Excel clipboard paste
  | 'xlsx'
  | 'caiq' // CSA CAIQ v4 sheet (CSV, TSV, Markdown or xlsx)
  | 'markdown'; // a Markdown document whose pipe table (| 項番 | 確認事項 | … |) holds the items

/** Text encodings the reader detects. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'binary';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/**
 * What a diagnostic is about, as a stable code, and the names of its parameters in the order of
 * the `{0}`, `{1}`, … placeholders of its custom label (`diagnosticLabelName`): the UI renders a
 * diagnostic through that label in the user's language, the English `message` is for logs and
 * the command line. The line is never a parameter: it is `Diagnostic.line` (with
 * `Diagnostic.sheet` for a workbook). Lists of lines are written "3, 5, 7" (at most five, then
 * "…"); `count` is how many there are.
 */
export const DIAGNOSTIC_PARAMS = {
  repeated_header: [],
  text_outside_table: ['text'],
  unknown_mark: ['mark', 'lines', 'count'],
  markers_several: ['number', 'marks'],
  markers_none: ['columns', 'lines', 'count'],
  text_in_mark_column: ['column'],
  more_cells_than_header: ['cells', 'width'],
  cells_under_no_header: [],
  no_number: ['column', 'number'],
  no_number_column: [],
  duplicate_number: ['number', 'lines', 'count'],
  empty_rows: ['lines', 'count'],
  wrapped_rows: ['lines', 'count'],
  merged_rows: ['column', 'itemLine', 'lines', 'count'],
  repeated_finding: ['finding', 'lines', 'count', 'shown'],
  no_question_column: [],
  invalid_role_override: ['column', 'role'],
  role_repeated: ['column', 'header', 'role'],
  override_unknown_sheet: ['sheet'],
  sheets_read: ['sheets', 'count'],
  sheet_hidden: ['sheet'],
  sheet_empty: ['sheet'],
  sheet_no_header: ['sheet'],
  no_answer_column: ['columns'],
  lines_unaccounted: ['total', 'accounted'],
  unnumbered_heading_text: ['title', 'lines'],
  empty_section: ['number'],
  numbering_backwards: ['number', 'previous', 'previousLine'],
  duplicate_section: ['number', 'lines', 'count']
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_PARAMS;

/** Every diagnostic code, in the order of DIAGNOSTIC_PARAMS. */
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_PARAMS) as DiagnosticCode[];

/** Lines as a diagnostic parameter: "3, 5, 7", at most `shown` of them, then "…". */
export function lineList(lines: readonly number[], shown = 5): string {
  const list = lines.slice(0, shown).join(', ');
  return lines.length > shown ? `${list}, …` : list;
}

/** A diagnostic's or a read error's parameters, by name (see DIAGNOSTIC_PARAMS). */
export type DiagnosticParams = Readonly<Record<string, string | number>>;

/** A finding about the input: which line, what was wrong, what was done about it. */
export interface Diagnostic {
  /** What the finding is, stably (see DIAGNOSTIC_PARAMS); the UI renders it through a label. */
  code: DiagnosticCode;
  /** The values the label's placeholders stand for, named as DIAGNOSTIC_PARAMS lists them. */
  params: DiagnosticParams;
  /** 1-based source line (or sheet row for xlsx); 0 when it concerns the whole document. */
  line: number;
  /** The workbook sheet `line` is a row of; absent for text documents and whole-document findings. */
  sheet?: string;
  severity: DiagnosticSeverity;
  message: string;
}

/** One answered item of a checksheet, or one numbered section of a white paper. */
export interface ChecksheetItem {
  /** 項番 as written: "6-7", "2.13", "A&A-01". */
  number: string;
  /** Heading of the section the item sits in ("2-1 内部組織"), "" when none. */
  section: string;
  /** 確認事項: the question, or a white-paper section heading. */
  question: string;
  /** Normalised answer; see c/checksheetStatus. */
  status: ItemStatus;
  /** The mark as the vendor wrote it (○, △, ×, -, YES…), "" when none. */
  mark: string;
  /** 備考 / the answer text, or a white-paper section body. */
  answer: string;
  /** 1-based source line (or sheet row) where the item starts. */
  line: number;
  /** Name of the workbook sheet the item came from; absent for text, CSV and TSV documents. */
  sheet?: string;
  /** Further named columns kept from the source (e.g. CAIQ "SSRM Control Ownership"). */
  extra?: Record<string, string>;
}

/**
 * The marker columns of sheets that answer with an X (✓, ●) under separate Yes / Partial / No /
 * N/A columns (older CAIQ versions, in-house sheets): the column ticked gives the item its status.
 */
export type MarkerRole = 'yes' | 'partial' | 'no' | 'na';

/** Every marker role, in the order such sheets put their columns. */
export const MARKER_ROLES: readonly MarkerRole[] = ['yes', 'partial', 'no', 'na'];

/**
 * What a column of a table fills, named after the item field it fills: `number` (項番), `section`,
 * `question` (確認事項), `mark` (実施有無: ○ △ × -, Yes/No — a second mark column, worded, is read
 * when the first is empty), `answer` (備考: the answer text; several answer columns are joined);
 * `yes`, `partial`, `no`, `na`: marker columns (see MarkerRole); `extra`: kept in `item.extra`
 * under its header; `ignored`: not read.
 */
export type ColumnRole =
  'number' | 'section' | 'question' | 'mark' | 'answer' | MarkerRole | 'extra' | 'ignored';

/** Every column role, in the order a reviewer is offered them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'number',
  'section',
  'question',
  'mark',
  'answer',
  ...MARKER_ROLES,
  'extra',
  'ignored'
];

/** Roles whose cells hold an item's answer: the mark, the answer text, the marker columns. */
export const ANSWER_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'mark',
  'answer',
  ...MARKER_ROLES
]);

/**
 * Why a column has its role: `header` its header names the role (or names none: an extra
 * column); `unnamed` it has no header, so its text is appended to the answer; `content` its
 * cells look like the role's (item numbers, status words); `override` a reviewer chose it.
 */
export type ColumnReason = 'header' | 'unnamed' | 'content' | 'override';

/** One column of a table as the reader took it. */
export interface ColumnReading {
  /** 0-based position of the column in its row (the index a `ColumnRoleOverride` names). */
  index: number;
  /** The header cell as written ("" when the column has none). */
  header: string;
  /** The role the column was read with: `detected`, or the override given for it. */
  role: ColumnRole;
  /** The role the reader chose by itself. */
  detected: ColumnRole;
  reason?: ColumnReason;
}

/**
 * A table the reader found: where its header row is and the role of each column, so the import
 * wizard can show the roles on the column headers and let a reviewer change one (then parse again
 * with `ParseOptions.columnRoles`).
 */
export interface TableReading {
  /** The workbook sheet of the table; absent for text, CSV and TSV documents. */
  sheet?: string;
  /** 1-based line (or sheet row) of the header row. */
  headerLine: number;
  /** Every column up to the last one with a header (or a role), in order. */
  columns: ColumnReading[];
}

/**
 * A reviewer's choice of role for one column: `column` is `ColumnReading.index`; `sheet` names
 * the workbook sheet it applies to (without it, it applies to every table of the document).
 */
export interface ColumnRoleOverride {
  sheet?: string;
  column: number;
  role: ColumnRole;
}

/** A section heading row ("2-1 内部組織") or a white-paper chapter without its own body. */
export interface ChecksheetSection {
  number: string;
  title: string;
  line: number;
  /** The workbook sheet of `line`; absent for text documents. */
  sheet?: string;
}

/** A row of a revision-history table (版 / 発行日 / 改訂内容); never an item. */
export interface RevisionEntry {
  version: string;
  date: string;
  description: string;
  line: number;
  /** The workbook sheet of `line`; absent for text documents. */
  sheet?: string;
}

/** Where every non-blank input line went; `accounted` must equal `total`. */
export interface LineAccounting {
  total: number;
  accounted: number;
  items: number;
  sections: number;
  preamble: number;
  revisions: number;
  diagnostics: number;
}

/** A whole parsed document. The CLI prints this as JSON (`checksheet parse --json`). */
export interface ParsedChecksheet {
  title: string;
  version: string;
  format: DocumentFormat;
  encoding: TextEncoding;
  /** Text before the first item: title, version, certification statements, notes. */
  preamble: string;
  sections: ChecksheetSection[];
  items: ChecksheetItem[];
  revisions: RevisionEntry[];
  diagnostics: Diagnostic[];
  lines: LineAccounting;
  /**
   * The tables read, in document order (one per question sheet of a workbook), with the role of
   * each column. Always set by `parseChecksheet` ([] for a numbered-section document); optional
   * so that documents built by hand need not state it.
   */
  tables?: TableReading[];
  /** Name of the source file, "" for a paste. */
  fileName: string;
}

/** What the reader is given: a file's bytes, or text pasted by the user. */
export interface ChecksheetSource {
  fileName: string;
  bytes?: Uint8Array;
  text?: string;
}

/** The subset of SheetJS the engine uses; injected, so that the same code runs in Node and in the org. */
export interface SpreadsheetLibrary {
  read(data: Uint8Array, options: Record<string, unknown>): SpreadsheetWorkbook;
  write(workbook: SpreadsheetWorkbook, options: Record<string, unknown>): unknown;
  utils: {
    sheet_to_json<T>(sheet: unknown, options?: Record<string, unknown>): T[];
    aoa_to_sheet(rows: unknown[][], options?: Record<string, unknown>): unknown;
    book_new(): SpreadsheetWorkbook;
    book_append_sheet(workbook: SpreadsheetWorkbook, sheet: unknown, name?: string): void;
    decode_range(range: string): {
      s: { r: number; c: number };
      e: { r: number; c: number };
    };
  };
}

export interface SpreadsheetWorkbook {
  SheetNames: string[];
  Sheets: Record<string, Record<string, unknown>>;
  /** Workbook properties; `Hidden` is 1 or 2 for a sheet hidden in Excel. */
  Workbook?: { Sheets?: Array<{ name?: string; Hidden?: number } | undefined> };
}

/**
 * Why a document cannot be read at all, as a stable code, and its parameters in the order of its
 * label's placeholders (`readErrorLabelName`), as for diagnostics.
 */
export const READ_ERROR_PARAMS = {
  empty: [],
  too_large: ['size', 'limit'],
  too_many_items: ['count', 'limit'],
  binary: [],
  binary_kind: ['kind'],
  bad_byte_order_mark: ['encoding'],
  undecodable: [],
  no_header: [],
  no_header_in_sheets: ['sheets'],
  unknown_format: [],
  no_spreadsheet_library: [],
  not_a_workbook: ['reason'],
  unreadable: []
} as const;

export type ReadErrorCode = keyof typeof READ_ERROR_PARAMS;

/** Every read error code, in the order of READ_ERROR_PARAMS. */
export const READ_ERROR_CODES = Object.keys(READ_ERROR_PARAMS) as ReadErrorCode[];

/** "unknown_mark" → "Unknown_Mark": the part of a custom label name that names a code. */
function labelSuffix(code: string): string {
  return code
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('_');
}

/** The custom label that renders a diagnostic: "Diagnostic_Unknown_Mark". */
export function diagnosticLabelName(code: DiagnosticCode): string {
  return `Diagnostic_${labelSuffix(code)}`;
}

/** The custom label that renders a read error: "Read_Error_Too_Large". */
export function readErrorLabelName(code: ReadErrorCode): string {
  return `Read_Error_${labelSuffix(code)}`;
}

/**
 * A label's text with its `{0}`, `{1}`, … placeholders replaced by the parameters named in
 * `names` (DIAGNOSTIC_PARAMS[code] or READ_ERROR_PARAMS[code]), in that order.
 */
export function formatLabel(
  template: string,
  names: readonly string[],
  params: DiagnosticParams
): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const name = names[Number(index)];
    const value = name === undefined ? undefined : params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** Raised when a document cannot be read at all: one clear message, naming the file. */
export class ChecksheetReadError extends Error {
  readonly fileName: string;
  readonly line: number;
  /** What is wrong, without the file and line the message opens with. */
  readonly reason: string;
  /** Why, stably, for the UI's label (see READ_ERROR_PARAMS). */
  readonly code: ReadErrorCode;
  readonly params: DiagnosticParams;

  constructor(
    fileName: string,
    message: string,
    line = 0,
    code: ReadErrorCode = 'unreadable',
    params: DiagnosticParams = {}
  ) {
    const where = fileName
      ? line > 0
        ? `${fileName}:${line}: `
        : `${fileName}: `
      : line > 0
        ? `line ${line}: `
        : '';
    super(`${where}${message}`);
    this.name = 'ChecksheetReadError';
    this.fileName = fileName;
    this.line = line;
    this.reason = message;
    this.code = code;
    this.params = params;
  }
}

/** Documented input limits (README "Limits"). */
export const LIMITS = {
  /** Largest file accepted, in bytes (25 MB). */
  maxBytes: 25 * 1024 * 1024,
  /** Most items accepted in one document. */
  maxItems: 50000,
  /** Most checksheets one comparison holds (columns stay readable; the issue asks for 8). */
  maxComparedSheets: 8
} as const;

/** Megabytes with at most one decimal, for messages: "25 MB", "30.5 MB". */
export function formatMegabytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Refuses a document larger than LIMITS.maxBytes (bytes of a file, characters of a paste). */
export function checkDocumentSize(
  fileName: string,
  size: number,
  unit: 'bytes' | 'characters'
): void {
  if (size > LIMITS.maxBytes) {
    throw new ChecksheetReadError(
      fileName,
      `the file is too large: ${formatMegabytes(size)} (${size} ${unit}); the limit is ${formatMegabytes(LIMITS.maxBytes)}`,
      0,
      'too_large',
      { size: formatMegabytes(size), limit: formatMegabytes(LIMITS.maxBytes) }
    );
  }
}

/** Refuses a document with more than LIMITS.maxItems items. */
export function checkItemCount(fileName: string, count: number): void {
  if (count > LIMITS.maxItems) {
    throw new ChecksheetReadError(
      fileName,
      `has ${count} items; the limit is ${LIMITS.maxItems} — split the document into smaller files`,
      0,
      'too_many_items',
      { count, limit: LIMITS.maxItems }
    );
  }
}

/** Where one non-blank input line went. */
export type LineDestination = 'item' | 'section' | 'preamble' | 'revision' | 'diagnostic';

/** The destinations in the order of their codes in `LineLedger` (code = index + 1). */
const DESTINATIONS: readonly LineDestination[] = [
  'item',
  'section',
  'preamble',
  'revision',
  'diagnostic'
];

const DESTINATION_CODES: Readonly<Record<LineDestination, number>> = {
  item: 1,
  section: 2,
  preamble: 3,
  revision: 4,
  diagnostic: 5
};

/**
 * Keeps the books on input lines: every non-blank line is recorded exactly once, in one of the
 * five destinations. A line recorded twice is a parser bug and throws, so tests catch it.
 */
export class LineLedger {
  /**
   * The destination of each line by line number, as its code (0: not recorded). A byte array,
   * grown as needed, rather than a Map: a large sheet records every one of its many lines.
   */
  private codes = new Uint8Array(256);
  /** Lines recorded in each destination, by code - 1. */
  private readonly counts = [0, 0, 0, 0, 0];
  private recorded = 0;

  record(line: number, destination: LineDestination): void {
    if (!Number.isInteger(line) || line < 0) {
      throw new RangeError(`line ${line} is not a line number`);
    }
    const code = DESTINATION_CODES[destination];
    if (line >= this.codes.length) this.grow(line);
    const previous = this.codes[line];
    if (previous === code) return;
    if (previous !== 0) {
      throw new Error(
        `line ${line} accounted twice: as ${DESTINATIONS[previous - 1]} and as ${destination}`
      );
    }
    this.codes[line] = code;
    this.counts[code - 1] += 1;
    this.recorded += 1;
  }

  has(line: number): boolean {
    return this.destinationOf(line) !== undefined;
  }

  destinationOf(line: number): LineDestination | undefined {
    const code = Number.isInteger(line) && line >= 0 ? this.codes[line] : undefined;
    return code ? DESTINATIONS[code - 1] : undefined;
  }

  /** The accounting for a document whose non-blank lines number `total`. */
  accounting(total: number): LineAccounting {
    const [items, sections, preamble, revisions, diagnostics] = this.counts;
    return { total, accounted: this.recorded, items, sections, preamble, revisions, diagnostics };
  }

  private grow(line: number): void {
    let size = this.codes.length * 2;
    while (size <= line) size *= 2;
    const codes = new Uint8Array(size);
    codes.set(this.codes);
    this.codes = codes;
  }
}
