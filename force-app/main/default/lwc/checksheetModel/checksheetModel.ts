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
  | 'caiq'; // CSA CAIQ v4 sheet (CSV, TSV or xlsx)

/** Text encodings the reader detects. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'binary';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** A finding about the input: which line, what was wrong, what was done about it. */
export interface Diagnostic {
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
 * What a column of a table fills, named after the item field it fills: `number` (項番), `section`,
 * `question` (確認事項), `mark` (実施有無: ○ △ × -, Yes/No — a second mark column, worded, is read
 * when the first is empty), `answer` (備考: the answer text; several answer columns are joined);
 * `yes`, `no`, `na`: marker columns of sheets that answer with an X under separate Yes / No / N/A
 * columns; `extra`: kept in `item.extra` under its header; `ignored`: not read.
 */
export type ColumnRole =
  'number' | 'section' | 'question' | 'mark' | 'answer' | 'yes' | 'no' | 'na' | 'extra' | 'ignored';

/** Every column role, in the order a reviewer is offered them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'number',
  'section',
  'question',
  'mark',
  'answer',
  'yes',
  'no',
  'na',
  'extra',
  'ignored'
];

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

/** Raised when a document cannot be read at all: one clear message, naming the file. */
export class ChecksheetReadError extends Error {
  readonly fileName: string;
  readonly line: number;
  /** What is wrong, without the file and line the message opens with. */
  readonly reason: string;

  constructor(fileName: string, message: string, line = 0) {
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
  }
}

/** Documented input limits (README "Limits"). */
export const LIMITS = {
  /** Largest file accepted, in bytes (25 MB). */
  maxBytes: 25 * 1024 * 1024,
  /** Most items accepted in one document. */
  maxItems: 50000
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
      `the file is too large: ${formatMegabytes(size)} (${size} ${unit}); the limit is ${formatMegabytes(LIMITS.maxBytes)}`
    );
  }
}

/** Refuses a document with more than LIMITS.maxItems items. */
export function checkItemCount(fileName: string, count: number): void {
  if (count > LIMITS.maxItems) {
    throw new ChecksheetReadError(
      fileName,
      `has ${count} items; the limit is ${LIMITS.maxItems} — split the document into smaller files`
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
