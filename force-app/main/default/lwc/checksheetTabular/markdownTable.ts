/**
 * Checksheets written in Markdown: a pipe table (`| 項番 | 確認事項 | 実施有無 | 備考 |` over a
 * `|---|:---:|` delimiter row) in a document with a title, headings and prose, as vendors keep
 * them in wikis and README files and as reviewers paste them. The table's rows are read as every
 * table's are (column roles from headers and cells, a reviewer's overrides, section rows, marks);
 * the rest of the document is accounted too: prose above the table and after it is the preamble,
 * headings between its rows are sections, a revision table is revisions, and a later table with
 * a header of its own is read with that header.
 */
import type { ParsedChecksheet, RevisionEntry, TableReading } from 'c/checksheetModel';
import {
  countNonBlankLines,
  isBlank,
  normalizeSpaces,
  removeBoldMarks,
  splitLines
} from 'c/checksheetText';
import { LineLedger } from 'c/checksheetModel';
import { assembleChecksheet } from './assemble';
import { readCell, splitSectionHeading } from './cells';
import type { HeaderLayout, RevisionLayout } from './columns';
import {
  readHeader,
  readRevisionHeader,
  readSubHeader,
  revisionEntry,
  sameHeader
} from './columns';
import { CONTENT_SAMPLE_ROWS, rolesFromContent } from './contentRoles';
import { DiagnosticLog } from './diagnosticLog';
import { isRevisionTitle } from './revisionWords';
import type { PreambleRow } from './preamble';
import { readPreamble } from './preamble';
import {
  applyOverrides,
  overridesFor,
  reportMissingAnswers,
  reportUnknownSheets,
  tableReading
} from './roleOverrides';
import type { TableBody } from './tableRows';
import { TableReader } from './tableRows';
import type { TabularTextContext } from './textTable';

const PIPE = 124; // |
const BACKSLASH = 92; // \

/** A delimiter row's cell: dashes, with a colon at either end for the alignment. */
const RULE_CELL = /^:?-+:?$/;
/** The opening of a Markdown heading: "## " (its closing hashes are cut without a regex). */
const HEADING_OPENING = /^ {0,3}#{1,6}[ \t]+/;
/** Longest heading read as a section between the rows of a table. */
const HEADING_MAX_LENGTH = 80;
/** Header rows are short; longer lines are not tokenised while searching for one. */
const MAX_HEADER_LINE = 2000;

/**
 * The cells of a pipe row (`| a | b |`, or `a | b` without the outer pipes), trimmed; an escaped
 * `\|` is a pipe inside a cell. Undefined when the line has no pipe.
 */
export function pipeCells(line: string): string[] | undefined {
  const text = line.trim();
  let pipe = text.indexOf('|');
  if (pipe < 0) return undefined;
  const cells: string[] = [];
  let cell = '';
  let from = 0;
  while (pipe >= 0) {
    if (pipe > 0 && text.charCodeAt(pipe - 1) === BACKSLASH) {
      cell += `${text.slice(from, pipe - 1)}|`;
    } else {
      cells.push(cell + text.slice(from, pipe));
      cell = '';
    }
    from = pipe + 1;
    pipe = text.indexOf('|', from);
  }
  cells.push(cell + text.slice(from));
  // The outer pipes open and close the row: they hold no cell.
  if (text.charCodeAt(0) === PIPE) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '' && from === text.length) cells.pop();
  return cells.map((value) => value.trim());
}

/** True for a table's delimiter row (`|---|:---:|---:|`). */
export function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((cell) => RULE_CELL.test(cell));
}

/** A cell's text as the table reader takes it: Markdown emphasis (`**…**`, `__…__`) removed. */
function cellText(cell: string): string {
  return removeBoldMarks(cell);
}

/**
 * The text of a heading line ("## 2. アクセス管理 ##" → "2. アクセス管理"); undefined for other
 * lines. Closing hashes are found by a scan from the end: a pattern for them would backtrack
 * over a long run of spaces.
 */
function headingText(line: string): string | undefined {
  const opening = HEADING_OPENING.exec(line);
  if (opening === null) return undefined;
  let text = line.slice(opening[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end -= 1; // #
  if (end < text.length && (end === 0 || /[ \t]/.test(text.charAt(end - 1)))) {
    text = text.slice(0, end).trimEnd();
  }
  return cellText(normalizeSpaces(text).trim());
}

/** A prose line as plain text: heading marks and emphasis removed, "" for a horizontal rule. */
function proseText(line: string): string {
  const text = cellText(normalizeSpaces(line).trim());
  return /^(?:[-*_]\s*){3,}$/.test(text) ? '' : (headingText(text) ?? text);
}

export interface MarkdownHeaderMatch {
  /** 0-based index of the header line; its delimiter row is the next line. */
  index: number;
  layout: HeaderLayout;
  /** The header row opens with a pipe: so must the rows of its table. */
  leadingPipe: boolean;
}

/**
 * The first pipe row among the first `maxNonBlank` non-blank lines (and before line index
 * `before`) that names checksheet columns and has a delimiter row under it, as a table header
 * must in Markdown. Lines are read one by one, as `findHeaderLine` does.
 */
export function findMarkdownHeader(
  text: string,
  maxNonBlank = Number.POSITIVE_INFINITY,
  before = Number.POSITIVE_INFINITY
): MarkdownHeaderMatch | undefined {
  const lineBreak = /\r\n|\r|\n/g;
  let offset = 0;
  let seen = 0;
  let candidate: MarkdownHeaderMatch | undefined;
  for (let index = 0; index <= before && (seen < maxNonBlank || candidate); index += 1) {
    lineBreak.lastIndex = offset;
    const found = lineBreak.exec(text);
    const end = found === null ? text.length : found.index;
    const line = end - offset <= MAX_HEADER_LINE ? text.slice(offset, end) : '|';
    const cells = line.indexOf('|') < 0 ? undefined : pipeCells(line);
    if (candidate !== undefined) {
      if (cells !== undefined && isDelimiterRow(cells)) return candidate;
      candidate = undefined;
    }
    if (!isBlank(line)) seen += 1;
    if (cells !== undefined && cells.length >= 2 && index < before && seen <= maxNonBlank) {
      const layout = readHeader(cells.map((cell) => readCell(cellText(cell)).text));
      if (layout !== undefined) {
        candidate = { index, layout, leadingPipe: line.trim().charCodeAt(0) === PIPE };
      }
    }
    if (found === null) return undefined;
    offset = found.index + found[0].length;
  }
  return undefined;
}

/** A line above the header as a preamble row. */
function preambleRow(line: string, number: number): PreambleRow {
  const cells = pipeCells(line);
  if (cells === undefined) {
    const text = proseText(line);
    return { cells: [text], text, line: number };
  }
  if (isDelimiterRow(cells)) return { cells, text: '', line: number, rule: true };
  const texts = cells.map(cellText);
  return { cells: texts, text: texts.filter((cell) => cell !== '').join(' '), line: number };
}

/** What the lines after one table's header are read as, until a line says otherwise. */
type Mode = { kind: 'items' } | { kind: 'revisions'; layout: RevisionLayout } | { kind: 'other' };

/** The tables of a Markdown document, read one after another into one body. */
class MarkdownReading {
  readonly body: TableBody = { items: [], sections: [], revisions: [] };
  readonly tables: TableReading[] = [];
  /** Prose after the first table's header, kept with the preamble. */
  readonly notes: string[] = [];
  readonly log = new DiagnosticLog();
  readonly ledger = new LineLedger();
  caiq = false;
  private reader: TableReader | undefined;
  /**
   * A heading not yet given to a table: it goes to the table whose rows follow it, which may be
   * a new table with a header of its own.
   */
  private pendingHeading: { text: string; line: number } | undefined;
  /** The header the current table was found with (before content roles and overrides). */
  private detected: HeaderLayout | undefined;
  leadingPipe = true;
  private readonly lines: readonly string[];
  private readonly context: TabularTextContext;

  constructor(lines: readonly string[], context: TabularTextContext) {
    this.lines = lines;
    this.context = context;
  }

  /** A pipe row's cells, if the line is a row of the current table's kind. */
  rowCells(line: string): string[] | undefined {
    const opensWithPipe = line.trim().charCodeAt(0) === PIPE;
    return opensWithPipe || !this.leadingPipe ? pipeCells(line) : undefined;
  }

  /** True when the line at `index` is a delimiter row. */
  delimiterAt(index: number): boolean {
    const line = this.lines[index];
    if (line === undefined || line.indexOf('|') < 0) return false;
    const cells = pipeCells(line);
    return cells !== undefined && isDelimiterRow(cells);
  }

  /**
   * Starts a table whose header is the line at `index` (its delimiter row under it); returns the
   * index of the first line of its rows. A second header row directly under the delimiter row
   * is read into the header.
   */
  startTable(index: number, header: HeaderLayout, leadingPipe: boolean): number {
    const heading = this.pendingHeading;
    this.pendingHeading = undefined;
    this.finishTable();
    const { ledger, log, lines } = this;
    ledger.record(index + 1, 'preamble');
    ledger.record(index + 2, 'preamble');
    let at = index + 2;
    let layout = header;
    const next = lines[at] === undefined ? undefined : pipeCells(lines[at]);
    const sub =
      next === undefined || isDelimiterRow(next)
        ? undefined
        : readSubHeader(
            header,
            next.map((cell) => readCell(cellText(cell)).text)
          );
    if (sub !== undefined) {
      ledger.record(at + 1, 'preamble');
      layout = sub;
      at += 1;
    }
    this.detected = layout;
    this.leadingPipe = leadingPipe;
    const sample: string[][] = [];
    for (let row = at; row < lines.length && sample.length < CONTENT_SAMPLE_ROWS; row += 1) {
      const cells = this.rowCells(lines[row]);
      if (cells === undefined) continue;
      if (isDelimiterRow(cells)) break;
      sample.push(cells.map((cell) => readCell(cellText(cell)).text));
    }
    const read = applyOverrides(
      rolesFromContent(layout, sample),
      overridesFor(this.context.columnRoles ?? [], undefined),
      index + 1,
      log
    );
    reportMissingAnswers(read, index + 1, log);
    this.reader = new TableReader(read, log, ledger);
    this.tables.push(tableReading(read, index + 1, undefined));
    this.caiq = this.caiq || read.caiq;
    this.pendingHeading = heading;
    return at;
  }

  /** The header a new table's header row repeats: the current one (same columns), or undefined. */
  repeats(header: HeaderLayout): boolean {
    return this.detected !== undefined && sameHeader(header, this.detected);
  }

  row(cells: string[], line: number): void {
    this.giveHeading();
    this.reader?.read({ cells: cells.map(cellText), line, lines: [line] });
  }

  heading(text: string, line: number): void {
    this.giveHeading();
    this.pendingHeading = { text, line };
  }

  /** Gives the waiting heading, if any, to the current table. */
  private giveHeading(): void {
    const heading = this.pendingHeading;
    if (heading === undefined) return;
    this.pendingHeading = undefined;
    this.reader?.readHeading(
      { cells: [heading.text], line: heading.line, lines: [heading.line] },
      heading.text
    );
  }

  finishTable(): void {
    this.giveHeading();
    if (this.reader === undefined) return;
    const body = this.reader.finish();
    this.body.items.push(...body.items);
    this.body.sections.push(...body.sections);
    this.body.revisions.push(...body.revisions);
    this.reader = undefined;
  }
}

/**
 * Reads a Markdown document whose pipe table `match` found: the preamble above it (a numbered
 * heading right above the header opens the first section), then every line after it.
 */
export function parseMarkdownTable(
  text: string,
  context: TabularTextContext,
  match: MarkdownHeaderMatch
): ParsedChecksheet {
  const { fileName } = context;
  const lines = splitLines(text);
  const reading = new MarkdownReading(lines, context);
  const { ledger, log } = reading;
  reportUnknownSheets(context.columnRoles ?? [], new Set(), log);

  let opening = -1;
  for (let index = match.index - 1; index >= 0 && opening < 0; index -= 1) {
    if (isBlank(lines[index])) continue;
    const heading = headingText(lines[index]);
    if (heading === undefined) break;
    if (splitSectionHeading(heading) !== undefined) opening = index;
    else break;
  }
  const above: PreambleRow[] = [];
  for (let index = 0; index < match.index; index += 1) {
    if (index !== opening && !isBlank(lines[index])) {
      above.push(preambleRow(lines[index], index + 1));
    }
  }
  const preamble = readPreamble(above, fileName, ledger);

  let at = reading.startTable(match.index, match.layout, match.leadingPipe);
  if (opening >= 0) reading.heading(headingText(lines[opening]) as string, opening + 1);
  const revisions: RevisionEntry[] = [];
  let mode: Mode = { kind: 'items' };
  for (; at < lines.length; at += 1) {
    const line = lines[at];
    const number = at + 1;
    if (isBlank(line)) {
      // A blank line ends a Markdown table: the rows of a revision or other table end with it.
      if (mode.kind !== 'items') mode = { kind: 'items' };
      continue;
    }
    const cells = reading.rowCells(line);
    if (cells === undefined) {
      if (mode.kind !== 'items') mode = { kind: 'items' };
      const heading = headingText(line);
      if (heading !== undefined && isRevisionTitle(heading)) {
        // "## 改訂履歴": the title of the revision table under it, not a section.
        ledger.record(number, 'revision');
      } else if (heading !== undefined && heading !== '' && heading.length <= HEADING_MAX_LENGTH) {
        reading.heading(heading, number);
      } else {
        const prose = proseText(line);
        if (prose !== '') reading.notes.push(prose);
        ledger.record(number, 'preamble');
      }
      continue;
    }
    if (isDelimiterRow(cells)) {
      ledger.record(number, mode.kind === 'revisions' ? 'revision' : 'preamble');
      continue;
    }
    const texts = cells.map((cell) => readCell(cellText(cell)).text);
    if (reading.delimiterAt(at + 1)) {
      // The header row of another table.
      const header = readHeader(texts);
      if (header !== undefined && reading.repeats(header)) {
        // The same table again, under a new heading: its rows go on as before.
        ledger.record(number, 'preamble');
        ledger.record(number + 1, 'preamble');
        at += 1;
        mode = { kind: 'items' };
        continue;
      }
      if (header !== undefined) {
        const leadingPipe = line.trim().charCodeAt(0) === PIPE;
        at = reading.startTable(at, header, leadingPipe) - 1;
        mode = { kind: 'items' };
        continue;
      }
      const revision = readRevisionHeader(texts);
      ledger.record(number, revision === undefined ? 'preamble' : 'revision');
      ledger.record(number + 1, revision === undefined ? 'preamble' : 'revision');
      if (revision === undefined) reading.notes.push(texts.filter((t) => t !== '').join(' '));
      mode = revision === undefined ? { kind: 'other' } : { kind: 'revisions', layout: revision };
      at += 1;
      continue;
    }
    if (mode.kind === 'revisions') {
      revisions.push(revisionEntry(texts, mode.layout, number));
      ledger.record(number, 'revision');
    } else if (mode.kind === 'other') {
      reading.notes.push(texts.filter((t) => t !== '').join(' '));
      ledger.record(number, 'preamble');
    } else {
      reading.row(cells, number);
    }
  }
  reading.finishTable();
  const body = reading.body;
  body.revisions.push(...revisions);
  const withNotes = {
    ...preamble,
    text: [preamble.text, ...reading.notes].filter((part) => part !== '').join('\n')
  };
  return assembleChecksheet({
    fileName,
    encoding: context.encoding,
    format: reading.caiq ? 'caiq' : 'markdown',
    preamble: withNotes,
    body,
    log,
    lines: ledger.accounting(countNonBlankLines(lines)),
    tables: reading.tables
  });
}
