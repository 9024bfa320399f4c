/**
 * The compare view and the org's alignment ledger (`Item_Link__c`, through `c/checksheetApi`):
 * stored links become the first decisions applied over the automatic alignment, the reviewer's
 * unsaved corrections follow them, and saving sends those corrections as links. A saved
 * comparison names its members in column order and says when one has a newer version.
 */
import type { ComparisonDto, ItemLinkDto, ItemLinkInput } from 'c/checksheetApi';
import type { LinkDecision } from 'c/checksheetCompare';
import { samePair } from 'c/checksheetCompare';

/** A stored link as a decision. */
export function toDecision(link: ItemLinkDto): LinkDecision {
  return {
    itemAId: link.itemAId,
    itemBId: link.itemBId,
    relationship: link.relationship,
    method: link.method,
    score: link.score ?? null
  };
}

/** The decisions to apply: the ledger's, then the unsaved ones (a later decision wins). */
export function decisionsToApply(
  ledger: readonly ItemLinkDto[],
  unsaved: readonly LinkDecision[]
): LinkDecision[] {
  return [...ledger.map(toDecision), ...unsaved];
}

/** The unsaved decisions as links to save (the last one per pair). */
export function toLinkInputs(unsaved: readonly LinkDecision[]): ItemLinkInput[] {
  const last = unsaved.filter(
    (decision, index) =>
      !unsaved.slice(index + 1).some((later) => samePair(later, decision.itemAId, decision.itemBId))
  );
  return last.map((decision) => ({
    itemAId: decision.itemAId,
    itemBId: decision.itemBId,
    relationship: decision.relationship,
    method: decision.method,
    score: decision.score
  }));
}

/** The ledger with the saved links in place of any it held for the same pairs. */
export function withSavedLinks(
  ledger: readonly ItemLinkDto[],
  saved: readonly ItemLinkDto[]
): ItemLinkDto[] {
  return [
    ...ledger.filter(
      (link) => !saved.some((other) => samePair(toDecision(other), link.itemAId, link.itemBId))
    ),
    ...saved
  ];
}

/** A saved comparison's checksheets in column order. */
export function memberIds(comparison: ComparisonDto): string[] {
  return [...comparison.members]
    .sort((a, b) => a.columnOrder - b.columnOrder)
    .map((member) => member.checksheetId);
}

export interface SupersededMember {
  checksheetId: string;
  label: string;
  newerVersionId: string;
  newerVersionLabel: string;
}

/** The members a newer version has superseded since the comparison was saved. */
export function supersededMembers(comparison: ComparisonDto): SupersededMember[] {
  return comparison.members
    .filter((member) => member.newerVersionId)
    .map((member) => ({
      checksheetId: member.checksheetId,
      label:
        [member.vendorName, member.serviceName, member.documentVersion]
          .filter((part) => part)
          .join(' · ') ||
        member.checksheetName ||
        member.checksheetId,
      newerVersionId: member.newerVersionId as string,
      newerVersionLabel: member.newerVersionLabel ?? (member.newerVersionId as string)
    }));
}

/** The member list with one checksheet replaced by its newer version, in the same column. */
export function switchMember(ids: readonly string[], from: string, to: string): string[] {
  return [...new Set(ids.map((id) => (id === from ? to : id)))];
}
