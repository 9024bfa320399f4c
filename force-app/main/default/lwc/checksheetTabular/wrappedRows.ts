/**
 * METI checksheets extracted from PDF: a long cell sometimes wraps onto the next physical line.
 * The next line then has no tab at all (the rest of the 備考 answer), or starts with the rest of the
 * cell and carries the row's remaining cells after a tab. Both are joined to the row they
 * continue, so that each item is one row again.
 */
import { looksLikeItemNumber, readCell, splitSectionHeading } from './cells';
import { allCells, cellCount } from './delimited';
import type { SourceRow } from './tableRows';

/** Where joined rows go. */
export interface RowSink {
  read(row: SourceRow): void;
}

/** The text of a row's first cell (see `SourceRow.plain`). */
function firstText(row: SourceRow): string {
  return row.plain === true ? row.cells[0].trim() : readCell(row.cells[0]).text;
}

/** A row that opens with an item number and has something after it. */
function isItemRow(row: SourceRow): boolean {
  if (cellCount(row) < 2) return false;
  if (!looksLikeItemNumber(firstText(row))) return false;
  for (let index = 1; index < row.cells.length; index += 1) {
    if (row.cells[index].trim() !== '') return true;
  }
  return row.more !== undefined && row.more.texts.some((text) => text.trim() !== '');
}

/** True when `row` continues `previous`, whose last cell wrapped onto `row`'s line. */
function continues(previous: SourceRow, row: SourceRow, width: number): boolean {
  const count = cellCount(row);
  if (count > 1 && cellCount(previous) + count - 1 > width) return false;
  const first = firstText(row);
  if (first === '' || looksLikeItemNumber(first)) return false;
  return splitSectionHeading(first) === undefined;
}

/**
 * Joins wrapped lines to the item row they continue, row by row: each row is passed on to
 * `sink` once the next one shows it is complete. Rows that receive a wrapped line are copies.
 */
export class WrappedRowJoiner implements RowSink {
  private readonly width: number;
  private readonly sink: RowSink;
  private pending: SourceRow | undefined;
  /** Whether `pending` is an item row; worked out only when a row may continue it. */
  private pendingIsItem: boolean | undefined;
  private copied = false;

  constructor(width: number, sink: RowSink) {
    this.width = width;
    this.sink = sink;
  }

  read(row: SourceRow): void {
    if (row.lines.length === 0) return;
    const previous = this.pending;
    if (previous && continues(previous, row, this.width) && this.isItem(previous)) {
      const target = this.copied ? previous : copyRow(previous);
      this.pending = target;
      this.copied = true;
      const last = target.cells.length - 1;
      target.cells[last] = `${target.cells[last]}\n${row.cells[0]}`;
      target.cells.push(...allCells(row).slice(1));
      target.lines.push(...row.lines);
      target.continuations = [...(target.continuations ?? []), row.line];
      target.plain = target.plain === true && row.plain === true;
      return;
    }
    this.end();
    this.pending = row;
    this.pendingIsItem = undefined;
    this.copied = false;
  }

  private isItem(row: SourceRow): boolean {
    if (this.pendingIsItem === undefined) this.pendingIsItem = isItemRow(row);
    return this.pendingIsItem;
  }

  /** Passes on the last row. */
  end(): void {
    if (this.pending !== undefined) this.sink.read(this.pending);
    this.pending = undefined;
  }
}

/** A copy of the row to join lines to, every cell in `cells` (a wrapped row is rarely wide). */
function copyRow(row: SourceRow): SourceRow {
  return { ...row, cells: [...allCells(row)], lines: [...row.lines], more: undefined };
}
