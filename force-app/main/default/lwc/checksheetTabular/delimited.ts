/**
 * Comma- and tab-separated text, RFC 4180 style: quoted fields may hold delimiters, doubled
 * quotes and line breaks. Excel writes its clipboard (TSV) the same way.
 *
 * Lenient where real files are not RFC 4180: a field that starts with a quote but whose quote
 * does not close right before a delimiter or a line break (`"SaaS" とは…`) is read as written,
 * quotes included, up to the next delimiter. Nothing here throws.
 */

export interface DelimitedRecord {
  cells: string[];
  /** 1-based source line where the record starts. */
  line: number;
  /** 1-based source line where the record ends (after line breaks inside quoted fields). */
  endLine: number;
  /** Offsets of the record's text, its final line break excluded. */
  start: number;
  end: number;
  /** Some field was quoted (RFC 4180): its value may differ from the text between the offsets. */
  quoted: boolean;
  /** The cells past the reader's `cellLimit`, when the record has more (see `MoreCells`). */
  more?: MoreCells;
}

/**
 * The cells of a record past the first `cellLimit` ones (which are in `cells`), kept sparsely: a
 * line of a million tabs after an item number is a million cells, nearly all empty, and making a
 * string and an array slot of each, then reading each one again row after row, cost dozens of
 * times what the same megabyte of an ordinary sheet costs. No cell is lost: every cell that is not
 * "" is here, with its column.
 */
export interface MoreCells {
  /** How many cells the record has in all, `cells` included. */
  count: number;
  /** The columns (ascending, each at least `cells.length`) of the cells here that are not "". */
  columns: number[];
  /** Their text, as `cells` would have held it. */
  texts: string[];
}

/** All the cells of a record, as if it had been read without a cell limit. */
export function allCells(record: { cells: string[]; more?: MoreCells }): string[] {
  const { more } = record;
  if (more === undefined) return record.cells;
  const cells = record.cells.slice();
  for (let index = cells.length; index < more.count; index += 1) cells.push('');
  more.columns.forEach((column, index) => {
    cells[column] = more.texts[index];
  });
  return cells;
}

/** The cell of a record in column `column`, "" past its last. */
export function cellAt(record: { cells: string[]; more?: MoreCells }, column: number): string {
  if (column < record.cells.length) return record.cells[column];
  const { more } = record;
  if (more === undefined) return '';
  let low = 0;
  let high = more.columns.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (more.columns[middle] === column) return more.texts[middle];
    if (more.columns[middle] < column) low = middle + 1;
    else high = middle - 1;
  }
  return '';
}

/** How many cells a record has, those past the cell limit included. */
export function cellCount(record: { cells: string[]; more?: MoreCells }): number {
  return record.more === undefined ? record.cells.length : record.more.count;
}

import { NextOccurrence } from './textSearch';

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/**
 * Reads the records of a delimited text one at a time, so that a parser can let each one go
 * before reading the next (a 5,000-row sheet never holds all its records at once).
 *
 * Unquoted fields, nearly all of them, end at the next delimiter or line break: both are found
 * with `indexOf` (a fast native search) rather than by testing every character in a loop.
 * (Splitting a whole line with `split` was tried: it is slower once the code is optimised.)
 */
export class DelimitedReader {
  private readonly text: string;
  private readonly separator: number;
  private readonly nextSeparator: NextOccurrence;
  private readonly nextLineFeed: NextOccurrence;
  private readonly nextCarriageReturn: NextOccurrence;
  private index: number;
  private line: number;
  /** Cells of the last record: most tables have as many in every row. */
  private width = 1;
  /**
   * Cells of a record read one by one; the others go to its `more` (see `MoreCells`). A reader
   * sets it once it knows how wide its table is.
   */
  cellLimit = Number.POSITIVE_INFINITY;

  constructor(text: string, delimiter: ',' | '\t', firstLine = 1) {
    this.text = text;
    this.separator = delimiter.charCodeAt(0);
    this.nextSeparator = new NextOccurrence(text, delimiter);
    this.nextLineFeed = new NextOccurrence(text, '\n');
    this.nextCarriageReturn = new NextOccurrence(text, '\r');
    this.index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.line = firstLine;
  }

  /**
   * Line breaks (CRLF counts once) in text[from, to), found with the remembered searches rather
   * than by testing every character of a long quoted field.
   */
  private countLineBreaks(from: number, to: number): number {
    const { text } = this;
    let count = 0;
    for (let index = this.nextLineFeed.from(from); index < to;) {
      count += 1;
      index = this.nextLineFeed.from(index + 1);
    }
    for (let index = this.nextCarriageReturn.from(from); index < to;) {
      if (text.charCodeAt(index + 1) !== LF) count += 1;
      index = this.nextCarriageReturn.from(index + 1);
    }
    return count;
  }

  /** Where the line holding `from` ends: its line break, or the end of the text. */
  private lineBreakFrom(from: number): number {
    return Math.min(this.nextLineFeed.from(from), this.nextCarriageReturn.from(from));
  }

  /** The next record, or undefined at the end of the text. */
  next(): DelimitedRecord | undefined {
    const { text, separator } = this;
    const length = text.length;
    let index = this.index;
    if (index >= length) return undefined;
    const start = index;
    const startLine = this.line;
    let line = startLine;
    let end = length;
    let quoted = false;
    // Sized like the last record, so that it is allocated once, at its final size.
    const cells = new Array<string>(this.width);
    const limit = Math.max(1, this.cellLimit);
    let more: MoreCells | undefined;
    /** The line break ending the line being read (or the text's length); -1: not searched yet. */
    let lineEnd = -1;
    let count = 0;
    let recordEnded = false;
    while (!recordEnded) {
      if (count >= limit && text.charCodeAt(index) === separator) {
        // A run of empty fields past the limit, each ended by its separator: counted at once.
        let run = index + 1;
        while (run < length && text.charCodeAt(run) === separator) run += 1;
        count += run - index;
        index = run;
        if (index >= length) {
          count += 1; // the text ends with a separator: one more, empty, field
          recordEnded = true;
        }
        continue;
      }
      let value: string | undefined;
      if (text.charCodeAt(index) === QUOTE) {
        const field = readQuoted(text, index, separator);
        if (field !== undefined) {
          line += this.countLineBreaks(index, field.end);
          value = field.value;
          index = field.end;
          quoted = true;
        }
      }
      if (value === undefined && text.charCodeAt(index) === separator) {
        value = ''; // an empty field: a row of thousands of tabs needs no search per field
      } else if (value === undefined) {
        // The line's end is searched for once per line, not once per field.
        if (lineEnd < index) lineEnd = this.lineBreakFrom(index);
        const stop = Math.min(this.nextSeparator.from(index), lineEnd);
        value = text.slice(index, stop);
        index = stop;
      }
      if (count < limit) {
        cells[count] = value;
      } else if (value !== '') {
        if (more === undefined) more = { count: 0, columns: [], texts: [] };
        more.columns.push(count);
        more.texts.push(value);
      }
      count += 1;
      const code = text.charCodeAt(index);
      if (code === separator) {
        index += 1;
        if (index >= length) {
          if (count < limit) cells[count] = '';
          count += 1;
          recordEnded = true;
        }
      } else {
        end = index;
        if (code === CR) index += text.charCodeAt(index + 1) === LF ? 2 : 1;
        else if (code === LF) index += 1;
        recordEnded = true;
      }
    }
    const kept = Math.min(count, limit);
    if (cells.length !== kept) cells.length = kept;
    this.width = kept;
    this.index = index;
    this.line = line + 1;
    if (count > limit) {
      if (more === undefined) more = { count, columns: [], texts: [] };
      else more.count = count;
    }
    return { cells, line: startLine, endLine: line, start, end, quoted, more };
  }
}

/**
 * The records of a delimited text, each with the line it starts and ends on. `firstLine` is the
 * number of the text's first line (for a text that is the tail of a document).
 */
export function tokenizeRecords(
  text: string,
  delimiter: ',' | '\t',
  firstLine = 1
): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  const reader = new DelimitedReader(text, delimiter, firstLine);
  for (let record = reader.next(); record; record = reader.next()) {
    records.push(record);
  }
  return records;
}

/**
 * The value of the quoted field opening at `open` and the index just after its closing quote,
 * or undefined when the quotes are not RFC 4180 (no closing quote directly before a delimiter,
 * a line break or the end of the text).
 */
function readQuoted(
  text: string,
  open: number,
  separator: number
): { value: string; end: number } | undefined {
  let from = open + 1;
  let value = '';
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return undefined;
    // A run of doubled quotes becomes its quotes at once: appending them one by one built a
    // string per quote (a field of a million quotes is half a million pieces).
    let run = quote;
    while (text.charCodeAt(run) === QUOTE && text.charCodeAt(run + 1) === QUOTE) run += 2;
    if (run > quote) {
      value += text.slice(from, quote) + '"'.repeat((run - quote) / 2);
      from = run;
      continue;
    }
    const next = text.charCodeAt(quote + 1);
    if (quote + 1 >= text.length || next === separator || next === LF || next === CR) {
      return { value: value + text.slice(from, quote), end: quote + 1 };
    }
    return undefined;
  }
}

/**
 * RFC 4180 records of a CSV (delimiter ",") or TSV (delimiter "\t") text: quoted commas, doubled
 * quotes and line breaks inside quotes; `line` is the source line where each record starts.
 * A leading byte-order mark is skipped; an empty line is a record of one empty cell; the line
 * break after the last record is optional.
 */
export function tokenizeDelimited(
  text: string,
  delimiter: ',' | '\t'
): { cells: string[]; line: number }[] {
  return tokenizeRecords(text, delimiter).map((record) => ({
    cells: record.cells,
    line: record.line
  }));
}
