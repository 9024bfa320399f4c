/**
 * A reviewer's work on a checksheet's items, as plain state the review components present:
 * unsaved verdicts and comments (`reviewDrafts`) and the selection for bulk verdicts
 * (`itemSelection`). No DOM, no Apex: the components save through `c/checksheetApi`.
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
export type { ReviewSaveResult } from './reviewSave';
