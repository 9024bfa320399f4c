import { mergeOrder } from 'c/checksheetCompare';

function render(baseLength: number, partnerOfOther: number[]): string[] {
  return mergeOrder(baseLength, partnerOfOther).map((slot) => {
    return 'base' in slot ? `a${slot.base}` : `b${slot.other}`;
  });
}

describe('mergeOrder', () => {
  it('places an unpaired item after its nearest preceding paired neighbour', () => {
    // b0↔a0, b1 new, b2↔a1
    expect(render(2, [0, -1, 1])).toEqual(['a0', 'b1', 'a1']);
  });

  it("places it after the base items unpaired at that place: the base's first, then the other's", () => {
    // a1 has no partner; b1 is new; both sit between a0 and a2
    expect(render(3, [0, -1, 2])).toEqual(['a0', 'a1', 'b1', 'a2']);
  });

  it('places items before every paired one at the start, after unpaired base items there', () => {
    expect(render(2, [-1, 0])).toEqual(['b0', 'a0', 'a1']);
    expect(render(2, [-1, 1])).toEqual(['a0', 'b0', 'a1']);
  });

  it('appends everything when nothing pairs, and handles empty lists', () => {
    expect(render(2, [-1, -1])).toEqual(['a0', 'a1', 'b0', 'b1']);
    expect(render(0, [-1])).toEqual(['b0']);
    expect(render(1, [])).toEqual(['a0']);
  });

  it("follows the other list's anchors when its order differs from the base's", () => {
    // b0↔a1, b1 new, b2↔a0
    expect(render(2, [1, -1, 0])).toEqual(['a0', 'a1', 'b1']);
  });
});
