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

/** One row of the table as read from the source. */
export interface SourceRow {
  cells: string[];
  /** 1-based source line (or sheet row) where the row starts. */
  line: number;
  /** Every non-blank source line (or non-empty sheet row) the row covers. */
  lines: number[];
  /** Lines of text joined to this row because its cells wrapped onto them (METI text). */
  continuations?: number[];
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

type Classified = RowPlace &
  (
    | { kind: 'item'; item: ChecksheetItem }
    | { kind: 'section'; section: ChecksheetSection }
    | { kind: 'revision'; entry?: RevisionEntry }
    | { kind: 'skipped' }
  );

/** Longest text read as a number-less section title ("Audit & Assurance", "共通事項"). */
const TITLE_MAX_LENGTH = 80;

/** The reading of one table, row by row. */
export class TableReader {
  private readonly classified: Classified[] = [];
  private readonly emptyLines: number[] = [];
  private revisionLayout: RevisionLayout | undefined;
  private readonly header: HeaderLayout;
  private readonly log: DiagnosticLog;
  private readonly roleColumns: Set<number>;
  private readonly extraColumns: Map<number, string>;

  constructor(header: HeaderLayout, log: DiagnosticLog) {
    this.header = header;
    this.log = log;
    this.roleColumns = new Set(Object.values(header.roles).filter((index) => index !== undefined));
    this.extraColumns = new Map();
    const used = new Set<string>();
    for (const { index, name } of header.extras) {
      let unique = name;
      for (let n = 2; used.has(unique); n += 1) unique = `${name} (${n})`;
      used.add(unique);
      this.extraColumns.set(index, unique);
    }
  }

  read(row: SourceRow): void {
    if (row.lines.length === 0) return;
    const cells: Cell[] = new Array<Cell>(row.cells.length);
    let filled = 0;
    let firstFilled = -1;
    let longest = 0;
    for (let index = 0; index < cells.length; index += 1) {
      const cell = readCell(row.cells[index]);
      cells[index] = cell;
      if (cell.text === '') continue;
      filled += 1;
      if (firstFilled < 0) firstFilled = index;
      if (cell.text.length > longest) longest = cell.text.length;
    }
    if (filled === 0) {
      this.emptyLines.push(...row.lines);
      this.classified.push({
        kind: 'skipped',
        lines: row.lines,
        continuations: row.continuations
      });
      return;
    }
    if (this.revisionLayout !== undefined) {
      this.classified.push({
        kind: 'revision',
        lines: row.lines,
        continuations: row.continuations,
        entry: revisionEntry(textsOf(cells), this.revisionLayout, row.line)
      });
      return;
    }
    if (this.mayRepeatHeader(cells) && repeatsHeader(textsOf(cells), this.header)) {
      this.log.add(
        'repeated header row',
        row.line,
        'info',
        `line ${row.line}: the header row is repeated; skipped`
      );
      this.classified.push({
        kind: 'skipped',
        lines: row.lines,
        continuations: row.continuations
      });
      return;
    }
    const revisions = filled <= 4 && longest <= 20 ? readRevisionHeader(textsOf(cells)) : undefined;
    if (revisions !== undefined) {
      this.revisionLayout = revisions;
      this.classified.push({
        kind: 'revision',
        lines: row.lines,
        continuations: row.continuations
      });
      return;
    }
    if (filled === 1 && this.readLoneCell(row, cells[firstFilled].text, firstFilled)) {
      return;
    }
    this.classified.push({
      kind: 'item',
      lines: row.lines,
      continuations: row.continuations,
      item: this.readItem(row, cells)
    });
  }

  /** Cheap test before `repeatsHeader`: the question cell is no longer than a header name. */
  private mayRepeatHeader(cells: readonly Cell[]): boolean {
    const column = this.header.roles.question as number;
    const text = column < cells.length ? cells[column].text : '';
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
    this.classified.push({
      kind: 'skipped',
      lines: row.lines,
      continuations: row.continuations
    });
    return true;
  }

  private addSection(row: SourceRow, number: string, title: string): void {
    this.classified.push({
      kind: 'section',
      lines: row.lines,
      continuations: row.continuations,
      section: { number, title, line: row.line }
    });
  }

  private readItem(row: SourceRow, cells: Cell[]): ChecksheetItem {
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
    for (let index = 0; index < cells.length; index += 1) {
      const { text } = cells[index];
      if (text === '') continue;
      lastFilled = index;
      if (this.roleColumns.has(index) || this.extraColumns.has(index)) continue;
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
      number: cellAt(cells, roles.number).text,
      section: '',
      question: cellAt(cells, roles.question).text,
      status: reading.status,
      mark: reading.mark,
      answer,
      line: row.line
    };
    if (this.extraColumns.size > 0) {
      const extra: Record<string, string> = {};
      for (const [index, name] of this.extraColumns) {
        extra[name] = cellAt(cells, index).text;
      }
      item.extra = extra;
    }
    return item;
  }

  /**
   * A row with a number and a title but no answer whose next row is numbered under it
   * ("2-1 | 内部組織" before "2-1-1") is a section row written in two columns.
   */
  private promoteParentRows(): void {
    this.classified.forEach((entry, index) => {
      if (entry.kind !== 'item') return;
      const { item } = entry;
      if (item.number === '' || item.mark !== '' || item.answer !== '') return;
      if (item.extra && Object.values(item.extra).some((value) => value !== '')) {
        return;
      }
      const next = this.nextHeadingOrItem(index + 1);
      if (next?.kind === 'item' && isNumberedUnder(next.item.number, item.number)) {
        this.classified[index] = {
          kind: 'section',
          lines: entry.lines,
          continuations: entry.continuations,
          section: {
            number: item.number,
            title: item.question,
            line: item.line
          }
        };
      }
    });
  }

  private nextHeadingOrItem(from: number): Classified | undefined {
    for (let index = from; index < this.classified.length; index += 1) {
      const { kind } = this.classified[index];
      if (kind === 'item' || kind === 'section') return this.classified[index];
    }
    return undefined;
  }

  finish(ledger: LineLedger): TableBody {
    this.promoteParentRows();
    const body: TableBody = { items: [], sections: [], revisions: [] };
    const numberName =
      this.header.roles.number === undefined
        ? undefined
        : this.header.names[this.header.roles.number];
    if (numberName === undefined) {
      this.log.add(
        'no number column',
        0,
        'info',
        'the header has no number column; items are numbered by their position (#1, #2, …)'
      );
    }
    const firstLines = new Map<string, number>();
    const repeats = new Map<string, number[]>();
    const continuations: number[] = [];
    let heading = '';
    for (const entry of this.classified) {
      let destination: LineDestination = 'diagnostic';
      if (entry.kind === 'section') {
        destination = 'section';
        body.sections.push(entry.section);
        heading = [entry.section.number, entry.section.title]
          .filter((part) => part !== '')
          .join(' ');
      } else if (entry.kind === 'revision') {
        destination = 'revision';
        if (entry.entry) body.revisions.push(entry.entry);
      } else if (entry.kind === 'item') {
        destination = 'item';
        const { item } = entry;
        item.section = heading;
        if (item.number === '') {
          item.number = `#${body.items.length + 1}`;
          if (numberName !== undefined) {
            this.log.add(
              'no number',
              item.line,
              'warning',
              `line ${item.line}: the row has no ${numberName}; kept as item ${item.number} (numbered by its position)`
            );
          }
        }
        const first = firstLines.get(item.number);
        if (first === undefined) {
          firstLines.set(item.number, item.line);
        } else {
          const lines = repeats.get(item.number) ?? [first];
          lines.push(item.line);
          repeats.set(item.number, lines);
        }
        body.items.push(item);
      }
      if (entry.continuations) continuations.push(...entry.continuations);
      for (const line of entry.lines) ledger.record(line, destination);
    }
    this.reportDuplicates(repeats);
    if (this.emptyLines.length > 0) {
      this.log.add(
        'empty rows',
        this.emptyLines[0],
        'info',
        `${this.emptyLines.length === 1 ? 'line' : 'lines'} ${formatLines(this.emptyLines)}: rows with only empty cells; skipped`
      );
    }
    if (continuations.length > 0) {
      const one = continuations.length === 1;
      this.log.add(
        'wrapped rows',
        continuations[0],
        'info',
        `${one ? 'line' : 'lines'} ${formatLines(continuations)} ${one ? 'continues the row above it' : 'continue the row above them'} (a cell wrapped onto the next line); joined to that row`
      );
    }
    return body;
  }

  private reportDuplicates(repeats: Map<string, number[]>): void {
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

/** The cell in a column, empty when the row has no such column or stops before it. */
function cellAt(cells: readonly Cell[], index: number | undefined): Cell {
  return index === undefined || index >= cells.length ? EMPTY_CELL : cells[index];
}

function textsOf(cells: readonly Cell[]): string[] {
  return cells.map(textOf);
}

function textOf(cell: Cell): string {
  return cell.text;
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
  const reader = new TableReader(header, log);
  for (const row of rows) reader.read(row);
  return reader.finish(ledger);
}
