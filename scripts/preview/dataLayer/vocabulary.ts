/**
 * Single values the data layer names, typed by the package's vocabularies (c/checksheetSchema),
 * so that a renamed value fails to compile here.
 */
import type { ImportStatusValue, ReviewStatusValue, VerdictValue } from 'c/checksheetSchema';

export const IMPORTING: ImportStatusValue = 'Importing';
export const COMPLETE: ImportStatusValue = 'Complete';

export const FOLLOW_UP_VERDICT: VerdictValue = 'Follow_Up';

export const RECEIVED: ReviewStatusValue = 'Received';
export const IN_REVIEW: ReviewStatusValue = 'In_Review';
export const APPROVED: ReviewStatusValue = 'Approved';
export const APPROVED_WITH_CONDITIONS: ReviewStatusValue = 'Approved_With_Conditions';
export const REJECTED: ReviewStatusValue = 'Rejected';

/** Statuses of a checksheet whose review is decided. */
export const DECIDED_STATUSES: readonly ReviewStatusValue[] = [
  APPROVED,
  APPROVED_WITH_CONDITIONS,
  REJECTED
];

/** Statuses that set Next_Review_On__c. */
export const APPROVING_STATUSES: readonly ReviewStatusValue[] = [
  APPROVED,
  APPROVED_WITH_CONDITIONS
];

/** The Apex sharing reason of the reviewer's share row (Checksheet__Share.RowCause). */
export const REVIEWER_ROW_CAUSE = 'Assigned_Reviewer__c';

/** A new Task's Status (the org's default open status). */
export const TASK_OPEN_STATUS = 'Not Started';
