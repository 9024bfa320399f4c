/**
 * Single values the data layer names, typed by the package's vocabularies (c/checksheetSchema),
 * so that a renamed value fails to compile here.
 */
import {
  COMPARISON_STATUS_VALUES,
  LINK_METHOD_VALUES,
  LINK_RELATIONSHIP_VALUES
} from 'c/checksheetSchema';
import type {
  ComparisonStatusValue,
  ImportStatusValue,
  LinkMethodValue,
  ReviewStatusValue,
  VerdictValue
} from 'c/checksheetSchema';

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

/** A new comparison's status, and the values Status__c allows. */
export const DRAFT: ComparisonStatusValue = 'Draft';
export const COMPARISON_STATUSES: readonly string[] = COMPARISON_STATUS_VALUES;

/** A link's method when none is given, and the values Method__c and Relationship__c allow. */
export const MANUAL: LinkMethodValue = 'Manual';
export const LINK_METHODS: readonly string[] = LINK_METHOD_VALUES;
export const LINK_RELATIONSHIPS: readonly string[] = LINK_RELATIONSHIP_VALUES;
