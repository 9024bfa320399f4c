/**
 * Carry forward: when a new version supersedes a reviewed checksheet, the items the version diff
 * (`c/checksheetCompare` diffVersions) finds unchanged take over the previous verdict and comment,
 * as proposals the reviewer confirms (one by one or all at once); changed and new items start
 * unreviewed. An item that has a verdict of its own already keeps it.
 */
import type { ChecksheetItemDto } from 'c/checksheetApi';
import { diffVersions } from 'c/checksheetCompare';
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';
import type { VerdictValue } from 'c/checksheetSchema';
import { VERDICT_VALUES } from 'c/checksheetSchema';
import { statusFromPicklistValue } from 'c/checksheetStatus';

/** What an item of the new version takes over from the version before it. */
export interface CarriedReview {
  verdict: VerdictValue;
  comment: string;
}

/** The item fields the diff reads, as the record page has them. */
export interface VersionItem {
  id: string;
  itemNumber?: string | null;
  section?: string | null;
  question?: string | null;
  status?: string | null;
  statusMark?: string | null;
  answer?: string | null;
  sourceLine?: number | null;
  reviewerVerdict?: string | null;
  reviewerComment?: string | null;
}

function engineItem(item: VersionItem): ChecksheetItem {
  return {
    number: item.itemNumber ?? '',
    section: item.section ?? '',
    question: item.question ?? '',
    status: statusFromPicklistValue(item.status ?? '') ?? 'none',
    mark: item.statusMark ?? '',
    answer: item.answer ?? '',
    line: item.sourceLine ?? 0
  };
}

/** The saved items of one version as the diff reads a parsed document (items only). */
function asDocument(items: ChecksheetItem[]): ParsedChecksheet {
  return { items } as unknown as ParsedChecksheet;
}

function verdictOf(value: string | null | undefined): VerdictValue | null {
  return value && (VERDICT_VALUES as readonly string[]).includes(value)
    ? (value as VerdictValue)
    : null;
}

/**
 * The reviews to carry from `previous` (the superseded version's items) to `current`, by the
 * current item's Id: only unchanged items, only where the previous one has a verdict and the
 * current one none.
 */
export function carriedReviews(
  previous: readonly (VersionItem | ChecksheetItemDto)[],
  current: readonly VersionItem[]
): Record<string, CarriedReview> {
  const older = previous.map(engineItem);
  const newer = current.map(engineItem);
  const olderSource = new Map(older.map((item, index) => [item, previous[index]]));
  const newerSource = new Map(newer.map((item, index) => [item, current[index]]));
  const carried: Record<string, CarriedReview> = {};
  for (const entry of diffVersions(asDocument(older), asDocument(newer)).entries) {
    if (entry.change !== 'unchanged' || !entry.older || !entry.newer) continue;
    const from = olderSource.get(entry.older);
    const to = newerSource.get(entry.newer);
    const verdict = verdictOf(from?.reviewerVerdict);
    if (!from || !to || verdict === null || verdictOf(to.reviewerVerdict) !== null) continue;
    carried[to.id] = { verdict, comment: from.reviewerComment ?? '' };
  }
  return carried;
}
