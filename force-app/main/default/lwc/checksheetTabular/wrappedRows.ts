/**
 * METI checksheets extracted from PDF: a long cell sometimes wraps onto the next physical line.
 * The next line then has no tab at all (the rest of the remarks), or starts with the rest of the
 * cell and carries the row's remaining cells after a tab. Both are joined to the row they
 * continue, so that each item is one row again.
 */
import { looksLikeItemNumber, readCell, splitSectionHeading } from "./cells";
import type { SourceRow } from "./tableRows";

/** A row that opens with an item number and has something after it. */
function isItemRow(row: SourceRow): boolean {
  if (!looksLikeItemNumber(readCell(row.cells[0]).text)) return false;
  return row.cells.slice(1).some((cell) => cell.trim() !== "");
}

/** True when `row` continues `previous`, whose last cell wrapped onto `row`'s line. */
function continues(
  previous: SourceRow,
  row: SourceRow,
  width: number
): boolean {
  const first = readCell(row.cells[0]).text;
  if (first === "" || looksLikeItemNumber(first)) return false;
  if (splitSectionHeading(first) !== undefined) return false;
  if (row.cells.length === 1) return true;
  return (
    previous.cells.length < width &&
    previous.cells.length + row.cells.length - 1 <= width
  );
}

/** The rows with every wrapped line joined to the item row it continues. */
export function joinWrappedRows(
  rows: readonly SourceRow[],
  width: number
): SourceRow[] {
  const joined: SourceRow[] = [];
  let previous: SourceRow | undefined;
  for (const source of rows) {
    if (source.lines.length === 0) continue;
    if (previous !== undefined && continues(previous, source, width)) {
      const last = previous.cells.length - 1;
      previous.cells[last] = `${previous.cells[last]}\n${source.cells[0]}`;
      previous.cells.push(...source.cells.slice(1));
      previous.lines.push(...source.lines);
      previous.continuations = [...(previous.continuations ?? []), source.line];
      continue;
    }
    const row: SourceRow = {
      cells: [...source.cells],
      line: source.line,
      lines: [...source.lines]
    };
    joined.push(row);
    previous = isItemRow(row) ? row : undefined;
  }
  return joined;
}
