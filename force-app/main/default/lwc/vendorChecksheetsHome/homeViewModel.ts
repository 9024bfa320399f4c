/**
 * The rows and filters of the Vendor Checksheets home, made from `getHomeLists`: pure functions
 * over the DTOs, tested without a DOM.
 */
import type { HomeLists } from 'c/checksheetApi';
import { LABELS, reviewStatusText } from 'c/checksheetLabels';
import type { SummaryRow } from 'c/checksheetSummaryView';
import { summaryRow } from 'c/checksheetSummaryView';
import { LIMITS } from 'c/checksheetModel';
import { REVIEW_STATUS_VALUES } from 'c/checksheetSchema';

export type HomeListName = 'recent' | 'dueForReview' | 'myReviews';

/** Most checksheets the home sends to the compare view at once. */
export const MAX_COMPARED = LIMITS.maxComparedSheets;

/**
 * The selection with `id` turned on or off: in the order chosen (the compare view's column
 * order), at most `MAX_COMPARED` (a further choice is ignored).
 */
export function toggleSelection(
  selected: readonly string[],
  id: string,
  checked: boolean
): string[] {
  if (!checked) return selected.filter((other) => other !== id);
  if (selected.includes(id) || selected.length >= MAX_COMPARED) return [...selected];
  return [...selected, id];
}

/** Whether the selection can be compared: two to `MAX_COMPARED` checksheets. */
export function canCompare(selected: readonly string[]): boolean {
  return selected.length >= 2 && selected.length <= MAX_COMPARED;
}

export interface HomeFilter {
  /** A vendor (Account) Id, or '' for all. */
  vendorId: string;
  /** A review status API value, or '' for all. */
  reviewStatus: string;
}

/** The rows of one list that pass the filter. */
export function homeRows(
  lists: HomeLists | undefined,
  list: HomeListName,
  filter: HomeFilter
): SummaryRow[] {
  return (lists?.[list] ?? [])
    .filter(
      (summary) =>
        (filter.vendorId === '' || summary.vendorId === filter.vendorId) &&
        (filter.reviewStatus === '' || summary.reviewStatus === filter.reviewStatus)
    )
    .map(summaryRow);
}

/** Every vendor that appears in the lists, by name, as combobox options after "All vendors". */
export function vendorOptions(lists: HomeLists | undefined): { value: string; label: string }[] {
  const vendors = new Map<string, string>();
  for (const list of ['recent', 'dueForReview', 'myReviews'] as const) {
    for (const summary of lists?.[list] ?? []) {
      if (summary.vendorId) vendors.set(summary.vendorId, summary.vendorName ?? '');
    }
  }
  const sorted = [...vendors].sort((a, b) => a[1].localeCompare(b[1]));
  return [
    { value: '', label: LABELS.Home_All_Vendors },
    ...sorted.map(([value, label]) => ({ value, label }))
  ];
}

export function reviewStatusOptions(): { value: string; label: string }[] {
  return [
    { value: '', label: LABELS.Home_All_Review_Statuses },
    ...REVIEW_STATUS_VALUES.map((value) => ({ value, label: reviewStatusText(value) }))
  ];
}

/** One tile per review status, in the picklist's order, with its count (0 when none). */
export function statusTiles(
  lists: HomeLists | undefined
): { key: string; label: string; count: number }[] {
  return REVIEW_STATUS_VALUES.map((value) => ({
    key: value,
    label: reviewStatusText(value),
    count: lists?.statusCounts?.[value] ?? 0
  }));
}
