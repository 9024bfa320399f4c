/**
 * Merging the order of a second list into a first. The first (base) list's order is kept; every
 * item of the other list without a partner goes after its nearest preceding item that has one,
 * and after the base items that follow that partner without a partner of their own, i.e. just
 * before the next paired base item. So where both lists have unpaired items in one place, the
 * base list's come first, then the other's, as in a diff ("removed" then "added").
 */

/** One slot of the merged order: an index into the base list, or one into the other list. */
export type MergedSlot = { base: number } | { other: number };

/**
 * @param baseLength length of the base list
 * @param partnerOfOther for each item of the other list, the index of its partner in the base list,
 *   or -1 when it has none
 */
export function mergeOrder(baseLength: number, partnerOfOther: readonly number[]): MergedSlot[] {
  const paired = new Array<boolean>(baseLength).fill(false);
  for (const partner of partnerOfOther) if (partner >= 0) paired[partner] = true;
  // runEnd[i]: the last base index reached from i by stepping over unpaired base items.
  const runEnd = new Array<number>(baseLength);
  for (let i = baseLength - 1; i >= 0; i -= 1) {
    runEnd[i] = i + 1 < baseLength && !paired[i + 1] ? runEnd[i + 1] : i;
  }
  const leadingEnd = baseLength > 0 && !paired[0] ? runEnd[0] : -1;

  const leading: number[] = [];
  const after: number[][] = Array.from({ length: baseLength }, () => []);
  let anchor = -1;
  partnerOfOther.forEach((partner, other) => {
    if (partner >= 0) {
      anchor = partner;
      return;
    }
    const slot = anchor >= 0 ? runEnd[anchor] : leadingEnd;
    if (slot < 0) leading.push(other);
    else after[slot].push(other);
  });
  const merged: MergedSlot[] = leading.map((other) => ({ other }));
  for (let base = 0; base < baseLength; base += 1) {
    merged.push({ base });
    for (const other of after[base]) merged.push({ other });
  }
  return merged;
}
