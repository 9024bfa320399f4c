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
import type { AlignMethod, AlignOptions } from 'c/checksheetAlign';
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

export function cellOf(item: ChecksheetItem): ComparisonCell {
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

/** How one sheet's item joined a row: its index in that sheet, and the evidence of the pair. */
export interface RowSlot {
  item: number;
  /** Similarity with the row's opener, 0..1; 1 for the opener itself. */
  score: number;
  /** The evidence that paired it with the opener; null for the item that opened the row. */
  method: AlignMethod | null;
}

/** One row of an alignment of N sheets, by item index: what `compareChecksheets` builds on. */
export interface AlignedRow {
  /** Which sheet's item opened the row (it represents the row in later alignments). */
  openerSheet: number;
  /** One per sheet, in the sheets' order; null where the sheet has no such item. */
  slots: (RowSlot | null)[];
}

interface OpenRow {
  opener: ChecksheetItem;
  row: AlignedRow;
}

function openRow(item: ChecksheetItem, index: number, sheet: number, columns: number): OpenRow {
  const slots = new Array<RowSlot | null>(columns).fill(null);
  slots[sheet] = { item: index, score: 1, method: null };
  return { opener: item, row: { openerSheet: sheet, slots } };
}

/** Merges one more sheet (number `column`) into the rows. */
function addSheet(
  rows: OpenRow[],
  items: readonly ChecksheetItem[],
  column: number,
  columns: number,
  options?: AlignOptions
): OpenRow[] {
  const alignment = alignItems(
    rows.map((row) => row.opener),
    items,
    options
  );
  const partnerOfItem = new Array<number>(items.length).fill(-1);
  for (const pair of alignment.pairs) {
    partnerOfItem[pair.b] = pair.a;
    rows[pair.a].row.slots[column] = { item: pair.b, score: pair.score, method: pair.method };
  }
  return mergeOrder(rows.length, partnerOfItem).map((slot) => {
    if ('base' in slot) return rows[slot.base];
    return openRow(items[slot.other], slot.other, column, columns);
  });
}

/**
 * The rows of N item lists: the first list's items in order, each further list aligned with the
 * rows so far (see the module comment). Every item is in exactly one row.
 */
export function alignRows(
  sheets: readonly (readonly ChecksheetItem[])[],
  options?: AlignOptions
): AlignedRow[] {
  const columns = sheets.length;
  if (columns === 0) return [];
  let rows: OpenRow[] = sheets[0].map((item, index) => openRow(item, index, 0, columns));
  for (let column = 1; column < columns; column += 1) {
    rows = addSheet(rows, sheets[column], column, columns, options);
  }
  return rows.map((open) => open.row);
}

/** Lowest score with which a cell joined the row; 0 when only its opener is in it. */
export function rowScore(slots: readonly (RowSlot | null)[]): number {
  let score: number | undefined;
  for (const slot of slots) {
    if (slot && slot.method !== null) score = Math.min(score ?? 1, slot.score);
  }
  return score ?? 0;
}

export function uniqueKeys(questions: readonly string[]): string[] {
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
  const aligned = alignRows(
    sheets.map((sheet) => sheet.items),
    options
  );
  const openers = aligned.map((row) => {
    const slot = row.slots[row.openerSheet] as RowSlot;
    return sheets[row.openerSheet].items[slot.item];
  });
  const keys = uniqueKeys(openers.map((opener) => opener.question));
  const summary = {
    rows: aligned.length,
    same: 0,
    status: 0,
    answer: 0,
    missing: 0
  };
  const compared: ComparisonRow[] = aligned.map((row, index) => {
    const cells = row.slots.map((slot, sheet) => {
      return slot ? cellOf(sheets[sheet].items[slot.item]) : null;
    });
    const difference = classify(cells);
    summary[difference] += 1;
    return {
      key: keys[index],
      question: openers[index].question,
      section: openers[index].section,
      cells,
      difference,
      score: rowScore(row.slots)
    };
  });
  return {
    labels: sheets.map((sheet, index) => labelOf(sheet, index, labels)),
    rows: compared,
    summary
  };
}
