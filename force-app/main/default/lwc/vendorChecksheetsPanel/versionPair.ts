/**
 * Which two versions "compare latest with previous" compares: the newest checksheet that
 * supersedes another of the vendor's list (Supersedes__c links each version to the newest
 * earlier one of the same service), and the one it supersedes.
 */
import type { ChecksheetSummary } from 'c/checksheetApi';

/** `{ older, newer }` Ids, or undefined when no checksheet of the list supersedes another in it. */
export function latestVersionPair(
  checksheets: readonly ChecksheetSummary[]
): { older: string; newer: string } | undefined {
  const ids = new Set(checksheets.map((summary) => summary.id));
  // The list is latest first: the first that supersedes a listed one is the latest version.
  const newer = checksheets.find(
    (summary) => summary.supersedesId && ids.has(summary.supersedesId)
  );
  return newer ? { older: newer.supersedesId as string, newer: newer.id } : undefined;
}
