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
}

import { NextOccurrence } from './textSearch';

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/** Line breaks (CRLF counts once) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LF) count += 1;
    else if (code === CR && text.charCodeAt(index + 1) !== LF) count += 1;
  }
  return count;
}

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

  constructor(text: string, delimiter: ',' | '\t', firstLine = 1) {
    this.text = text;
    this.separator = delimiter.charCodeAt(0);
    this.nextSeparator = new NextOccurrence(text, delimiter);
    this.nextLineFeed = new NextOccurrence(text, '\n');
    this.nextCarriageReturn = new NextOccurrence(text, '\r');
    this.index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.line = firstLine;
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
    let count = 0;
    let recordEnded = false;
    while (!recordEnded) {
      let value: string | undefined;
      if (text.charCodeAt(index) === QUOTE) {
        const field = readQuoted(text, index, separator);
        if (field !== undefined) {
          line += countLineBreaks(text, index, field.end);
          value = field.value;
          index = field.end;
          quoted = true;
        }
      }
      if (value === undefined && text.charCodeAt(index) === separator) {
        value = ''; // an empty field: a row of thousands of tabs needs no search per field
      } else if (value === undefined) {
        const stop = Math.min(this.nextSeparator.from(index), this.lineBreakFrom(index));
        value = text.slice(index, stop);
        index = stop;
      }
      cells[count] = value;
      count += 1;
      const code = text.charCodeAt(index);
      if (code === separator) {
        index += 1;
        if (index >= length) {
          cells[count] = '';
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
    if (cells.length !== count) cells.length = count;
    this.width = count;
    this.index = index;
    this.line = line + 1;
    return { cells, line: startLine, endLine: line, start, end, quoted };
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
    const next = text.charCodeAt(quote + 1);
    if (next === QUOTE) {
      value += text.slice(from, quote + 1);
      from = quote + 2;
      continue;
    }
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
