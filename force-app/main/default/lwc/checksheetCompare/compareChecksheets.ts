/**
 * Comparing N checksheets side by side: one row per question, one cell per sheet.
 *
 * Rows start as the first sheet's items. Each further sheet is aligned (c/checksheetAlign) with the
 * rows so far, each row represented by the item that opened it; its paired items fill that row's
 * cell, its other items open new rows after their nearest preceding paired neighbour (and after
 * the rows at that place that this sheet has no item for; see ./mergeOrder). So an item that
 * sheets 2 and 3 have but sheet 1 lacks still lines up in one row.
 */
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';
import type { ItemStatus } from 'c/checksheetStatus';
import { alignItems, matchKey, normalizeQuestion } from 'c/checksheetAlign';
import type { AlignOptions } from 'c/checksheetAlign';
import { mergeOrder } from './mergeOrder';

/** One sheet's answer to a row's question. */
export interface ComparisonCell {
  number: string;
  status: ItemStatus;
  mark: string;
  answer: string;
  line: number;
}

/**
 * How a row's cells differ: `missing` when some sheet has no such item; otherwise `status` when
 * the statuses differ; otherwise `answer` when the answer texts differ after normalisation (white
 * space, width and punctuation ignored); otherwise `same`.
 */
export type DifferenceClass = 'same' | 'status' | 'answer' | 'missing';

export const DIFFERENCE_CLASSES: readonly DifferenceClass[] = [
  'same',
  'status',
  'answer',
  'missing'
];

export interface ComparisonRow {
  /** Unique within the comparison: the match key of the question, "~2", "~3"… on repeats. */
  key: string;
  /** The question (and section) as the first sheet that has the item words it. */
  question: string;
  section: string;
  /** One per sheet, in the sheets' order; null where the sheet has no such item. */
  cells: (ComparisonCell | null)[];
  difference: DifferenceClass;
  /** Lowest similarity with which a cell joined the row, 0..1; 0 when only one sheet has it. */
  score: number;
}

export interface Comparison {
  /** One label per sheet: as given, else the sheet's title, else its file name. */
  labels: string[];
  rows: ComparisonRow[];
  summary: Record<DifferenceClass, number> & { rows: number };
}

interface OpenRow {
  /** The item that opened the row: it represents the row in later alignments. */
  opener: ChecksheetItem;
  cells: (ComparisonCell | null)[];
  score: number | undefined;
}

function cellOf(item: ChecksheetItem): ComparisonCell {
  return {
    number: item.number,
    status: item.status,
    mark: item.mark,
    answer: item.answer,
    line: item.line
  };
}

function labelOf(sheet: ParsedChecksheet, index: number, labels?: readonly string[]): string {
  return labels?.[index] || sheet.title || sheet.fileName || `Sheet ${index + 1}`;
}

export function classify(cells: readonly (ComparisonCell | null)[]): DifferenceClass {
  const present = cells.filter((cell): cell is ComparisonCell => cell !== null);
  if (present.length < cells.length) return 'missing';
  if (new Set(present.map((cell) => cell.status)).size > 1) return 'status';
  const answers = new Set(present.map((cell) => normalizeQuestion(cell.answer)));
  return answers.size > 1 ? 'answer' : 'same';
}

/** Merges one more sheet (number `column`) into the rows. */
function addSheet(
  rows: OpenRow[],
  sheet: ParsedChecksheet,
  column: number,
  columns: number,
  options?: AlignOptions
): OpenRow[] {
  const alignment = alignItems(
    rows.map((row) => row.opener),
    sheet.items,
    options
  );
  const partnerOfItem = new Array<number>(sheet.items.length).fill(-1);
  for (const pair of alignment.pairs) {
    partnerOfItem[pair.b] = pair.a;
    const row = rows[pair.a];
    row.cells[column] = cellOf(sheet.items[pair.b]);
    row.score = Math.min(row.score ?? 1, pair.score);
  }
  return mergeOrder(rows.length, partnerOfItem).map((slot) => {
    if ('base' in slot) return rows[slot.base];
    const item = sheet.items[slot.other];
    const cells = new Array<ComparisonCell | null>(columns).fill(null);
    cells[column] = cellOf(item);
    return { opener: item, cells, score: undefined };
  });
}

function uniqueKeys(questions: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return questions.map((question) => {
    const key = matchKey(question) || 'row';
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}~${count}`;
  });
}

/**
 * Compares two or more parsed checksheets item by item.
 * @param labels names for the sheets' columns; missing ones default to each sheet's title
 * @throws RangeError when fewer than two sheets are given
 */
export function compareChecksheets(
  sheets: readonly ParsedChecksheet[],
  labels?: readonly string[],
  options?: AlignOptions
): Comparison {
  if (sheets.length < 2) {
    throw new RangeError(`Comparing needs at least two checksheets; ${sheets.length} given.`);
  }
  const columns = sheets.length;
  let rows: OpenRow[] = sheets[0].items.map((item) => {
    const cells = new Array<ComparisonCell | null>(columns).fill(null);
    cells[0] = cellOf(item);
    return { opener: item, cells, score: undefined };
  });
  for (let column = 1; column < columns; column += 1) {
    rows = addSheet(rows, sheets[column], column, columns, options);
  }

  const keys = uniqueKeys(rows.map((row) => row.opener.question));
  const summary = {
    rows: rows.length,
    same: 0,
    status: 0,
    answer: 0,
    missing: 0
  };
  const compared: ComparisonRow[] = rows.map((row, index) => {
    const difference = classify(row.cells);
    summary[difference] += 1;
    return {
      key: keys[index],
      question: row.opener.question,
      section: row.opener.section,
      cells: row.cells,
      difference,
      score: row.score ?? 0
    };
  });
  return {
    labels: sheets.map((sheet, index) => labelOf(sheet, index, labels)),
    rows: compared,
    summary
  };
}
