import {
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
} from 'c/checksheetReview';

const ITEM = {
  status: 'Implemented',
  statusMark: '○',
  question: 'Is data encrypted at rest?',
  answer: 'AES-256 on evry volume.',
  responsibility: 'Vendor',
  answerFlag: 'None'
};

describe('corrections of how items were read', () => {
  it('opens an editor on the item as stored and keeps what is typed', () => {
    let state = openCorrection(NO_CORRECTIONS, 'a', readingOf(ITEM));
    expect(isCorrecting(state, 'a')).toBe(true);
    expect(isCorrecting(state, 'b')).toBe(false);
    state = editCorrection(state, 'a', 'answer', 'AES-256 on every volume.');
    state = editCorrection(state, 'a', 'status', 'Partial');
    expect(state.open.a).toEqual({
      ...ITEM,
      answer: 'AES-256 on every volume.',
      status: 'Partial'
    });
    // Opening again keeps the typed text; an edit of a closed editor or an unknown field is none.
    expect(openCorrection(state, 'a', readingOf(ITEM))).toBe(state);
    expect(editCorrection(state, 'b', 'answer', 'x')).toBe(state);
    expect(editCorrection(state, 'a', 'section' as 'answer', 'x')).toBe(state);
  });

  it('keeps the typed text and the reason when a save fails, and closes when it succeeds', () => {
    let state = openCorrection(NO_CORRECTIONS, 'a', readingOf(ITEM));
    state = editCorrection(state, 'a', 'statusMark', '△');
    state = correctionSaving(state, 'a');
    expect(state.saving.has('a')).toBe(true);
    state = correctionFailed(state, 'a', 'No permission');
    expect(state.saving.has('a')).toBe(false);
    expect(state.errors.a).toBe('No permission');
    expect(state.open.a.statusMark).toBe('△');
    // Typing again clears the reason; saving again too.
    expect(editCorrection(state, 'a', 'statusMark', '×').errors.a).toBeUndefined();
    expect(correctionSaving(state, 'a').errors.a).toBeUndefined();
    const saved = correctionSaved(correctionSaving(state, 'a'), 'a');
    expect(saved).toEqual({ open: {}, errors: {}, saving: new Set() });
    expect(cancelCorrection(state, 'a').open).toEqual({});
    expect(cancelCorrection(NO_CORRECTIONS, 'z')).toEqual(NO_CORRECTIONS);
  });

  it('sends blank text as null, the status as chosen, no flag as None', () => {
    expect(
      toItemCorrection('a', {
        ...readingOf({ ...ITEM, responsibility: undefined, answerFlag: undefined }),
        statusMark: '',
        answer: ''
      })
    ).toEqual({
      itemId: 'a',
      status: 'Implemented',
      statusMark: null,
      question: 'Is data encrypted at rest?',
      answer: null,
      responsibility: null,
      answerFlag: 'None'
    });
  });

  it('reads the original reading: the corrected fields in order, blank as empty', () => {
    expect(
      originalReadingOf(
        '{"answer":"AES-256 on evry volume.","status":"Implemented","x":1,"statusMark":null}'
      )
    ).toEqual([
      { field: 'status', value: 'Implemented' },
      { field: 'statusMark', value: '' },
      { field: 'answer', value: 'AES-256 on evry volume.' }
    ]);
    expect(originalReadingOf(undefined)).toEqual([]);
    expect(originalReadingOf('not json')).toEqual([]);
    expect(originalReadingOf('["status"]')).toEqual([]);
    expect(originalReadingOf('null')).toEqual([]);
  });
});
