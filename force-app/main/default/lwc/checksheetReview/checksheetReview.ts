/**
 * A reviewer's work on a checksheet's items, as plain state the review components present:
 * unsaved verdicts and comments (`reviewDrafts`), the selection for bulk verdicts
 * (`itemSelection`), open follow-ups by item (`followUps`), the progress of the review
 * (`reviewProgress`), the review status path (`reviewPath`), the reviews carried over from the
 * version before (`carryForward`) and corrections of how items were read (`corrections`). No
 * DOM, no Apex: the components save through `c/checksheetApi`.
 */
export {
  EMPTY_DRAFTS,
  editReviews,
  effectiveReview,
  isUnsaved,
  markFailed,
  markSaved,
  pendingChanges,
  toVerdict,
  unsavedCount
} from './reviewDrafts';
export type { ReviewDraft, ReviewDrafts, SavedReview } from './reviewDrafts';
export {
  NO_SELECTION,
  allShownSelected,
  clearSelection,
  selectAllShown,
  selectRange,
  toggleItem
} from './itemSelection';
export type { ItemSelection } from './itemSelection';
export { REVIEW_SAVE_BATCH, saveInBatches } from './reviewSave';
export {
  FOLLOW_UP_DAYS,
  NO_FOLLOW_UPS,
  addDays,
  addFollowUps,
  hasOpenFollowUp,
  localToday
} from './followUps';
export type { FollowUpsByItem } from './followUps';
export { reviewProgress } from './reviewProgress';
export type { ReviewProgress } from './reviewProgress';
export { DECISION_STEP, isDecided, pathMoves, pathSteps } from './reviewPath';
export { carriedReviews } from './carryForward';
export type { CarriedReview, VersionItem } from './carryForward';
export type { PathMove, PathStep } from './reviewPath';
export type { ReviewSaveResult } from './reviewSave';
export {
  NO_CORRECTIONS,
  cancelCorrection,
  correctionFailed,
  correctionSaved,
  correctionSaving,
  editCorrection,
  isCorrecting,
  openCorrection,
  originalReadingOf,
  readingOf,
  toItemCorrection
} from './corrections';
export type { CorrectionState, ReadItem, Reading, ReadingField } from './corrections';
