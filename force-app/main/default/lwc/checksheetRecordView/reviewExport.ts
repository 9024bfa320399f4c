/**
 * The reviewed checksheet as a file for the audit folder or to send back to the vendor: every
 * item (not only those the filters show) with its status, mark and answer, whether a reviewer
 * corrected how it was read, the verdict and comment as saved, and its open follow-ups.
 */
import type { FollowUpDto } from 'c/checksheetApi';
import type { ReviewRow } from 'c/checksheetExport';
import { reviewTable } from 'c/checksheetExport';
import type { ListItem } from 'c/checksheetItemList';
import { correctedDetail } from 'c/checksheetItemList';
import { verdictText } from 'c/checksheetLabels';
import type { FollowUpsByItem } from 'c/checksheetReview';
import { statusFromPicklistValue } from 'c/checksheetStatus';

function followUpLine(task: FollowUpDto): string {
  const subject = task.subject ?? '';
  return task.activityDate ? `${subject} (${task.activityDate})` : subject;
}

/** The export's rows, in the checksheet's order. */
export function reviewRows(items: readonly ListItem[], followUps: FollowUpsByItem): ReviewRow[] {
  return items.map((item) => ({
    number: item.itemNumber,
    section: item.section,
    question: item.question,
    status: statusFromPicklistValue(item.status) ?? 'none',
    mark: item.statusMark,
    answer: item.answer,
    corrected: correctedDetail(item),
    verdict: item.reviewerVerdict ? verdictText(item.reviewerVerdict) : '',
    comment: item.reviewerComment ?? '',
    followUps: (followUps[item.id] ?? []).map(followUpLine)
  }));
}

/** The table written to the file: a header row, then one row per item. */
export function reviewExportTable(
  items: readonly ListItem[],
  followUps: FollowUpsByItem
): string[][] {
  return reviewTable(reviewRows(items, followUps));
}
