/**
 * Checksheets written as text: METI sheets extracted from PDF (tab-separated, cells that wrap
 * onto the next line), CSV, TSV pasted from Excel, CAIQ exported as CSV.
 */
import type { ParsedChecksheet, TextEncoding } from "c/checksheetModel";
import { ChecksheetReadError, LineLedger } from "c/checksheetModel";
import { countNonBlankLines, isBlank, splitLines } from "c/checksheetText";
import { readCell } from "./cells";
import { readHeader } from "./columns";
import { tokenizeRecords } from "./delimited";
import { DiagnosticLog } from "./diagnosticLog";
import { findHeaderLine, formatOf } from "./headerSearch";
import { assembleChecksheet, NO_HEADER_MESSAGE } from "./assemble";
import type { PreambleRow } from "./preamble";
import { readPreamble } from "./preamble";
import type { SourceRow } from "./tableRows";
import { readTableRows } from "./tableRows";
import { joinWrappedRows } from "./wrappedRows";

/** Index of the first character of line `lineIndex` (0-based). */
function offsetOfLine(text: string, lineIndex: number): number {
  const breaks = /\r\n|\r|\n/g;
  let offset = 0;
  for (let line = 0; line < lineIndex; line += 1) {
    const found = breaks.exec(text);
    if (found === null) return text.length;
    offset = found.index + found[0].length;
  }
  return offset;
}

/** A line above the header as a preamble row: its cells, and its text without separators. */
function preambleRow(
  line: string,
  number: number,
  delimiter: "," | "\t"
): PreambleRow {
  const cells =
    line.indexOf(delimiter) < 0
      ? [line]
      : tokenizeRecords(line, delimiter)[0].cells;
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== "");
  let text: string;
  if (filled.length <= 1) text = filled[0] ?? "";
  else if (delimiter === "\t") text = filled.join(" ");
  else text = line.replace(/[,\s]+$/, "").trim();
  return { cells, text, line: number };
}

export function parseTabularText(
  text: string,
  context: { fileName: string; encoding: TextEncoding }
): ParsedChecksheet {
  const { fileName } = context;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = splitLines(source);
  const match = findHeaderLine(lines);
  if (match === undefined) {
    throw new ChecksheetReadError(fileName, NO_HEADER_MESSAGE);
  }
  const { delimiter } = match;
  const ledger = new LineLedger();
  const log = new DiagnosticLog();
  const nonBlankBetween = (first: number, last: number): number[] => {
    const found: number[] = [];
    for (let line = first; line <= last; line += 1) {
      if (!isBlank(lines[line - 1] ?? "")) found.push(line);
    }
    return found;
  };

  const preambleRows: PreambleRow[] = [];
  for (let index = 0; index < match.index; index += 1) {
    if (!isBlank(lines[index])) {
      preambleRows.push(preambleRow(lines[index], index + 1, delimiter));
    }
  }
  const preamble = readPreamble(preambleRows, fileName, ledger);

  const [headerRecord, ...records] = tokenizeRecords(
    source.slice(offsetOfLine(source, match.index)),
    delimiter,
    match.index + 1
  );
  const layout =
    readHeader(headerRecord.cells.map((cell) => readCell(cell).text)) ??
    match.layout;
  for (const line of nonBlankBetween(headerRecord.line, headerRecord.endLine)) {
    ledger.record(line, "preamble");
  }
  const format = formatOf(layout, delimiter);
  const rows: SourceRow[] = records.map((record) => ({
    cells: record.cells,
    line: record.line,
    lines: nonBlankBetween(record.line, record.endLine)
  }));
  const body = readTableRows(
    format === "meti" ? joinWrappedRows(rows, layout.width) : rows,
    layout,
    ledger,
    log
  );
  return assembleChecksheet({
    fileName,
    encoding: context.encoding,
    format,
    preamble,
    body,
    log,
    lines: ledger.accounting(countNonBlankLines(lines))
  });
}
