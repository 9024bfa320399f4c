/**
 * The cells of the row being read, as text (see `readCell`). One instance serves every row of a
 * table: its arrays and cell objects are filled again for each row rather than allocated anew,
 * because a sheet has thousands of rows and their garbage made the collector run in the middle
 * of parses. Nothing read from it may be kept past the next row but the strings themselves.
 */
import type { Cell } from './cells';
import { EMPTY_CELL, readCell } from './cells';
import type { SourceRow } from './tableRows';
import { isSurelyNotSpace } from './textSearch';

export class RowCells {
  /** How many cells the row has, those past its `more` included. */
  count = 0;
  /** Cells read one by one (`text(i)` for i below it); the filled others are in `moreColumns`. */
  dense = 0;
  /** The text of each cell; entries from `dense` on are left over from longer rows. */
  private readonly texts: string[] = [];
  /** `lists[i]`: cell i was an HTML list (see `Cell.list`). */
  private readonly lists: boolean[] = [];
  /** The row's cells past `dense` whose text is not "": their columns (ascending), text, list. */
  readonly moreColumns: number[] = [];
  readonly moreTexts: string[] = [];
  private readonly moreLists: boolean[] = [];
  /** One reusable cell object per column, handed out by `cell`. */
  private readonly cells: Cell[] = [];

  /** Reads the cells of `row`; a plain row's cells are only trimmed (see `SourceRow.plain`). */
  read(row: SourceRow): void {
    const { texts, lists } = this;
    const raw = row.cells;
    this.dense = raw.length;
    this.count = raw.length;
    if (row.plain === true) {
      for (let index = 0; index < raw.length; index += 1) {
        const text = raw[index];
        // Most cells start and end with a letter, a digit or a kanji: nothing to trim.
        const trimmed =
          text === '' ||
          (isSurelyNotSpace(text.charCodeAt(0)) &&
            isSurelyNotSpace(text.charCodeAt(text.length - 1)));
        texts[index] = trimmed ? text : text.trim();
        lists[index] = false;
      }
    } else {
      for (let index = 0; index < raw.length; index += 1) {
        const cell = readCell(raw[index]);
        texts[index] = cell.text;
        lists[index] = cell.list;
      }
    }
    if (this.moreColumns.length > 0) {
      // Only when the last row had cells past its `cells`: setting a length is no cheap store.
      this.moreColumns.length = 0;
      this.moreTexts.length = 0;
      this.moreLists.length = 0;
    }
    const { more } = row;
    if (more === undefined) return;
    this.count = more.count;
    more.columns.forEach((column, index) => {
      const text = more.texts[index];
      const cell = row.plain === true ? { text: text.trim(), list: false } : readCell(text);
      if (cell.text === '') return;
      this.moreColumns.push(column);
      this.moreTexts.push(cell.text);
      this.moreLists.push(cell.list);
    });
  }

  /** Where column `index` is among the cells past `dense`, or -1 when its text is "". */
  private moreIndex(index: number): number {
    const columns = this.moreColumns;
    let low = 0;
    let high = columns.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (columns[middle] === index) return middle;
      if (columns[middle] < index) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The text in a column, "" when the row has no such column or stops before it. */
  text(index: number | undefined): string {
    if (index === undefined || index >= this.count) return '';
    if (index < this.dense) return this.texts[index];
    const at = this.moreIndex(index);
    return at < 0 ? '' : this.moreTexts[at];
  }

  /** The columns of the row's cells that are not "", ascending, and their texts. */
  filled(): { columns: number[]; texts: string[] } {
    const columns: number[] = [];
    const texts: string[] = [];
    for (let index = 0; index < this.dense; index += 1) {
      if (this.texts[index] === '') continue;
      columns.push(index);
      texts.push(this.texts[index]);
    }
    columns.push(...this.moreColumns);
    texts.push(...this.moreTexts);
    return { columns, texts };
  }

  /** The texts of all the row's cells, in a new array. */
  list(): string[] {
    const list = this.texts.slice(0, this.dense);
    for (let index = this.dense; index < this.count; index += 1) list.push('');
    this.moreColumns.forEach((column, index) => {
      list[column] = this.moreTexts[index];
    });
    return list;
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
    cell.list = column < this.dense ? this.lists[column] : this.moreLists[this.moreIndex(column)];
    return cell;
  }
}
