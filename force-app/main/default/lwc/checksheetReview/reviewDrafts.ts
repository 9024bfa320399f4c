/**
 * A reviewer's unsaved verdicts and comments, kept by item Id so that they survive a filter or
 * a page change, shown as unsaved until a save succeeds, and kept (with the reason) when a save
 * fails. Immutable: every change returns a new state, which a component assigns to re-render.
 */
import type { VerdictValue } from 'c/checksheetSchema';
import { VERDICT_VALUES } from 'c/checksheetSchema';

/** What is saved for an item (the verdict and comment the org has). */
export interface SavedReview {
  verdict: VerdictValue | null;
  comment: string;
}

/** The reviewer's edit of one item: only the parts they changed. */
export interface ReviewDraft {
  verdict?: VerdictValue | null;
  comment?: string;
}

export interface ReviewDrafts {
  /** Edits by item Id; an item whose edit equals what is saved has none. */
  drafts: Readonly<Record<string, ReviewDraft>>;
  /** Why the last save of an item failed, by item Id (cleared when it is edited or saved). */
  errors: Readonly<Record<string, string>>;
}

export const EMPTY_DRAFTS: ReviewDrafts = Object.freeze({ drafts: {}, errors: {} });

/** A verdict value, or null for "no verdict"; anything else is refused before it reaches Apex. */
export function toVerdict(value: string | null | undefined): VerdictValue | null {
  if (value === null || value === undefined || value === '') return null;
  if ((VERDICT_VALUES as readonly string[]).includes(value)) return value as VerdictValue;
  throw new Error(`"${value}" is not a verdict (expected one of ${VERDICT_VALUES.join(', ')})`);
}

/** What the item shows: the draft where there is one, else what is saved. */
export function effectiveReview(state: ReviewDrafts, id: string, saved: SavedReview): SavedReview {
  const draft = state.drafts[id];
  return {
    verdict: draft?.verdict !== undefined ? draft.verdict : saved.verdict,
    comment: draft?.comment !== undefined ? draft.comment : saved.comment
  };
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * Records an edit of the items `ids` (one, or a selection) against what each has saved; an edit
 * back to the saved value is no longer unsaved.
 */
export function editReviews(
  state: ReviewDrafts,
  ids: readonly string[],
  change: ReviewDraft,
  savedOf: (id: string) => SavedReview
): ReviewDrafts {
  let drafts = { ...state.drafts };
  let errors = state.errors;
  for (const id of ids) {
    const saved = savedOf(id);
    const next: ReviewDraft = { ...drafts[id], ...change };
    if (next.verdict !== undefined && next.verdict === saved.verdict) delete next.verdict;
    if (next.comment !== undefined && next.comment === saved.comment) delete next.comment;
    if (next.verdict === undefined && next.comment === undefined) drafts = withoutKey(drafts, id);
    else drafts[id] = next;
    if (errors[id] !== undefined) errors = withoutKey(errors, id);
  }
  return { drafts, errors };
}

export function isUnsaved(state: ReviewDrafts, id: string): boolean {
  return state.drafts[id] !== undefined;
}

export function unsavedCount(state: ReviewDrafts): number {
  return Object.keys(state.drafts).length;
}

/** The changes to send to `saveVerdicts`, one per unsaved item, in a stable order. */
export function pendingChanges(
  state: ReviewDrafts,
  savedOf: (id: string) => SavedReview
): { itemId: string; verdict: VerdictValue | null; comment: string | null }[] {
  return Object.keys(state.drafts)
    .sort()
    .map((id) => {
      const review = effectiveReview(state, id, savedOf(id));
      return {
        itemId: id,
        verdict: review.verdict,
        comment: review.comment === '' ? null : review.comment
      };
    });
}

/** After a successful save of `ids`: their edits are saved, so no longer drafts. */
export function markSaved(state: ReviewDrafts, ids: readonly string[]): ReviewDrafts {
  let drafts = state.drafts;
  let errors = state.errors;
  for (const id of ids) {
    drafts = withoutKey(drafts, id);
    errors = withoutKey(errors, id);
  }
  return { drafts, errors };
}

/** After a failed save of `ids`: the edits stay, each with the reason, so no text is lost. */
export function markFailed(
  state: ReviewDrafts,
  ids: readonly string[],
  reason: string
): ReviewDrafts {
  const errors = { ...state.errors };
  for (const id of ids) if (state.drafts[id] !== undefined) errors[id] = reason;
  return { drafts: state.drafts, errors };
}
