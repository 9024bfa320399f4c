/**
 * The review status path (Received → In review → a decision) and the moves a reviewer may make
 * from each status, as `ChecksheetReviewService` allows them: Received → In_Review; In_Review →
 * Approved | Approved_With_Conditions | Rejected; a decided checksheet → In_Review again.
 * An approval sets the next review date (the reviewer's, or the admin's interval when blank).
 */
import type { ReviewStatusValue } from 'c/checksheetSchema';

export const RECEIVED: ReviewStatusValue = 'Received';
export const IN_REVIEW: ReviewStatusValue = 'In_Review';
export const DECISIONS: readonly ReviewStatusValue[] = [
  'Approved',
  'Approved_With_Conditions',
  'Rejected'
];
export const APPROVALS: readonly ReviewStatusValue[] = ['Approved', 'Approved_With_Conditions'];

/** The path's steps: Received, In review, then the decision taken (or "decision" to come). */
export interface PathStep {
  /** A review status value, or `DECISION_STEP` while nothing is decided. */
  value: string;
  state: 'done' | 'current' | 'todo';
}

export const DECISION_STEP = 'Decision';

export interface PathMove {
  reviewStatus: ReviewStatusValue;
  /** An approval: the next review date applies. */
  approval: boolean;
}

/** The status a checksheet is in; a blank status is Received (as the Apex service reads it). */
export function currentStatus(reviewStatus: string | null | undefined): string {
  return reviewStatus ? reviewStatus : RECEIVED;
}

export function isDecided(reviewStatus: string | null | undefined): boolean {
  return (DECISIONS as readonly string[]).includes(currentStatus(reviewStatus));
}

export function pathSteps(reviewStatus: string | null | undefined): PathStep[] {
  const status = currentStatus(reviewStatus);
  const decided = isDecided(status);
  const position = status === RECEIVED ? 0 : status === IN_REVIEW ? 1 : decided ? 2 : -1;
  const values = [RECEIVED, IN_REVIEW, decided ? status : DECISION_STEP];
  return values.map((value, index) => ({
    value,
    state: index < position ? 'done' : index === position ? 'current' : 'todo'
  }));
}

/** The moves allowed from a status, in the order the buttons show them. */
export function pathMoves(reviewStatus: string | null | undefined): PathMove[] {
  const status = currentStatus(reviewStatus);
  const targets: readonly ReviewStatusValue[] =
    status === RECEIVED
      ? [IN_REVIEW]
      : status === IN_REVIEW
        ? DECISIONS
        : isDecided(status)
          ? [IN_REVIEW]
          : [];
  return targets.map((target) => ({
    reviewStatus: target,
    approval: (APPROVALS as readonly string[]).includes(target)
  }));
}
