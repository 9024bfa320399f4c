/**
 * Checksheets written as text: METI sheets extracted from PDF (tab-separated, cells that wrap
 * onto the next line), CSV, TSV pasted from Excel, CAIQ exported as CSV, and Markdown pipe
 * tables (./markdownTable).
 */
import type { ColumnRoleOverride, ParsedChecksheet, TextEncoding } from 'c/checksheetModel';
import { ChecksheetReadError, LineLedger } from 'c/checksheetModel';
import { isBlank, splitLines, trimTrailing } from 'c/checksheetText';
import { assembleChecksheet, NO_HEADER_MESSAGE } from './assemble';
import { PlainStretches, readCell, removeFormulaGuards } from './cells';
import { MAX_HEADER_CELLS, readHeader, readSubHeader } from './columns';
import type { DelimitedRecord } from './delimited';
import { allCells, cellAt, cellCount, DelimitedReader, tokenizeRecords } from './delimited';
import { DiagnosticLog } from './diagnosticLog';
import { findHeaderLine, formatOf } from './headerSearch';
import { findMarkdownHeader, parseMarkdownTable } from './markdownTable';
import type { PreambleRow } from './preamble';
import { CONTENT_SAMPLE_ROWS, rolesFromContent, sampledColumns } from './contentRoles';
import { readPreamble } from './preamble';
import {
  applyOverrides,
  overridesFor,
  reportMissingAnswers,
  reportUnknownSheets,
  tableReading
} from './roleOverrides';
import { TableReader } from './tableRows';
import type { RowSink } from './wrappedRows';
import { NextNonSpace } from './textSearch';
import { WrappedRowJoiner } from './wrappedRows';

/** A line above the header as a preamble row: its cells, and its text without separators. */
function preambleRow(line: string, number: number, delimiter: ',' | '\t'): PreambleRow {
  const cells = line.indexOf(delimiter) < 0 ? [line] : tokenizeRecords(line, delimiter)[0].cells;
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  let text: string;
  if (filled.length <= 1) text = filled[0] ?? '';
  else if (delimiter === '\t') text = filled.join(' ');
  else text = trimTrailing(line, /[,\s]/).trim();
  return { cells, text, line: number };
}

/** The non-blank source lines a record covers (blank: white space only, as `isBlank`). */
function nonBlankLines(text: string, record: DelimitedRecord, nonSpace: NextNonSpace): number[] {
  if (record.line === record.endLine) {
    return nonSpace.from(record.start) < record.end ? [record.line] : [];
  }
  const found: number[] = [];
  splitLines(text.slice(record.start, record.end)).forEach((line, index) => {
    if (!isBlank(line)) found.push(record.line + index);
  });
  return found;
}

/** What a text table is read with: where it came from, and a reviewer's column roles. */
export interface TabularTextContext {
  fileName: string;
  encoding: TextEncoding;
  columnRoles?: readonly ColumnRoleOverride[];
}

/**
 * Cells of a row read one by one; a row wider than that (a header has at most
 * MAX_HEADER_CELLS) keeps the rest sparsely, by its filled cells (see `MoreCells`).
 */
const ROW_CELLS = 256;

/** The texts of the sample rows' cells in `columns` (the only ones read), at their columns. */
function sampleTexts(records: readonly DelimitedRecord[], columns: readonly number[]): string[][] {
  return records.map((record) => {
    const texts: string[] = [];
    for (const column of columns) texts[column] = readCell(cellAt(record, column)).text;
    return texts;
  });
}

export function parseTabularText(text: string, context: TabularTextContext): ParsedChecksheet {
  return readTextTable(text, context, ROW_CELLS);
}

/**
 * `parseTabularText`, rows read one cell at a time up to `cellLimit` cells (the reading does not
 * depend on it: the tests read with small limits to show so).
 */
export function readTextTable(
  text: string,
  context: TabularTextContext,
  cellLimit: number
): ParsedChecksheet {
  const { fileName } = context;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const match = findHeaderLine(source);
  // A Markdown pipe table above any delimited header is the document's table.
  const markdown = findMarkdownHeader(source, Number.POSITIVE_INFINITY, match?.index);
  if (markdown !== undefined) return parseMarkdownTable(source, context, markdown);
  if (match === undefined) {
    throw new ChecksheetReadError(fileName, NO_HEADER_MESSAGE, 0, 'no_header');
  }
  const { delimiter } = match;
  const ledger = new LineLedger();
  const log = new DiagnosticLog();

  const preambleRows: PreambleRow[] = [];
  splitLines(source.slice(0, match.offset))
    .slice(0, match.index)
    .forEach((line, index) => {
      if (!isBlank(line)) {
        preambleRows.push(preambleRow(line, index + 1, delimiter));
      }
    });
  const preamble = readPreamble(preambleRows, fileName, ledger);
  let total = preambleRows.length;

  const tail = source.slice(match.offset);
  const records = new DelimitedReader(tail, delimiter, match.index + 1);
  const headerRecord = records.next() as DelimitedRecord;
  const nonSpace = new NextNonSpace(tail);
  const plainStretches = new PlainStretches(tail);
  const headerLines = nonBlankLines(tail, headerRecord, nonSpace);
  for (const line of headerLines) ledger.record(line, 'preamble');
  total += headerLines.length;
  const topHeader =
    readHeader(headerRecord.cells.map((cell) => readCell(cell).text)) ?? match.layout;
  records.cellLimit = cellLimit;
  // A second header row under the first ("Yes | No | N/A" under a merged "Answer"): read with it.
  let first = records.next();
  const subHeader =
    first === undefined || cellCount(first) < 2 || cellCount(first) > MAX_HEADER_CELLS
      ? undefined
      : readSubHeader(
          topHeader,
          allCells(first).map((cell) => readCell(cell).text)
        );
  if (subHeader !== undefined && first !== undefined) {
    const lines = nonBlankLines(tail, first, nonSpace);
    for (const line of lines) ledger.record(line, 'preamble');
    total += lines.length;
    first = records.next();
  }
  const detected = subHeader ?? topHeader;
  // The first rows are read once, kept for the table after they give the content its say.
  const sampled: DelimitedRecord[] = first === undefined ? [] : [first];
  while (sampled.length < CONTENT_SAMPLE_ROWS) {
    const record = records.next();
    if (record === undefined) break;
    sampled.push(record);
  }
  const sample = sampleTexts(sampled, sampledColumns(detected));
  const fromContent = rolesFromContent(detected, sample);
  const overrides = context.columnRoles ?? [];
  reportUnknownSheets(overrides, new Set(), log);
  const layout = applyOverrides(
    fromContent,
    overridesFor(overrides, undefined),
    headerRecord.line,
    log
  );
  reportMissingAnswers(layout, headerRecord.line, log);
  const format = formatOf(layout, delimiter);
  const reader = new TableReader(layout, log, ledger);
  const joiner = format === 'meti' ? new WrappedRowJoiner(layout.width, reader) : undefined;
  const sink: RowSink = joiner ?? reader;
  const readRecord = (record: DelimitedRecord): void => {
    const lines = nonBlankLines(tail, record, nonSpace);
    total += lines.length;
    // A quoted field's value is not the text between the offsets (and may hold a carriage return).
    const plain = !record.quoted && plainStretches.isPlain(record.start, record.end);
    if (delimiter === ',') {
      removeFormulaGuards(record.cells);
      if (record.more !== undefined) removeFormulaGuards(record.more.texts);
    }
    sink.read({ cells: record.cells, line: record.line, lines, plain, more: record.more });
  };
  for (const record of sampled) readRecord(record);
  sampled.length = 0;
  for (let record = records.next(); record; record = records.next()) readRecord(record);
  joiner?.end();
  const body = reader.finish();
  return assembleChecksheet({
    fileName,
    encoding: context.encoding,
    format,
    preamble,
    body,
    log,
    lines: ledger.accounting(total),
    tables: [tableReading(layout, headerRecord.line, undefined)]
  });
}
