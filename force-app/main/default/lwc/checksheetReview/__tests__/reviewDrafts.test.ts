import type { SavedReview } from 'c/checksheetReview';
import {
  EMPTY_DRAFTS,
  editReviews,
  effectiveReview,
  isUnsaved,
  markFailed,
  markSaved,
  pendingChanges,
  toVerdict,
  unsavedCount
} from 'c/checksheetReview';

const SAVED: Record<string, SavedReview> = {
  a: { verdict: null, comment: '' },
  b: { verdict: 'Acceptable', comment: 'Checked the ISMS certificate.' },
  c: { verdict: null, comment: '' }
};
const savedOf = (id: string) => SAVED[id];

describe('review drafts', () => {
  it('shows an edit as unsaved and as the value the item now has', () => {
    const state = editReviews(EMPTY_DRAFTS, ['a'], { verdict: 'Follow_Up' }, savedOf);
    expect(isUnsaved(state, 'a')).toBe(true);
    expect(effectiveReview(state, 'a', SAVED.a)).toEqual({ verdict: 'Follow_Up', comment: '' });
    expect(effectiveReview(state, 'b', SAVED.b)).toEqual(SAVED.b);
  });

  it('keeps a verdict and a comment edited separately on the same item', () => {
    let state = editReviews(EMPTY_DRAFTS, ['a'], { verdict: 'Unacceptable' }, savedOf);
    state = editReviews(state, ['a'], { comment: 'No MFA for administrators.' }, savedOf);
    expect(pendingChanges(state, savedOf)).toEqual([
      { itemId: 'a', verdict: 'Unacceptable', comment: 'No MFA for administrators.' }
    ]);
  });

  it('forgets an edit that returns to the saved value', () => {
    let state = editReviews(EMPTY_DRAFTS, ['b'], { verdict: 'Risk_Accepted' }, savedOf);
    state = editReviews(state, ['b'], { verdict: 'Acceptable' }, savedOf);
    expect(unsavedCount(state)).toBe(0);
  });

  it('sets one verdict on a selection, keeping each item its own comment', () => {
    const state = editReviews(EMPTY_DRAFTS, ['a', 'b', 'c'], { verdict: 'Follow_Up' }, savedOf);
    expect(pendingChanges(state, savedOf)).toEqual([
      { itemId: 'a', verdict: 'Follow_Up', comment: null },
      { itemId: 'b', verdict: 'Follow_Up', comment: 'Checked the ISMS certificate.' },
      { itemId: 'c', verdict: 'Follow_Up', comment: null }
    ]);
  });

  it('keeps the text and says why when a save fails, and clears both once saved', () => {
    let state = editReviews(EMPTY_DRAFTS, ['a'], { comment: '<script>alert(1)</script>' }, savedOf);
    state = markFailed(state, ['a', 'c'], 'You cannot edit this checksheet.');
    expect(state.errors).toEqual({ a: 'You cannot edit this checksheet.' });
    expect(effectiveReview(state, 'a', SAVED.a).comment).toBe('<script>alert(1)</script>');
    state = editReviews(state, ['a'], { comment: 'Better text' }, savedOf);
    expect(state.errors).toEqual({});
    state = markSaved(state, ['a']);
    expect(unsavedCount(state)).toBe(0);
  });

  it('accepts only the picklist values as verdicts', () => {
    expect(toVerdict('Follow_Up')).toBe('Follow_Up');
    expect(toVerdict('')).toBeNull();
    expect(toVerdict(undefined)).toBeNull();
    expect(() => toVerdict('Maybe')).toThrow('"Maybe" is not a verdict');
  });
});
