/**
 * What the checksheet record page shows, made from the Apex DTOs: the header facts, the counts
 * per status and the items as the item list takes them. Pure functions, tested without a DOM.
 */
import type { ChecksheetItemDto, ChecksheetSummary } from 'c/checksheetApi';
import { LABELS, formatLabel, reviewStatusText, verdictText } from 'c/checksheetLabels';
import { reviewProgress } from 'c/checksheetReview';
import type { ListItem } from 'c/checksheetItemList';
import { coverageText } from 'c/checksheetSummaryView';

export interface HeaderFact {
  key: string;
  label: string;
  value: string;
}

const text = (value: string | null | undefined): string => value ?? '';

/** Items as the list shows them: absent values (Apex leaves nulls out) become empty text. */
export function toListItems(items: readonly ChecksheetItemDto[]): ListItem[] {
  return items.map((item) => ({
    id: item.id,
    itemNumber: text(item.itemNumber),
    section: text(item.section),
    question: text(item.question),
    status: item.status ?? 'None',
    statusMark: text(item.statusMark),
    answer: text(item.answer),
    sourceSheet: text(item.sourceSheet),
    reviewerVerdict: text(item.reviewerVerdict),
    reviewerComment: text(item.reviewerComment),
    responsibility: text(item.responsibility),
    responsibleParty: text(item.responsibleParty),
    answerFlag: text(item.answerFlag),
    answerFlagReason: text(item.answerFlagReason),
    originalReading: text(item.originalReading),
    correctedByName: text(item.correctedByName),
    correctedOn: text(item.correctedOn)
  }));
}

/**
 * After follow-ups were created for `itemIds`: those without a saved verdict now have Follow_Up,
 * as `createFollowUps` sets it in Apex (a verdict already saved is kept).
 */
export function withFollowUpVerdicts(
  items: readonly ListItem[],
  itemIds: readonly string[]
): ListItem[] {
  const followed = new Set(itemIds);
  return items.map((item) => {
    if (!followed.has(item.id) || item.reviewerVerdict) return item;
    return { ...item, reviewerVerdict: 'Follow_Up' };
  });
}

export interface ProgressView {
  text: string;
  /** The bar's accessible name: "Review progress: Reviewed 3 of 10". */
  label: string;
  percent: number;
  barStyle: string;
  verdicts: { key: string; text: string }[];
}

/** "Reviewed 3 of 10" with the bar's percent and each verdict's count, in words. */
export function progressView(items: readonly ListItem[]): ProgressView {
  const progress = reviewProgress(items);
  const reviewed = formatLabel(LABELS.Review_Progress, progress.reviewed, progress.total);
  return {
    text: reviewed,
    label: formatLabel('{0}: {1}', LABELS.Review_Progress_Label, reviewed),
    percent: progress.percent,
    barStyle: `width: ${progress.percent}%`,
    verdicts: progress.byVerdict.map((entry) => ({
      key: entry.verdict,
      text: `${verdictText(entry.verdict)}: ${entry.count}`
    }))
  };
}

/** Items per `Status__c` value. */
export function statusCounts(items: readonly ListItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.status] = (counts[item.status] ?? 0) + 1;
  return counts;
}

/** The facts under the checksheet's title, in reading order; facts without a value say so. */
export function headerFacts(summary: ChecksheetSummary): HeaderFact[] {
  const facts: [string, string, string][] = [
    ['vendor', LABELS.Field_Vendor, text(summary.vendorName)],
    ['service', LABELS.Field_Service, text(summary.serviceName)],
    ['version', LABELS.Field_Version, text(summary.documentVersion)],
    ['reviewStatus', LABELS.Field_Review_Status, reviewStatusText(text(summary.reviewStatus))],
    ['reviewer', LABELS.Field_Reviewer, text(summary.reviewerName)],
    ['coverage', LABELS.Coverage, coverageText(summary.coverage)],
    ['issuedOn', LABELS.Field_Issued_On, text(summary.issuedOn)],
    ['receivedOn', LABELS.Field_Received_On, text(summary.receivedOn)],
    ['nextReviewOn', LABELS.Field_Next_Review_On, text(summary.nextReviewOn)]
  ];
  if (summary.supersedesVersion) {
    facts.push(['supersedes', LABELS.Field_Supersedes, summary.supersedesVersion]);
  }
  if (summary.sourceFileName) {
    facts.push(['sourceFile', LABELS.Field_Source_File, summary.sourceFileName]);
  }
  return facts.map(([key, label, value]) => ({
    key,
    label,
    value: value === '' ? LABELS.Value_Not_Set : value
  }));
}

/** The items with each one Apex returned put in its place (by Id), as `merge` combines the two. */
function withReturned(
  items: readonly ListItem[],
  returned: readonly ChecksheetItemDto[],
  merge: (item: ListItem, update: ListItem) => ListItem
): ListItem[] {
  if (returned.length === 0) return [...items];
  const byId = new Map(toListItems(returned).map((item) => [item.id, item]));
  return items.map((item) => {
    const update = byId.get(item.id);
    return update ? merge(item, update) : item;
  });
}

/** The saved items with what Apex returned after a save put in their place (by Id). */
export function withSaved(
  items: readonly ListItem[],
  saved: readonly ChecksheetItemDto[]
): ListItem[] {
  return withReturned(items, saved, (item, update) => ({
    ...item,
    reviewerVerdict: update.reviewerVerdict,
    reviewerComment: update.reviewerComment
  }));
}

/**
 * The items with what Apex returned after a correction put in their place (by Id): the read
 * fields, the insights and who corrected them when; the verdict and comment are left as they are.
 */
export function withCorrected(
  items: readonly ListItem[],
  saved: readonly ChecksheetItemDto[]
): ListItem[] {
  return withReturned(items, saved, (item, update) => ({
    ...update,
    reviewerVerdict: item.reviewerVerdict,
    reviewerComment: item.reviewerComment
  }));
}
