/**
 * The rows below a checksheet's header, whatever they were read from (text lines, CSV records,
 * sheet rows): items, section rows, a revision table, and the rows that are none of these.
 * Every non-blank line the rows cover is recorded in the ledger exactly once.
 */
import type {
  ChecksheetItem,
  ChecksheetSection,
  LineDestination,
  LineLedger,
  RevisionEntry
} from 'c/checksheetModel';
import { readAnswer } from './answers';
import type { Cell } from './cells';
import {
  EMPTY_CELL,
  excerpt,
  formatLines,
  isNumberedUnder,
  looksLikeItemNumber,
  readCell,
  splitSectionHeading
} from './cells';
import type { HeaderLayout, RevisionLayout } from './columns';
import { readRevisionHeader, repeatsHeader } from './columns';
import type { DiagnosticLog } from './diagnosticLog';
import { NumberTally } from './numberTally';

/** One row of the table as read from the source. */
export interface SourceRow {
  cells: string[];
  /** 1-based source line (or sheet row) where the row starts. */
  line: number;
  /** Every non-blank source line (or non-empty sheet row) the row covers. */
  lines: number[];
  /** Lines of text joined to this row because its cells wrapped onto them (METI text). */
  continuations?: number[];
  /**
   * No cell holds markup, a carriage return or a space `normalizeSpaces` changes: trimming is all
   * `readCell` would do, so the cells are only trimmed (a fast path; see `PlainStretches`).
   */
  plain?: boolean;
}

export interface TableBody {
  items: ChecksheetItem[];
  sections: ChecksheetSection[];
  revisions: RevisionEntry[];
}

/** Where a row was: kept instead of the row itself, so that its cells can be let go. */
interface RowPlace {
  lines: number[];
  continuations?: number[];
}

/**
 * What a row was read as. Every kind has every field (those of other kinds undefined), built by
 * the functions below in one order, so that the engine gives them all one shape and the loops over
 * thousands of them stay fast.
 */
type Classified = {
  lines: number[];
  continuations: number[] | undefined;
} & (
  | { kind: 'item'; item: ChecksheetItem; section: undefined; entry: undefined }
  | { kind: 'section'; item: undefined; section: ChecksheetSection; entry: undefined }
  | { kind: 'revision'; item: undefined; section: undefined; entry: RevisionEntry | undefined }
  | { kind: 'skipped'; item: undefined; section: undefined; entry: undefined }
);

function itemRow(place: RowPlace, item: ChecksheetItem): Classified {
  const { lines, continuations } = place;
  return { kind: 'item', lines, continuations, item, section: undefined, entry: undefined };
}

function sectionRow(place: RowPlace, section: ChecksheetSection): Classified {
  const { lines, continuations } = place;
  return { kind: 'section', lines, continuations, item: undefined, section, entry: undefined };
}

function revisionRow(place: RowPlace, entry: RevisionEntry | undefined): Classified {
  const { lines, continuations } = place;
  return { kind: 'revision', lines, continuations, item: undefined, section: undefined, entry };
}

function skippedRow(place: RowPlace): Classified {
  const { lines, continuations } = place;
  return {
    kind: 'skipped',
    lines,
    continuations,
    item: undefined,
    section: undefined,
    entry: undefined
  };
}

/** Longest text read as a number-less section title ("Audit & Assurance", "共通事項"). */
const TITLE_MAX_LENGTH = 80;

type ItemEntry = Extract<Classified, { kind: 'item' }>;

/**
 * An item row that may be a section row written in two columns ("2-1 | 内部組織" before
 * "2-1-1"): a number and a title, but no answer and no extra column filled.
 */
function mayBeParent({ item }: ItemEntry): boolean {
  if (item.number === '' || item.mark !== '' || item.answer !== '') return false;
  return !(item.extra && Object.values(item.extra).some((value) => value !== ''));
}

/**
 * The reading of one table, row by row. Each row is booked (added to the body, its lines to the
 * ledger) as soon as it is read, while its data is still fresh in memory: only a row that may be
 * a parent waits for the next item or section row, which decides what it is.
 */
export class TableReader {
  private readonly body: TableBody = { items: [], sections: [], revisions: [] };
  /** A row that may be a parent (see `mayBeParent`), and the rows read after it meanwhile. */
  private parent: ItemEntry | undefined;
  private readonly afterParent: Classified[] = [];
  /** "2-1 内部組織": the heading of the last section row booked. */
  private heading = '';
  private readonly numbers = new NumberTally();
  private readonly continuations: number[] = [];
  private readonly emptyLines: number[] = [];
  private revisionLayout: RevisionLayout | undefined;
  private readonly header: HeaderLayout;
  /** The header name of the number column, undefined when there is none. */
  private readonly numberName: string | undefined;
  private readonly log: DiagnosticLog;
  private readonly ledger: LineLedger;
  /** Columns with a role or kept as an extra: their text is not appended to the answer. */
  private readonly namedColumns: boolean[] = [];
  private readonly extraColumns: Map<number, string>;

  constructor(header: HeaderLayout, log: DiagnosticLog, ledger: LineLedger) {
    this.header = header;
    this.numberName =
      header.roles.number === undefined ? undefined : header.names[header.roles.number];
    this.log = log;
    this.ledger = ledger;
    for (const index of Object.values(header.roles)) {
      if (index !== undefined) this.namedColumns[index] = true;
    }
    this.extraColumns = new Map();
    const used = new Set<string>();
    for (const { index, name } of header.extras) {
      let unique = name;
      for (let n = 2; used.has(unique); n += 1) unique = `${name} (${n})`;
      used.add(unique);
      this.extraColumns.set(index, unique);
      this.namedColumns[index] = true;
    }
  }

  read(row: SourceRow): void {
    if (row.lines.length === 0) return;
    const cells = readCells(row);
    const { texts } = cells;
    let filled = 0;
    let firstFilled = -1;
    let longest = 0;
    for (let index = 0; index < texts.length; index += 1) {
      const { length } = texts[index];
      if (length === 0) continue;
      filled += 1;
      if (firstFilled < 0) firstFilled = index;
      if (length > longest) longest = length;
    }
    if (filled === 0) {
      this.emptyLines.push(...row.lines);
      this.accept(skippedRow(row));
      return;
    }
    if (this.revisionLayout !== undefined) {
      this.accept(revisionRow(row, revisionEntry(texts, this.revisionLayout, row.line)));
      return;
    }
    if (this.mayRepeatHeader(texts) && repeatsHeader(texts, this.header)) {
      this.log.add(
        'repeated header row',
        row.line,
        'info',
        `line ${row.line}: the header row is repeated; skipped`
      );
      this.accept(skippedRow(row));
      return;
    }
    const revisions = filled <= 4 && longest <= 20 ? readRevisionHeader(texts) : undefined;
    if (revisions !== undefined) {
      this.revisionLayout = revisions;
      this.accept(revisionRow(row, undefined));
      return;
    }
    if (filled === 1 && this.readLoneCell(row, texts[firstFilled], firstFilled)) {
      return;
    }
    this.accept(itemRow(row, this.readItem(row, cells)));
  }

  /** Cheap test before `repeatsHeader`: the question cell is no longer than a header name. */
  private mayRepeatHeader(texts: readonly string[]): boolean {
    const column = this.header.roles.question as number;
    const text = column < texts.length ? texts[column] : '';
    return text !== '' && text.length <= this.header.names[column].length + 12;
  }

  /** A row with one filled cell: a section row, stray text, or (false) an item after all. */
  private readLoneCell(row: SourceRow, text: string, column: number): boolean {
    const { roles } = this.header;
    if (column !== 0 && column !== roles.number && column !== roles.question) {
      return false;
    }
    const heading = splitSectionHeading(text);
    if (heading !== undefined && !heading.title.includes('\n')) {
      this.addSection(row, heading.number, heading.title);
      return true;
    }
    if (looksLikeItemNumber(text)) return false;
    if (text.length <= TITLE_MAX_LENGTH && !text.includes('\n')) {
      this.addSection(row, '', text);
      return true;
    }
    if (column === roles.question) return false;
    this.log.add(
      'text outside the table',
      row.line,
      'warning',
      `line ${row.line}: text outside the table ("${excerpt(text)}"); not read as an item`
    );
    this.accept(skippedRow(row));
    return true;
  }

  private addSection(row: SourceRow, number: string, title: string): void {
    this.accept(sectionRow(row, { number, title, line: row.line }));
  }

  private readItem(row: SourceRow, cells: RowCells): ChecksheetItem {
    const { roles, width, names } = this.header;
    const remarksMissing = roles.remarks !== undefined && row.cells.length <= roles.remarks;
    const reading = readAnswer(
      cellAt(cells, roles.answer),
      cellAt(cells, roles.remarks),
      remarksMissing
    );
    if (reading.problem === 'unknown-mark') {
      this.log.add(
        'unknown mark',
        row.line,
        'warning',
        `line ${row.line}: mark '${excerpt(reading.mark)}' is not a known answer; kept as written, status none`
      );
    } else if (reading.problem === 'text-in-mark-column') {
      this.log.add(
        'text in the mark column',
        row.line,
        'warning',
        `line ${row.line}: the ${names[roles.answer as number]} cell holds text, not a mark; kept in the answer, status none`
      );
    }
    let answer = reading.answer;
    let lastFilled = -1;
    let unnamed = false;
    const { texts } = cells;
    for (let index = 0; index < texts.length; index += 1) {
      const text = texts[index];
      if (text === '') continue;
      lastFilled = index;
      if (this.namedColumns[index] === true) continue;
      answer = answer === '' ? text : `${answer}\n${text}`;
      if (index < width) unnamed = true;
    }
    if (lastFilled >= width) {
      this.log.add(
        'more cells than the header',
        row.line,
        'warning',
        `line ${row.line}: ${lastFilled + 1} cells where the header has ${width}; extra cells appended to the remarks`
      );
    } else if (unnamed) {
      this.log.add(
        'cells under no header',
        row.line,
        'warning',
        `line ${row.line}: a cell under a column with no header; appended to the remarks`
      );
    }
    const item: ChecksheetItem = {
      number: textAt(texts, roles.number),
      section: '',
      question: textAt(texts, roles.question),
      status: reading.status,
      mark: reading.mark,
      answer,
      line: row.line
    };
    if (this.extraColumns.size > 0) {
      const extra: Record<string, string> = {};
      for (const [index, name] of this.extraColumns) {
        extra[name] = textAt(texts, index);
      }
      item.extra = extra;
    }
    return item;
  }

  /** Takes the reading of the next row. */
  private accept(entry: Classified): void {
    if (this.parent !== undefined) {
      if (entry.kind === 'skipped' || entry.kind === 'revision') {
        this.afterParent.push(entry);
        return;
      }
      this.settleParent(entry);
    }
    if (entry.kind === 'item' && mayBeParent(entry)) this.parent = entry;
    else this.book(entry);
  }

  /**
   * Books the waiting parent row, now that the next item or section row (or the end of the
   * table) is known: a section row when the next row is an item numbered under it ("2-1" before
   * "2-1-1"), else an item. Then books the rows read in between.
   */
  private settleParent(next: Classified | undefined): void {
    const parent = this.parent as ItemEntry;
    this.parent = undefined;
    const { item } = parent;
    if (next?.kind === 'item' && isNumberedUnder(next.item.number, item.number)) {
      this.book(sectionRow(parent, { number: item.number, title: item.question, line: item.line }));
    } else {
      this.book(parent);
    }
    for (const entry of this.afterParent) this.book(entry);
    this.afterParent.length = 0;
  }

  /** Adds a row's reading to the body and records its lines in the ledger. */
  private book(entry: Classified): void {
    const { body } = this;
    let destination: LineDestination = 'diagnostic';
    if (entry.kind === 'section') {
      destination = 'section';
      body.sections.push(entry.section);
      this.heading = joinHeading(entry.section);
    } else if (entry.kind === 'revision') {
      destination = 'revision';
      if (entry.entry) body.revisions.push(entry.entry);
    } else if (entry.kind === 'item') {
      destination = 'item';
      const { item } = entry;
      item.section = this.heading;
      if (item.number === '') {
        item.number = `#${body.items.length + 1}`;
        if (this.numberName !== undefined) {
          this.log.add(
            'no number',
            item.line,
            'warning',
            `line ${item.line}: the row has no ${this.numberName}; kept as item ${item.number} (numbered by its position)`
          );
        }
      }
      this.numbers.add(item.number, item.line);
      body.items.push(item);
    }
    if (entry.continuations) this.continuations.push(...entry.continuations);
    const { lines } = entry;
    for (let index = 0; index < lines.length; index += 1) {
      this.ledger.record(lines[index], destination);
    }
  }

  /** Books the last rows and reports what concerns the whole table; returns its contents. */
  finish(): TableBody {
    if (this.parent !== undefined) this.settleParent(undefined);
    if (this.numberName === undefined) {
      this.log.add(
        'no number column',
        0,
        'info',
        'the header has no number column; items are numbered by their position (#1, #2, …)'
      );
    }
    this.reportDuplicates(this.numbers.repeated());
    if (this.emptyLines.length > 0) {
      this.log.add(
        'empty rows',
        this.emptyLines[0],
        'info',
        `${this.emptyLines.length === 1 ? 'line' : 'lines'} ${formatLines(this.emptyLines)}: rows with only empty cells; skipped`
      );
    }
    const { continuations } = this;
    if (continuations.length > 0) {
      const one = continuations.length === 1;
      this.log.add(
        'wrapped rows',
        continuations[0],
        'info',
        `${one ? 'line' : 'lines'} ${formatLines(continuations)} ${one ? 'continues the row above it' : 'continue the row above them'} (a cell wrapped onto the next line); joined to that row`
      );
    }
    return this.body;
  }

  private reportDuplicates(repeats: ReadonlyMap<string, readonly number[]>): void {
    for (const [number, lines] of repeats) {
      this.log.add(
        'duplicate numbers',
        lines[1],
        'warning',
        `item ${number} appears at lines ${formatLines(lines)}; ${lines.length === 2 ? 'both' : 'all'} kept`
      );
    }
  }
}

/** "2-1 内部組織": a section's number and title, either of which may be empty. */
function joinHeading({ number, title }: ChecksheetSection): string {
  if (number === '') return title;
  return title === '' ? number : `${number} ${title}`;
}

/** A row's cells as read: their texts, and which ones were HTML lists. */
interface RowCells {
  texts: string[];
  /** `lists[i]`: cell i was an HTML list; undefined when none was. */
  lists: boolean[] | undefined;
}

/** The row's cells as text (see `readCell`); a plain row's cells are only trimmed. */
function readCells(row: SourceRow): RowCells {
  const { cells, plain } = row;
  const texts = new Array<string>(cells.length);
  let lists: boolean[] | undefined;
  for (let index = 0; index < cells.length; index += 1) {
    if (plain === true) {
      texts[index] = cells[index].trim();
      continue;
    }
    const cell = readCell(cells[index]);
    texts[index] = cell.text;
    if (cell.list) {
      if (lists === undefined) lists = [];
      lists[index] = true;
    }
  }
  return { texts, lists };
}

/** The text in a column, "" when the row has no such column or stops before it. */
function textAt(texts: readonly string[], index: number | undefined): string {
  return index === undefined || index >= texts.length ? '' : texts[index];
}

/** The cell in a column, empty when the row has no such column or stops before it. */
function cellAt(cells: RowCells, index: number | undefined): Cell {
  const text = textAt(cells.texts, index);
  if (text === '') return EMPTY_CELL;
  return { text, list: cells.lists?.[index as number] === true };
}

function revisionEntry(texts: string[], layout: RevisionLayout, line: number): RevisionEntry {
  const named = new Set([layout.version, layout.date, layout.description]);
  const description =
    layout.description === undefined
      ? texts.filter((text, index) => text !== '' && !named.has(index)).join(' ')
      : (texts[layout.description] ?? '');
  return {
    version: texts[layout.version] ?? '',
    date: layout.date === undefined ? '' : (texts[layout.date] ?? ''),
    description,
    line
  };
}

/** Reads the rows below a header; records every line they cover in the ledger. */
export function readTableRows(
  rows: readonly SourceRow[],
  header: HeaderLayout,
  ledger: LineLedger,
  log: DiagnosticLog
): TableBody {
  const reader = new TableReader(header, log, ledger);
  for (const row of rows) reader.read(row);
  return reader.finish();
}
