import { saveInBatches } from 'c/checksheetReview';

const changes = Array.from({ length: 5 }, (_, i) => ({
  itemId: `i${i + 1}`,
  verdict: 'Acceptable'
}));

describe('saveInBatches', () => {
  it('saves in batches, one call after another, and returns what each call returned', async () => {
    const calls: string[][] = [];
    const save = jest.fn(async (batch: { itemId: string }[]) => {
      calls.push(batch.map((change) => change.itemId));
      return batch.map((change) => ({ id: change.itemId }));
    });
    const result = await saveInBatches(changes, save, 2);
    expect(calls).toEqual([['i1', 'i2'], ['i3', 'i4'], ['i5']]);
    expect(result).toEqual({
      saved: changes.map((change) => ({ id: change.itemId })),
      savedIds: ['i1', 'i2', 'i3', 'i4', 'i5'],
      failedIds: []
    });
  });

  it('keeps the saved batches and reports the failed one and the rest as not saved', async () => {
    const failure = new Error('UNABLE_TO_LOCK_ROW');
    const save = jest
      .fn()
      .mockResolvedValueOnce([{ id: 'i1' }, { id: 'i2' }])
      .mockRejectedValueOnce(failure);
    const result = await saveInBatches(changes, save, 2);
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.savedIds).toEqual(['i1', 'i2']);
    expect(result.failedIds).toEqual(['i3', 'i4', 'i5']);
    expect(result.error).toBe(failure);
  });

  it('makes no call when there is nothing to save', async () => {
    const save = jest.fn();
    expect(await saveInBatches([], save)).toEqual({ saved: [], savedIds: [], failedIds: [] });
    expect(save).not.toHaveBeenCalled();
  });
});
