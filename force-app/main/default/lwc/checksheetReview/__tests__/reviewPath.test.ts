import { isDecided, pathMoves, pathSteps, reviewProgress } from 'c/checksheetReview';

describe('review path', () => {
  it('moves as the Apex service allows: Received → In review → a decision → In review', () => {
    const targets = (status: string | null) => pathMoves(status).map((move) => move.reviewStatus);
    expect(targets(null)).toEqual(['In_Review']);
    expect(targets('Received')).toEqual(['In_Review']);
    expect(targets('In_Review')).toEqual(['Approved', 'Approved_With_Conditions', 'Rejected']);
    expect(targets('Rejected')).toEqual(['In_Review']);
    expect(targets('Something')).toEqual([]);
    expect(pathMoves('In_Review').map((move) => move.approval)).toEqual([true, true, false]);
  });

  it('marks the steps done, current and to do', () => {
    expect(pathSteps('In_Review').map((step) => [step.value, step.state])).toEqual([
      ['Received', 'done'],
      ['In_Review', 'current'],
      ['Decision', 'todo']
    ]);
    expect(pathSteps('Rejected').map((step) => step.state)).toEqual(['done', 'done', 'current']);
    expect(isDecided('Approved')).toBe(true);
    expect(isDecided(undefined)).toBe(false);
  });
});

describe('review progress', () => {
  it('counts saved verdicts of all items, every verdict listed', () => {
    const progress = reviewProgress([
      { reviewerVerdict: 'Acceptable' },
      { reviewerVerdict: 'Acceptable' },
      { reviewerVerdict: 'Unacceptable' },
      { reviewerVerdict: '' },
      { reviewerVerdict: null },
      {},
      { reviewerVerdict: 'Follow_Up' }
    ]);
    expect([progress.reviewed, progress.total, progress.percent]).toEqual([4, 7, 57]);
    expect(progress.byVerdict).toEqual([
      { verdict: 'Acceptable', count: 2 },
      { verdict: 'Follow_Up', count: 1 },
      { verdict: 'Risk_Accepted', count: 0 },
      { verdict: 'Unacceptable', count: 1 }
    ]);
    expect(reviewProgress([]).percent).toBe(0);
  });
});
