import type { ComparisonDto, ItemLinkDto } from 'c/checksheetApi';
import type { LinkDecision } from 'c/checksheetCompare';
import {
  decisionsToApply,
  memberIds,
  supersededMembers,
  switchMember,
  toLinkInputs,
  withSavedLinks
} from '../ledger';

const link = (
  id: string,
  a: string,
  b: string,
  fields: Partial<ItemLinkDto> = {}
): ItemLinkDto => ({
  id,
  itemAId: a,
  itemBId: b,
  checksheetAId: 'c1',
  checksheetBId: 'c2',
  relationship: 'Same',
  method: 'Manual',
  ...fields
});
const decision = (
  a: string,
  b: string,
  relationship: LinkDecision['relationship']
): LinkDecision => ({
  itemAId: a,
  itemBId: b,
  relationship,
  method: 'Manual',
  score: null
});

describe('ledger', () => {
  it('applies the stored links first, then the unsaved decisions', () => {
    expect(
      decisionsToApply(
        [link('l1', 'a', 'b', { score: 0.8, method: 'Automatic' })],
        [decision('b', 'a', 'Not_Same')]
      )
    ).toEqual([
      { itemAId: 'a', itemBId: 'b', relationship: 'Same', method: 'Automatic', score: 0.8 },
      decision('b', 'a', 'Not_Same')
    ]);
  });

  it('saves the last decision per pair, and the saved links replace the stored ones of their pairs', () => {
    const inputs = toLinkInputs([
      decision('a', 'b', 'Same'),
      decision('c', 'd', 'Same'),
      decision('b', 'a', 'Partly_Same')
    ]);
    expect(inputs.map((input) => [input.itemAId, input.relationship])).toEqual([
      ['c', 'Same'],
      ['b', 'Partly_Same']
    ]);
    const ledger = withSavedLinks(
      [link('l1', 'a', 'b'), link('l2', 'e', 'f')],
      [link('l3', 'b', 'a', { relationship: 'Partly_Same' })]
    );
    expect(ledger.map((saved) => saved.id)).toEqual(['l2', 'l3']);
  });

  it('reads the members in column order and the superseded ones', () => {
    const comparison: ComparisonDto = {
      id: 'x',
      name: 'X',
      members: [
        {
          checksheetId: 'c2',
          columnOrder: 2,
          checksheetName: 'Two',
          newerVersionId: 'c3',
          newerVersionLabel: 'Three'
        },
        { checksheetId: 'c1', columnOrder: 1, vendorName: 'Ray', documentVersion: '1.0' }
      ]
    };
    expect(memberIds(comparison)).toEqual(['c1', 'c2']);
    expect(supersededMembers(comparison)).toEqual([
      { checksheetId: 'c2', label: 'Two', newerVersionId: 'c3', newerVersionLabel: 'Three' }
    ]);
    expect(switchMember(['c1', 'c2'], 'c2', 'c3')).toEqual(['c1', 'c3']);
    expect(switchMember(['c1', 'c2'], 'c2', 'c1')).toEqual(['c1']);
  });
});
