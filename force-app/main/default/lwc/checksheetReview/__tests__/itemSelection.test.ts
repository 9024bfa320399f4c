import {
  NO_SELECTION,
  allShownSelected,
  clearSelection,
  selectAllShown,
  selectRange,
  toggleItem
} from 'c/checksheetReview';

const SHOWN = ['i1', 'i2', 'i3', 'i4', 'i5'];
const ids = (selection: { selected: ReadonlySet<string> }) => [...selection.selected].sort();

describe('item selection', () => {
  it('selects and clears one item at a time', () => {
    let selection = toggleItem(NO_SELECTION, 'i2', true);
    selection = toggleItem(selection, 'i4', true);
    selection = toggleItem(selection, 'i2', false);
    expect(ids(selection)).toEqual(['i4']);
    expect(NO_SELECTION.selected.size).toBe(0);
  });

  it('selects a shift-click range from the last plain click, in either direction', () => {
    let selection = toggleItem(NO_SELECTION, 'i2', true);
    selection = selectRange(selection, SHOWN, 'i4', true);
    expect(ids(selection)).toEqual(['i2', 'i3', 'i4']);
    selection = selectRange(toggleItem(NO_SELECTION, 'i5', true), SHOWN, 'i3', true);
    expect(ids(selection)).toEqual(['i3', 'i4', 'i5']);
  });

  it('clears a shift-click range when the clicked box is cleared', () => {
    let selection = selectAllShown(NO_SELECTION, SHOWN);
    selection = toggleItem(selection, 'i1', false);
    selection = selectRange(selection, SHOWN, 'i3', false);
    expect(ids(selection)).toEqual(['i4', 'i5']);
  });

  it('treats a shift-click without an anchor on the page as a plain click', () => {
    const selection = selectRange(toggleItem(NO_SELECTION, 'elsewhere', true), SHOWN, 'i3', true);
    expect(ids(selection)).toEqual(['elsewhere', 'i3']);
  });

  it('selects every shown item and says when all shown are selected', () => {
    const selection = selectAllShown(toggleItem(NO_SELECTION, 'hidden', true), SHOWN);
    expect(ids(selection)).toEqual(['hidden', ...SHOWN]);
    expect(allShownSelected(selection, SHOWN)).toBe(true);
    expect(allShownSelected(toggleItem(selection, 'i3', false), SHOWN)).toBe(false);
    expect(allShownSelected(selection, [])).toBe(false);
    expect(clearSelection().selected.size).toBe(0);
  });
});
