import { LightningElement, api } from 'lwc';
import { LABELS, reviewStatusText } from 'c/checksheetLabels';
import type { PathMove } from 'c/checksheetReview';
import { DECISION_STEP, isDecided, pathMoves, pathSteps } from 'c/checksheetReview';

const MOVE_LABELS: Record<string, string> = {
  In_Review: LABELS.Review_Start,
  Approved: LABELS.Review_Approve,
  Approved_With_Conditions: LABELS.Review_Approve_Conditions,
  Rejected: LABELS.Review_Reject
};

/**
 * The review status path of a checksheet (Received → In review → the decision) and, for a user
 * who may edit it, the moves from where it stands. An approval takes the next review date typed
 * here, or the admin's interval when left blank. Fires `statuschange` with
 * `{ reviewStatus, nextReviewOn }`; the record page calls Apex.
 */
export default class ChecksheetReviewPath extends LightningElement {
  /** `Review_Status__c` API value (blank reads Received). */
  @api reviewStatus?: string | null;
  /** Shows the moves (the user may edit the checksheet). */
  @api editable = false;
  /** A move is being saved: the buttons wait. */
  @api busy = false;

  labels = LABELS;
  nextReviewOn = '';

  get steps() {
    return pathSteps(this.reviewStatus).map((step) => ({
      ...step,
      label: step.value === DECISION_STEP ? LABELS.Review_Decision : reviewStatusText(step.value)
    }));
  }

  get currentStep(): string {
    return this.steps.find((step) => step.state === 'current')?.value ?? '';
  }

  /** The moves allowed from here; back from a decision reads "Reopen review". */
  get moves(): (PathMove & { label: string; variant: string })[] {
    if (!this.editable) return [];
    const decided = isDecided(this.reviewStatus);
    return pathMoves(this.reviewStatus).map((move) => ({
      ...move,
      label: decided ? LABELS.Review_Reopen : MOVE_LABELS[move.reviewStatus],
      variant: move.reviewStatus === 'Approved' ? 'brand' : 'neutral'
    }));
  }

  get hasMoves(): boolean {
    return this.moves.length > 0;
  }

  get offersApproval(): boolean {
    return this.moves.some((move) => move.approval);
  }

  handleDate(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.nextReviewOn = event.detail.value ?? '';
  }

  handleMove(event: Event): void {
    const reviewStatus = (event.currentTarget as HTMLElement).dataset.status ?? '';
    const move = this.moves.find((candidate) => candidate.reviewStatus === reviewStatus);
    if (move === undefined) return;
    this.dispatchEvent(
      new CustomEvent('statuschange', {
        detail: {
          reviewStatus,
          nextReviewOn: move.approval && this.nextReviewOn ? this.nextReviewOn : null
        }
      })
    );
  }
}
