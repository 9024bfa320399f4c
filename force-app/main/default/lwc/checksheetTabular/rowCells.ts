/**
 * The cells of the row being read, as text (see `readCell`). One instance serves every row of a
 * table: its arrays and cell objects are filled again for each row rather than allocated anew,
 * because a sheet has thousands of rows and their garbage made the collector run in the middle
 * of parses. Nothing read from it may be kept past the next row but the strings themselves.
 */
import type { Cell } from './cells';
import { EMPTY_CELL, readCell } from './cells';
import type { SourceRow } from './tableRows';

export class RowCells {
  /** How many cells the row has. */
  count = 0;
  /** The text of each cell; entries from `count` on are left over from longer rows. */
  private readonly texts: string[] = [];
  /** `lists[i]`: cell i was an HTML list (see `Cell.list`). */
  private readonly lists: boolean[] = [];
  /** One reusable cell object per column, handed out by `cell`. */
  private readonly cells: Cell[] = [];

  /** Reads the cells of `row`; a plain row's cells are only trimmed (see `SourceRow.plain`). */
  read(row: SourceRow): void {
    const { texts, lists } = this;
    const raw = row.cells;
    this.count = raw.length;
    for (let index = 0; index < raw.length; index += 1) {
      if (row.plain === true) {
        const text = raw[index];
        texts[index] = text === '' ? text : text.trim();
        lists[index] = false;
      } else {
        const cell = readCell(raw[index]);
        texts[index] = cell.text;
        lists[index] = cell.list;
      }
    }
  }

  /** The text in a column, "" when the row has no such column or stops before it. */
  text(index: number | undefined): string {
    return index === undefined || index >= this.count ? '' : this.texts[index];
  }

  /** The texts of all the row's cells, in a new array. */
  list(): string[] {
    return this.texts.slice(0, this.count);
  }

  /** The cell in a column, empty when the row has none; valid until the next row is read. */
  cell(index: number | undefined): Cell {
    const text = this.text(index);
    if (text === '') return EMPTY_CELL;
    const column = index as number;
    let cell = this.cells[column];
    if (cell === undefined) {
      cell = { text: '', list: false };
      this.cells[column] = cell;
    }
    cell.text = text;
    cell.list = this.lists[column];
    return cell;
  }
}
