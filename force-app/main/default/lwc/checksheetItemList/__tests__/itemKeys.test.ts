import { itemKeyAction } from '../itemKeys';

describe('item keyboard shortcuts', () => {
  it('moves with the arrows and J / K, sets verdicts with 0–4, opens the comment and selects', () => {
    const keys = ['ArrowDown', 'j', 'ArrowUp', 'K', '1', '2', '3', '4', '0', 'c', 'X'];
    expect(keys.map((key) => itemKeyAction({ key }))).toEqual([
      { kind: 'move', delta: 1 },
      { kind: 'move', delta: 1 },
      { kind: 'move', delta: -1 },
      { kind: 'move', delta: -1 },
      { kind: 'verdict', verdict: 'Acceptable' },
      { kind: 'verdict', verdict: 'Follow_Up' },
      { kind: 'verdict', verdict: 'Risk_Accepted' },
      { kind: 'verdict', verdict: 'Unacceptable' },
      { kind: 'verdict', verdict: null },
      { kind: 'comment' },
      { kind: 'select' }
    ]);
  });

  it('leaves other keys and the browser shortcuts alone', () => {
    expect(itemKeyAction({ key: 'Tab' })).toBeUndefined();
    expect(itemKeyAction({ key: '5' })).toBeUndefined();
    expect(itemKeyAction({ key: 'c', ctrlKey: true })).toBeUndefined();
    expect(itemKeyAction({ key: '1', metaKey: true })).toBeUndefined();
  });
});
