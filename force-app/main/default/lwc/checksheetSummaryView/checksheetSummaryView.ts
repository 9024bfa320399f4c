/**
 * How a checksheet is shown in a list (the home, a vendor's page): its row facts in words and
 * its answers per status. One place, so that every list writes coverage, review status and an
 * overdue review the same way.
 */
import type { ChecksheetSummary } from 'c/checksheetApi';
import { LABELS, formatLabel, reviewStatusText } from 'c/checksheetLabels';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';

export interface SummaryRow {
  id: string;
  name: string;
  vendorName: string;
  serviceName: string;
  documentVersion: string;
  /** The review status in the user's language. */
  reviewStatus: string;
  coverage: string;
  nextReviewOn: string;
  isOverdue: boolean;
  /** Colours an overdue date red; the word "Overdue" stands beside it too. */
  nextReviewClass: string;
  /** "3 answers flagged · 12 delegated to the platform"; '' when the insights found neither. */
  insights: string;
}

const text = (value: string | null | undefined): string => value ?? '';

/** Coverage as the Coverage__c formula gives it (a percent, 0–100), written "85%"; '' when none. */
export function coverageText(coverage: number | null | undefined): string {
  if (coverage === null || coverage === undefined || Number.isNaN(coverage)) return '';
  return `${Math.round(coverage)}%`;
}

export function summaryRow(summary: ChecksheetSummary): SummaryRow {
  const overdue = summary.isOverdue === true;
  return {
    id: summary.id,
    name: summary.name,
    vendorName: text(summary.vendorName),
    serviceName: text(summary.serviceName),
    documentVersion: text(summary.documentVersion),
    reviewStatus: reviewStatusText(text(summary.reviewStatus)),
    coverage: coverageText(summary.coverage),
    nextReviewOn: text(summary.nextReviewOn),
    isOverdue: overdue,
    nextReviewClass: overdue ? 'slds-text-color_error' : '',
    insights: insightsText(summary)
  };
}

/** The reviewer insights' roll-ups in words, or '' when no answer is flagged or delegated. */
export function insightsText(summary: ChecksheetSummary): string {
  const flagged = summary.flaggedCount ?? 0;
  const delegated = summary.platformDelegatedCount ?? 0;
  if (flagged === 0 && delegated === 0) return '';
  return formatLabel(LABELS.Panel_Insights, flagged, delegated);
}

/** Items per `Status__c` value, from the checksheet's roll-up counts (unanswered: what they leave). */
export function summaryCounts(summary: ChecksheetSummary): Record<string, number> {
  const counted = {
    [STATUS_PICKLIST_VALUES.implemented]: summary.implementedCount ?? 0,
    [STATUS_PICKLIST_VALUES.partial]: summary.partialCount ?? 0,
    [STATUS_PICKLIST_VALUES.not_implemented]: summary.notImplementedCount ?? 0,
    [STATUS_PICKLIST_VALUES.not_applicable]: summary.notApplicableCount ?? 0
  };
  const answered = Object.values(counted).reduce((sum, count) => sum + count, 0);
  const unanswered = Math.max(0, (summary.itemCount ?? 0) - answered);
  return { ...counted, [STATUS_PICKLIST_VALUES.none]: unanswered };
}
