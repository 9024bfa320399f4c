/**
 * The bar of answers per status: one segment per status that occurs, as wide as its share, in
 * the display order of `c/checksheetStatus`, with a legend that says each count in words.
 */
import { ITEM_STATUSES, STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';

export interface StatusSegment {
  /** `Status__c` picklist API value. */
  status: string;
  count: number;
  /** Share of all items, 0–100, rounded to one decimal. */
  percent: number;
}

/** Segments for counts keyed by picklist value; statuses with no items are left out. */
export function statusSegments(counts: Readonly<Record<string, number>>): StatusSegment[] {
  const total = ITEM_STATUSES.reduce(
    (sum, status) => sum + (counts[STATUS_PICKLIST_VALUES[status]] ?? 0),
    0
  );
  if (total === 0) return [];
  return ITEM_STATUSES.map((status) => STATUS_PICKLIST_VALUES[status])
    .filter((value) => (counts[value] ?? 0) > 0)
    .map((value) => ({
      status: value,
      count: counts[value],
      percent: Math.round((counts[value] / total) * 1000) / 10
    }));
}
