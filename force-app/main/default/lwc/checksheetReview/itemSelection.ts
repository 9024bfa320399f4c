/**
 * Which items a reviewer has selected for a bulk verdict: one by one, a shift-click range over
 * the items shown, or every item shown. Immutable sets of item Ids, plus the anchor a
 * shift-click extends from.
 */

export interface ItemSelection {
  selected: ReadonlySet<string>;
  /** The item last clicked without shift: a shift-click selects from it. */
  anchor?: string;
}

export const NO_SELECTION: ItemSelection = Object.freeze({ selected: new Set<string>() });

/** Selects or clears one item; it becomes the anchor of the next shift-click. */
export function toggleItem(selection: ItemSelection, id: string, on: boolean): ItemSelection {
  const selected = new Set(selection.selected);
  if (on) selected.add(id);
  else selected.delete(id);
  return { selected, anchor: id };
}

/**
 * A shift-click on `id`: every item shown between the anchor and it (both included) takes the
 * state `on`. Without an anchor shown, it acts as a plain click.
 */
export function selectRange(
  selection: ItemSelection,
  shownIds: readonly string[],
  id: string,
  on: boolean
): ItemSelection {
  const from = selection.anchor === undefined ? -1 : shownIds.indexOf(selection.anchor);
  const to = shownIds.indexOf(id);
  if (from < 0 || to < 0) return toggleItem(selection, id, on);
  const selected = new Set(selection.selected);
  const [low, high] = from <= to ? [from, to] : [to, from];
  for (let i = low; i <= high; i++) {
    if (on) selected.add(shownIds[i]);
    else selected.delete(shownIds[i]);
  }
  return { selected, anchor: selection.anchor };
}

/** "Select all shown": every item the filter shows, on top of what was selected. */
export function selectAllShown(
  selection: ItemSelection,
  shownIds: readonly string[]
): ItemSelection {
  return { selected: new Set([...selection.selected, ...shownIds]), anchor: selection.anchor };
}

/** Whether every shown item is selected (the "select all shown" box is then checked). */
export function allShownSelected(selection: ItemSelection, shownIds: readonly string[]): boolean {
  return shownIds.length > 0 && shownIds.every((id) => selection.selected.has(id));
}

export function clearSelection(): ItemSelection {
  return { selected: new Set<string>() };
}
