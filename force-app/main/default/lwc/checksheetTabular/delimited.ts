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
}

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
 * The records of a delimited text, each with the line it starts and ends on. `firstLine` is the
 * number of the text's first line (for a text that is the tail of a document).
 */
export function tokenizeRecords(
  text: string,
  delimiter: "," | "\t",
  firstLine = 1
): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine;
  while (index < length) {
    const startLine = line;
    const cells: string[] = [];
    let recordEnded = false;
    while (!recordEnded) {
      let value: string | undefined;
      if (text.charCodeAt(index) === QUOTE) {
        const quoted = readQuoted(text, index, separator);
        if (quoted !== undefined) {
          line += countLineBreaks(text, index, quoted.end);
          value = quoted.value;
          index = quoted.end;
        }
      }
      if (value === undefined) {
        let end = index;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === separator || code === LF || code === CR) break;
          end += 1;
        }
        value = text.slice(index, end);
        index = end;
      }
      cells.push(value);
      const code = text.charCodeAt(index);
      if (code === separator) {
        index += 1;
        if (index >= length) {
          cells.push("");
          recordEnded = true;
        }
      } else {
        if (code === CR) index += text.charCodeAt(index + 1) === LF ? 2 : 1;
        else if (code === LF) index += 1;
        recordEnded = true;
      }
    }
    records.push({ cells, line: startLine, endLine: line });
    line += 1;
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
  let value = "";
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return undefined;
    const next = text.charCodeAt(quote + 1);
    if (next === QUOTE) {
      value += text.slice(from, quote + 1);
      from = quote + 2;
      continue;
    }
    if (
      quote + 1 >= text.length ||
      next === separator ||
      next === LF ||
      next === CR
    ) {
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
  delimiter: "," | "\t"
): { cells: string[]; line: number }[] {
  return tokenizeRecords(text, delimiter).map((record) => ({
    cells: record.cells,
    line: record.line
  }));
}
