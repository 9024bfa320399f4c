/**
 * Cells merged down a column of a workbook: a 項番, a section or a category cell spanning several
 * rows, as Japanese Excel checksheets often have them. SheetJS gives the value to the top cell of
 * a merge only; here it applies to every row of the merge, except in the columns that hold
 * answers (an answer is never copied to other rows). A row inside a merged 項番 that has no
 * question of its own continues that item: its answer cells are joined to the item's.
 */
import { ANSWER_ROLES, lineList } from 'c/checksheetModel';
import type { HeaderLayout } from './columns';
import type { DiagnosticLog } from './diagnosticLog';
import { formatLines } from './cells';
import type { SourceRow } from './tableRows';

/** A merge spanning several rows, as indexes into a sheet's rows and cells. */
export interface RowMerge {
  /** The first row of the merge (it holds the value) and the last. */
  top: number;
  bottom: number;
  /** The column of the value (the first column of the merge). */
  column: number;
}

/** A sheet's row, as the workbook reader has it. */
export interface MergeRow {
  cells: string[];
  line: number;
  /** The row has text of its own (before any merged value is copied into it). */
  filled: boolean;
}

interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

function isRange(value: unknown): value is Range {
  const range = value as Range | null;
  return (
    typeof range?.s?.r === 'number' &&
    typeof range.s.c === 'number' &&
    typeof range.e?.r === 'number' &&
    typeof range.e.c === 'number'
  );
}

/**
 * The merges of a SheetJS sheet (`!merges`) that span several rows, as indexes into the rows
 * `sheet_to_json` returns for it: `origin` is the first row and column of the sheet's range.
 */
export function rowMerges(
  sheet: Record<string, unknown>,
  origin: { r: number; c: number }
): RowMerge[] {
  const merges = sheet['!merges'];
  if (!Array.isArray(merges)) return [];
  return merges
    .filter(isRange)
    .filter((range) => range.e.r > range.s.r)
    .map((range) => ({
      top: range.s.r - origin.r,
      bottom: range.e.r - origin.r,
      column: range.s.c - origin.c
    }));
}

/** Columns whose cells hold an answer: marks, answers, Yes / No / N/A ticks, unnamed ones. */
function answerColumns(layout: HeaderLayout): boolean[] {
  return layout.columns.map((column) => column.header === '' || ANSWER_ROLES.has(column.role));
}

/** Joins a row's own cells (not the copied ones) to the item it continues, line under line. */
function joinRow(item: SourceRow, row: MergeRow, isCopied: (column: number) => boolean): void {
  row.cells.forEach((cell, column) => {
    if (cell === '' || isCopied(column)) return;
    while (item.cells.length <= column) item.cells.push('');
    const above = item.cells[column];
    item.cells[column] = above === '' ? cell : `${above}\n${cell}`;
  });
  item.lines.push(row.line);
}

/**
 * The rows below the header (`rows[headerAt]`) as table rows, merged cells applied: values copied
 * down every column but the answer columns, and rows continuing a merged 項番 joined to its item.
 * Rows that only have copied values are still empty rows (`lines` empty): a merge makes no item.
 */
export function rowsBelowHeader(
  rows: readonly MergeRow[],
  headerAt: number,
  merges: readonly RowMerge[],
  layout: HeaderLayout,
  log: DiagnosticLog
): SourceRow[] {
  const answers = answerColumns(layout);
  const copied = new Set<string>();
  /** For the rows of a merged 項番, the first row of the merge. */
  const numberMergeTop = new Map<number, number>();
  for (const { top, bottom, column } of merges) {
    if (top <= headerAt || column >= layout.width || answers[column]) continue;
    const value = rows[top]?.cells[column] ?? '';
    if (column === layout.roles.number) numberMergeTop.set(top, top);
    for (let index = top + 1; index <= bottom && index < rows.length; index += 1) {
      const { cells } = rows[index];
      while (cells.length <= column) cells.push('');
      if (cells[column] !== '') continue;
      cells[column] = value;
      copied.add(`${index}:${column}`);
      if (column === layout.roles.number) numberMergeTop.set(index, top);
    }
  }
  const question = layout.roles.question as number;
  const result: SourceRow[] = [];
  /** For each merged 項番 (by its first row), the table row of its latest question. */
  const mergedItems = new Map<number, SourceRow>();
  const joined = new Map<SourceRow, number[]>();
  for (let index = headerAt + 1; index < rows.length; index += 1) {
    const row = rows[index];
    const top = numberMergeTop.get(index);
    const item = top === undefined ? undefined : mergedItems.get(top);
    const ownQuestion = row.cells[question] !== '' && !copied.has(`${index}:${question}`);
    if (item !== undefined && row.filled && !ownQuestion) {
      joinRow(item, row, (column) => copied.has(`${index}:${column}`));
      const lines = joined.get(item) ?? [];
      lines.push(row.line);
      joined.set(item, lines);
      continue;
    }
    const tableRow: SourceRow = {
      cells: row.cells,
      line: row.line,
      lines: row.filled ? [row.line] : []
    };
    if (top !== undefined && row.filled) mergedItems.set(top, tableRow);
    result.push(tableRow);
  }
  for (const [item, lines] of joined) {
    const one = lines.length === 1;
    const column = layout.names[layout.roles.number as number];
    log.add(
      'merged_rows',
      lines[0],
      'info',
      { column, itemLine: item.line, lines: lineList(lines), count: lines.length },
      `the ${column} cell of line ${item.line} is merged over ${one ? 'this row' : `${lines.length} rows (lines ${formatLines(lines)})`}; joined to that item`
    );
  }
  return result;
}
