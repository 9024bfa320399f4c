/**
 * How far the review of a checksheet has come: items with a saved verdict out of all items, and
 * how many have each verdict. Counts what is saved (what the org holds), not unsaved drafts.
 */
import type { VerdictValue } from 'c/checksheetSchema';
import { VERDICT_VALUES } from 'c/checksheetSchema';

export interface ReviewProgress {
  reviewed: number;
  total: number;
  /** Whole percent reviewed, 0..100 (0 for a checksheet without items). */
  percent: number;
  /** Items per verdict, every verdict present (0 when none has it), in `VERDICT_VALUES` order. */
  byVerdict: { verdict: VerdictValue; count: number }[];
}

export function reviewProgress(
  items: readonly { reviewerVerdict?: string | null }[]
): ReviewProgress {
  const counts = new Map<string, number>();
  let reviewed = 0;
  for (const item of items) {
    const verdict = item.reviewerVerdict;
    if (!verdict) continue;
    reviewed++;
    counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  }
  const total = items.length;
  return {
    reviewed,
    total,
    percent: total === 0 ? 0 : Math.floor((reviewed * 100) / total),
    byVerdict: VERDICT_VALUES.map((verdict) => ({ verdict, count: counts.get(verdict) ?? 0 }))
  };
}
