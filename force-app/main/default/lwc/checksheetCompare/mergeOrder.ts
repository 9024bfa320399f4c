/**
 * Merging the order of a second list into a first: the first list's order is kept, and every item
 * of the second list without a partner is placed right after its nearest preceding item that has
 * one (or before everything when no earlier item has a partner).
 */

/** One slot of the merged order: an index into the base list, or one into the other list. */
export type MergedSlot = { base: number } | { other: number };

/**
 * @param baseLength length of the base list
 * @param partnerOfOther for each item of the other list, the index of its partner in the base list,
 *   or -1 when it has none
 */
export function mergeOrder(
  baseLength: number,
  partnerOfOther: readonly number[]
): MergedSlot[] {
  const leading: number[] = [];
  const after: number[][] = Array.from({ length: baseLength }, () => []);
  let anchor = -1;
  partnerOfOther.forEach((partner, other) => {
    if (partner >= 0) {
      anchor = partner;
    } else if (anchor < 0) {
      leading.push(other);
    } else {
      after[anchor].push(other);
    }
  });
  const merged: MergedSlot[] = leading.map((other) => ({ other }));
  for (let base = 0; base < baseLength; base += 1) {
    merged.push({ base });
    for (const other of after[base]) merged.push({ other });
  }
  return merged;
}
