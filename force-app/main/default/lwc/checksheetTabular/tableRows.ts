/**
 * The rows below a checksheet's header, whatever they were read from (text lines, CSV records,
 * sheet rows): items, section rows, a revision table, and the rows that are none of these.
 * Every non-blank line the rows cover is recorded in the ledger exactly once.
 */
import type { ItemStatus } from 'c/checksheetStatus';
import { statusFromLabel } from 'c/checksheetStatus';
import { lineList } from 'c/checksheetModel';
import type {
  ChecksheetItem,
  ChecksheetSection,
  LineDestination,
  LineLedger,
  RevisionEntry
} from 'c/checksheetModel';
import type { AnswerReading } from './answers';
import { isTick, readAnswer } from './answers';
import {
  excerpt,
  formatLines,
  isNumberedUnder,
  looksLikeItemNumber,
  splitSectionHeading
} from './cells';
import type { HeaderLayout, RevisionLayout } from './columns';
import { MAX_HEADER_CELLS, repeatsHeader, revisionEntry, revisionHeaderOf } from './columns';
import type { DiagnosticLog } from './diagnosticLog';
import type { MoreCells } from './delimited';
import { NumberTally } from './numberTally';
import { RowCells } from './rowCells';

/** One row of the table as read from the source. */
export interface SourceRow {
  cells: string[];
  /** The row's cells past `cells`, when a reader kept them sparsely (see `MoreCells`). */
  more?: MoreCells;
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

/** A revision or skipped row read while a parent row waits (see `TableReader.parent`). */
interface WaitingRow {
  place: RowPlace;
  /** The revision entry of a revision row (none for the table's header row); skipped: undefined. */
  entry: RevisionEntry | undefined;
  revision: boolean;
}

/** Longest text read as a number-less section title ("Audit & Assurance", "共通事項"). */
const TITLE_MAX_LENGTH = 80;

/**
 * An item row that may be a section row written in two columns ("2-1 | 内部組織" before
 * "2-1-1"): a number and a title, but no answer and no extra column filled.
 */
function mayBeParent(item: ChecksheetItem): boolean {
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
  private parent: { place: RowPlace; item: ChecksheetItem } | undefined;
  private readonly afterParent: WaitingRow[] = [];
  /** "2-1 内部組織": the heading of the last section row booked. */
  private heading = '';
  private readonly numbers = new NumberTally();
  private readonly continuations: number[] = [];
  private readonly emptyLines: number[] = [];
  /** The lines of each mark that is no known answer, by mark. */
  private readonly unknownMarks = new Map<string, number[]>();
  /** Items of a table with Yes / No / N/A columns that have no mark under any of them. */
  private readonly unmarked = new WeakSet<ChecksheetItem>();
  /** Lines of the items booked unmarked (see `unmarked`). */
  private readonly unmarkedLines: number[] = [];
  /** Lines of rows not read at all, the table having no question column. */
  private readonly unread: number[] = [];
  private revisionLayout: RevisionLayout | undefined;
  private readonly header: HeaderLayout;
  /** The header name of the number column, undefined when there is none. */
  private readonly numberName: string | undefined;
  private readonly log: DiagnosticLog;
  private readonly ledger: LineLedger;
  /** Columns with a role, kept as an extra or ignored: their text is not appended to the answer. */
  private readonly namedColumns: boolean[] = [];
  /** Appended columns without a header (not chosen by a reviewer): their text is warned about. */
  private readonly unnamedColumns: boolean[] = [];
  private readonly extraColumns: Map<number, string>;
  /** The Yes / No / N/A marker columns, if any (see `readMarkers`). */
  private readonly markers: ReadonlyArray<[number, ItemStatus]>;
  private readonly cells = new RowCells();

  constructor(header: HeaderLayout, log: DiagnosticLog, ledger: LineLedger) {
    this.header = header;
    this.numberName =
      header.roles.number === undefined ? undefined : header.names[header.roles.number];
    this.log = log;
    this.ledger = ledger;
    for (const column of header.columns) this.namedColumns[column.index] = true;
    for (const index of header.appended) {
      this.namedColumns[index] = false;
      this.unnamedColumns[index] = header.columns[index].reason === 'unnamed';
    }
    const { yes, partial, no, na } = header.markers;
    this.markers = (
      [
        [yes, 'implemented'],
        [partial, 'partial'],
        [no, 'not_implemented'],
        [na, 'not_applicable']
      ] as Array<[number | undefined, ItemStatus]>
    ).filter((marker): marker is [number, ItemStatus] => marker[0] !== undefined);
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
    if (this.header.roles.question === undefined) {
      // No column holds the question (a role override took it away): no row is an item.
      this.unread.push(...row.lines);
      this.recordLines(row, 'diagnostic');
      return;
    }
    const { cells } = this;
    cells.read(row);
    let filled = 0;
    let firstFilled = -1;
    let longest = 0;
    for (let index = 0; index < cells.dense; index += 1) {
      const { length } = cells.text(index);
      if (length === 0) continue;
      filled += 1;
      if (firstFilled < 0) firstFilled = index;
      if (length > longest) longest = length;
    }
    const { moreColumns, moreTexts } = cells;
    for (let index = 0; index < moreColumns.length; index += 1) {
      filled += 1;
      if (firstFilled < 0) firstFilled = moreColumns[index];
      longest = Math.max(longest, moreTexts[index].length);
    }
    if (filled === 0) {
      this.emptyLines.push(...row.lines);
      this.acceptOther(row, false, undefined);
      return;
    }
    if (this.revisionLayout !== undefined) {
      this.acceptOther(row, true, revisionEntry(cells.list(), this.revisionLayout, row.line));
      return;
    }
    if (this.mayRepeatHeader(cells) && repeatsHeader(cells.list(), this.header)) {
      this.log.add('repeated_header', row.line, 'info', {}, 'the header row is repeated; skipped');
      this.acceptOther(row, false, undefined);
      return;
    }
    const revisions = filled <= 4 && longest <= 20 ? this.revisionHeader(cells) : undefined;
    if (revisions !== undefined) {
      this.revisionLayout = revisions;
      this.acceptOther(row, true, undefined);
      return;
    }
    if (filled === 1 && this.readLoneCell(row, cells.text(firstFilled), firstFilled)) {
      return;
    }
    this.acceptItem(row, this.readItem(row, cells));
  }

  /** The revision-history layout of a row of few filled cells (see `revisionHeaderOf`). */
  private revisionHeader(cells: RowCells): RevisionLayout | undefined {
    const { columns, texts } = cells.filled();
    return revisionHeaderOf(columns, texts);
  }

  /**
   * A heading outside the table's rows (a Markdown `## 2. アクセス管理` between pipe rows): a
   * section, numbered when its text opens with a number, whatever column would hold it.
   */
  readHeading(row: SourceRow, text: string): void {
    if (row.lines.length === 0) return;
    const heading = splitSectionHeading(text);
    this.addSection(row, heading?.number ?? '', heading?.title ?? text);
  }

  /**
   * Cheap test before `repeatsHeader`: the question cell is no longer than a header name, and
   * the row is no wider than a header may be.
   */
  private mayRepeatHeader(cells: RowCells): boolean {
    const column = this.header.roles.question as number;
    const text = cells.text(column);
    return (
      text !== '' &&
      text.length <= this.header.names[column].length + 12 &&
      cells.count <= MAX_HEADER_CELLS
    );
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
      'text_outside_table',
      row.line,
      'warning',
      { text: excerpt(text) },
      `text outside the table ("${excerpt(text)}"); not read as an item`
    );
    this.acceptOther(row, false, undefined);
    return true;
  }

  private addSection(row: SourceRow, number: string, title: string): void {
    this.settleParent(undefined);
    this.bookSection(row, { number, title, line: row.line });
  }

  /**
   * The column whose cell is read as the row's mark: the mark column, or when that cell is empty,
   * a worded status column ("実施状況 Status", as our own exports write) if the table has one.
   */
  private markColumn(cells: RowCells): number | undefined {
    const { mark, wordedMark } = this.header.roles;
    return wordedMark !== undefined && cells.text(mark) === '' ? wordedMark : mark;
  }

  /** The answer of a row; a label of STATUS_LABELS in the worded mark column gives the status alone. */
  private readRowAnswer(
    row: SourceRow,
    cells: RowCells,
    column: number | undefined
  ): AnswerReading {
    const { roles } = this.header;
    const answer = cells.cell(roles.answer);
    const answerMissing = roles.answer === undefined || cells.count <= roles.answer;
    const mark = cells.cell(column);
    if (column !== undefined && column === roles.wordedMark) {
      // A label says what the status is, "回答なし No answer" included: no mark is looked for.
      const status = statusFromLabel(mark.text);
      if (status !== undefined) return { mark: '', status, answer: answer.text };
    }
    return readAnswer(mark, answer, answerMissing);
  }

  private readItem(row: SourceRow, cells: RowCells): ChecksheetItem {
    const { roles, width, names } = this.header;
    const markColumn = this.markColumn(cells);
    const reading = this.readRowAnswer(row, cells, markColumn);
    if (reading.problem === 'unknown-mark') {
      // Reported once per distinct word, when the table is read (see `finish`).
      const lines = this.unknownMarks.get(reading.mark);
      if (lines === undefined) this.unknownMarks.set(reading.mark, [row.line]);
      else lines.push(row.line);
    } else if (reading.problem === 'text-in-mark-column') {
      const column = names[markColumn as number];
      this.log.add(
        'text_in_mark_column',
        row.line,
        'warning',
        { column },
        `the ${column} cell holds text, not a mark; kept in the answer, status none`
      );
    }
    let answer = reading.answer;
    let { mark, status } = reading;
    let unmarked = false;
    let severalMarked = false;
    if (this.markers.length > 0) {
      const wanted = mark === '' && status === 'none';
      const marked = this.readMarkers(cells, wanted);
      if (marked.mark !== '') ({ mark, status } = marked);
      if (marked.text !== '') answer = answer === '' ? marked.text : `${answer}\n${marked.text}`;
      unmarked = wanted && marked.mark === '';
      severalMarked = marked.several;
    }
    let lastFilled = -1;
    let unnamed = false;
    for (let index = 0; index < cells.dense; index += 1) {
      const text = cells.text(index);
      if (text === '') continue;
      lastFilled = index;
      if (this.namedColumns[index] === true) continue;
      answer = answer === '' ? text : `${answer}\n${text}`;
      if (index < width && this.unnamedColumns[index] !== false) unnamed = true;
    }
    // The filled cells past those read one by one (see `RowCells.dense`).
    const { moreColumns, moreTexts } = cells;
    for (let at = 0; at < moreColumns.length; at += 1) {
      const index = moreColumns[at];
      lastFilled = index;
      if (this.namedColumns[index] === true) continue;
      answer = answer === '' ? moreTexts[at] : `${answer}\n${moreTexts[at]}`;
      if (index < width && this.unnamedColumns[index] !== false) unnamed = true;
    }
    if (lastFilled >= width) {
      this.log.add(
        'more_cells_than_header',
        row.line,
        'warning',
        { cells: lastFilled + 1, width },
        `${lastFilled + 1} cells where the header has ${width}; extra cells appended to the answer`
      );
    } else if (unnamed) {
      this.log.add(
        'cells_under_no_header',
        row.line,
        'warning',
        {},
        'a cell under a column with no header; appended to the answer'
      );
    }
    const item: ChecksheetItem = {
      number: cells.text(roles.number),
      // From a section column if the table has one; else (or when empty) see `bookItem`.
      section: cells.text(roles.section),
      question: cells.text(roles.question),
      status,
      mark,
      answer,
      line: row.line
    };
    if (this.extraColumns.size > 0) {
      const extra: Record<string, string> = {};
      for (const [index, name] of this.extraColumns) {
        extra[name] = cells.text(index);
      }
      item.extra = extra;
    }
    if (unmarked) this.unmarked.add(item);
    if (severalMarked) {
      const number = item.number === '' ? `#${this.body.items.length + 1}` : item.number;
      this.log.add(
        'markers_several',
        row.line,
        'warning',
        { number, marks: mark },
        `item ${number} is marked under several columns (${mark}); kept as written, status none`
      );
    }
    return item;
  }

  /**
   * The answer given by ticks under the Yes / No / N/A columns ("X", "✓", "●"): the mark is the
   * ticked column's header word, the status the column's. Ticks under several columns contradict
   * each other: their words are kept as the mark, the status is none (`several`, reported).
   * `wanted`: the mark column gave nothing, so the ticks decide. A marker cell holding other text
   * than a tick is answer text.
   */
  private readMarkers(
    cells: RowCells,
    wanted: boolean
  ): { mark: string; status: ItemStatus; text: string; several: boolean } {
    const marks: string[] = [];
    const statuses: ItemStatus[] = [];
    const texts: string[] = [];
    for (const [index, status] of this.markers) {
      const text = cells.text(index);
      if (text === '') continue;
      if (isTick(text)) {
        marks.push(this.header.words[index] || text);
        statuses.push(status);
      } else {
        texts.push(text);
      }
    }
    const text = texts.join('\n');
    if (!wanted || marks.length === 0) return { mark: '', status: 'none', text, several: false };
    if (marks.length > 1) return { mark: marks.join(' '), status: 'none', text, several: true };
    return { mark: marks[0], status: statuses[0], text, several: false };
  }

  /** Takes an item row: booked, or kept while it may be a parent. */
  private acceptItem(place: RowPlace, item: ChecksheetItem): void {
    this.settleParent(item);
    if (mayBeParent(item)) this.parent = { place, item };
    else this.bookItem(place, item);
  }

  /** Takes a revision row (`revision`) or a skipped row: booked, or kept while a parent waits. */
  private acceptOther(place: RowPlace, revision: boolean, entry: RevisionEntry | undefined): void {
    if (this.parent !== undefined) {
      this.afterParent.push({ place, revision, entry });
    } else if (revision) {
      this.bookRevision(place, entry);
    } else {
      this.recordLines(place, 'diagnostic');
    }
  }

  /**
   * Books the waiting parent row, if any, now that the next item or section row (`next`: an
   * item, or undefined) or the end of the table is known: a section row when the next row is an
   * item numbered under it ("2-1" before "2-1-1"), else an item. Then books the rows read in
   * between.
   */
  private settleParent(next: ChecksheetItem | undefined): void {
    const { parent } = this;
    if (parent === undefined) return;
    this.parent = undefined;
    const { place, item } = parent;
    if (next !== undefined && isNumberedUnder(next.number, item.number)) {
      this.bookSection(place, { number: item.number, title: item.question, line: item.line });
    } else {
      this.bookItem(place, item);
    }
    for (const waiting of this.afterParent) {
      if (waiting.revision) this.bookRevision(waiting.place, waiting.entry);
      else this.recordLines(waiting.place, 'diagnostic');
    }
    this.afterParent.length = 0;
  }

  private bookSection(place: RowPlace, section: ChecksheetSection): void {
    this.body.sections.push(section);
    this.heading = joinHeading(section);
    this.recordLines(place, 'section');
  }

  private bookRevision(place: RowPlace, entry: RevisionEntry | undefined): void {
    if (entry) this.body.revisions.push(entry);
    this.recordLines(place, 'revision');
  }

  private bookItem(place: RowPlace, item: ChecksheetItem): void {
    const { items } = this.body;
    if (item.section === '') {
      item.section = this.heading;
    } else if (item.section !== this.heading) {
      // A section column: each new heading in it is a section, as a section row would be.
      const heading = splitSectionHeading(item.section);
      this.body.sections.push({
        ...(heading ?? { number: '', title: item.section }),
        line: item.line
      });
      this.heading = item.section;
    }
    if (item.number === '') {
      item.number = `#${items.length + 1}`;
      if (this.numberName !== undefined) {
        this.log.add(
          'no_number',
          item.line,
          'warning',
          { column: this.numberName, number: item.number },
          `the row has no ${this.numberName}; kept as item ${item.number} (numbered by its position)`
        );
      }
    }
    this.numbers.add(item.number, item.line);
    // Only a table with Yes / No / N/A columns has unmarked items: the others skip the lookup.
    if (this.markers.length > 0 && this.unmarked.has(item)) this.unmarkedLines.push(item.line);
    items.push(item);
    this.recordLines(place, 'item');
  }

  /** Records the lines a row covers in the ledger, and the lines wrapped onto it. */
  private recordLines(place: RowPlace, destination: LineDestination): void {
    if (place.continuations) this.continuations.push(...place.continuations);
    const { lines } = place;
    for (let index = 0; index < lines.length; index += 1) {
      this.ledger.record(lines[index], destination);
    }
  }

  /** Books the last rows and reports what concerns the whole table; returns its contents. */
  finish(): TableBody {
    this.settleParent(undefined);
    if (this.header.roles.question === undefined) {
      this.log.add(
        'no_question_column',
        this.unread[0] ?? 0,
        'error',
        {},
        'no column is read as the question, so no row can be read as an item; give one column the role "question"'
      );
      return this.body;
    }
    if (this.numberName === undefined) {
      this.log.add(
        'no_number_column',
        0,
        'info',
        {},
        'the header has no number column; items are numbered by their position (#1, #2, …)'
      );
    }
    this.reportDuplicates(this.numbers.repeated());
    for (const [mark, lines] of this.unknownMarks) {
      const word = excerpt(mark);
      this.log.add(
        'unknown_mark',
        lines[0],
        'warning',
        { mark: word, lines: lineList(lines), count: lines.length },
        lines.length === 1
          ? `mark '${word}' is not a known answer; kept as written, status none`
          : `mark '${word}' (${lines.length} rows: lines ${formatLines(lines)}) is not a known answer; kept as written, status none`
      );
    }
    if (this.unmarkedLines.length > 0) {
      const lines = this.unmarkedLines;
      const columns = this.markers.map(([index]) => this.header.words[index]).join(' / ');
      this.log.add(
        'markers_none',
        lines[0],
        'warning',
        { columns, lines: lineList(lines), count: lines.length },
        lines.length === 1
          ? `the item has no mark under any of the columns ${columns}; status none`
          : `${lines.length} items (lines ${formatLines(lines)}) have no mark under any of the columns ${columns}; status none`
      );
    }
    if (this.emptyLines.length > 0) {
      const lines = this.emptyLines;
      this.log.add(
        'empty_rows',
        lines[0],
        'info',
        { lines: lineList(lines), count: lines.length },
        lines.length === 1
          ? 'a row with only empty cells; skipped'
          : `${lines.length} rows with only empty cells (lines ${formatLines(lines)}); skipped`
      );
    }
    const { continuations } = this;
    if (continuations.length > 0) {
      const one = continuations.length === 1;
      this.log.add(
        'wrapped_rows',
        continuations[0],
        'info',
        { lines: lineList(continuations), count: continuations.length },
        one
          ? 'the line continues the row above it (a cell wrapped onto the next line); joined to that row'
          : `${continuations.length} lines (${formatLines(continuations)}) continue the rows above them (a cell wrapped onto the next line); joined to those rows`
      );
    }
    return this.body;
  }

  private reportDuplicates(repeats: ReadonlyMap<string, readonly number[]>): void {
    for (const [number, lines] of repeats) {
      this.log.add(
        'duplicate_number',
        lines[1],
        'warning',
        { number, lines: lineList(lines), count: lines.length },
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
