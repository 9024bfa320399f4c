/**
 * Saved comparisons and the org's alignment ledger (`ChecksheetComparisonController`, issue 9):
 * the DTOs, mirroring `ChecksheetDtos` property for property (the gate checks the names), and one
 * typed function per Apex method, each passing the parameters by their Apex names.
 *
 * The ledger (`Item_Link__c`) keeps only human decisions on pairs of items of two checksheets:
 * the compare view aligns automatically, then applies `getItemLinks` over it; `saveItemLinks`
 * records a decision (one row per unordered pair: saving the same pair again updates it) and
 * `removeItemLinks` undoes one (the pair goes back to the automatic alignment).
 */
import getComparisonApex from '@salesforce/apex/ChecksheetComparisonController.getComparison';
import getComparisonsApex from '@salesforce/apex/ChecksheetComparisonController.getComparisons';
import getItemLinksApex from '@salesforce/apex/ChecksheetComparisonController.getItemLinks';
import removeItemLinksApex from '@salesforce/apex/ChecksheetComparisonController.removeItemLinks';
import saveComparisonApex from '@salesforce/apex/ChecksheetComparisonController.saveComparison';
import saveItemLinksApex from '@salesforce/apex/ChecksheetComparisonController.saveItemLinks';
import type {
  ComparisonStatusValue,
  LinkMethodValue,
  LinkRelationshipValue
} from 'c/checksheetSchema';
import type { ApexWireAdapter } from './apexMethods';
import { toChecksheetApiError } from './apiError';
import type { DateTimeString, RecordId } from './checksheetApi';

/** A comparison to save: `id` null saves a new one; the members are replaced by `checksheetIds`. */
export interface ComparisonInput {
  id: RecordId | null;
  /** At most 80 characters; blank: the platform names it by its Id. */
  name: string | null;
  purpose: string | null;
  decisionNotes: string | null;
  /** null: Draft. */
  status: ComparisonStatusValue | null;
  /** The member checksheets in column order (repeats dropped), at least two. */
  checksheetIds: RecordId[];
}

/** One column of a saved comparison. */
export interface ComparisonMemberDto {
  checksheetId: RecordId;
  /** 1 is the leftmost column. */
  columnOrder: number;
  checksheetName?: string | null;
  vendorName?: string | null;
  serviceName?: string | null;
  documentVersion?: string | null;
  /**
   * The newest checksheet of the `Supersedes__c` chain above this member (the view offers to
   * switch to it); absent when the member is the latest version.
   */
  newerVersionId?: RecordId | null;
  /** That newer checksheet's name. */
  newerVersionLabel?: string | null;
}

/** A saved comparison with its members in column order (only those the user can see). */
export interface ComparisonDto {
  id: RecordId;
  name: string;
  purpose?: string | null;
  decisionNotes?: string | null;
  status?: ComparisonStatusValue | null;
  /** The running user may edit it: its owner, or an admin. */
  canEdit?: boolean | null;
  lastModifiedDate?: DateTimeString | null;
  ownerName?: string | null;
  members: ComparisonMemberDto[];
}

/** A saved comparison in a list (`getComparisons`). */
export interface ComparisonSummaryDto {
  id: RecordId;
  name: string;
  status?: ComparisonStatusValue | null;
  memberCount: number;
  ownerName?: string | null;
  lastModifiedDate?: DateTimeString | null;
}

/** One decision of the ledger. `itemAId` is the lower Id of the pair. */
export interface ItemLinkDto {
  id: RecordId;
  itemAId: RecordId;
  itemBId: RecordId;
  checksheetAId: RecordId;
  checksheetBId: RecordId;
  relationship: LinkRelationshipValue;
  method: LinkMethodValue;
  /** The alignment's score when the decision was made, 0..1; absent for a pair made by hand. */
  score?: number | null;
  confirmedById?: RecordId | null;
  confirmedByName?: string | null;
  confirmedOn?: DateTimeString | null;
  /** The comparison where it was decided (context only: the link holds in every comparison). */
  comparisonId?: RecordId | null;
  /** The running user may remove ("forget") it: the row's owner, or an admin. */
  canRemove?: boolean | null;
}

/** A decision to record on a pair of items of two different checksheets, in either order. */
export interface ItemLinkInput {
  itemAId: RecordId;
  itemBId: RecordId;
  relationship: LinkRelationshipValue;
  /** null: Manual. */
  method: LinkMethodValue | null;
  /** The automatic alignment's score for a confirmed pair, 0..1; null for one made by hand. */
  score: number | null;
}

/** The answer of one Apex call, its rejection normalised to a ChecksheetApiError. */
async function answer<T>(call: () => Promise<unknown>): Promise<T> {
  try {
    return (await call()) as T;
  } catch (error) {
    throw toChecksheetApiError(error);
  }
}

/** Saves a new comparison or changes one (its owner or an admin); all or nothing. */
export async function saveComparison(comparison: ComparisonInput): Promise<ComparisonDto> {
  return answer(() => saveComparisonApex({ comparison }));
}

/** A saved comparison, read fresh (not cached: a colleague's save shows on the next open). */
export async function getComparison(comparisonId: RecordId): Promise<ComparisonDto> {
  return answer(() => getComparisonApex({ comparisonId }));
}

/** The comparisons changed most recently, at most `maxRows` (1..200; left out: 50). */
export async function getComparisons(maxRows?: number): Promise<ComparisonSummaryDto[]> {
  return answer(() => getComparisonsApex({ maxRows }));
}

/** Every ledger decision on a pair of items of two of these checksheets. */
export async function getItemLinks(checksheetIds: RecordId[]): Promise<ItemLinkDto[]> {
  return answer(() => getItemLinksApex({ checksheetIds }));
}

/**
 * Records decisions, confirmed by the running user now; `comparisonId` (or null) is kept for
 * context. Returns the saved links, one per pair, in the order given.
 */
export async function saveItemLinks(
  comparisonId: RecordId | null,
  links: ItemLinkInput[]
): Promise<ItemLinkDto[]> {
  return answer(() => saveItemLinksApex({ comparisonId, links }));
}

/** Undoes decisions: the pairs go back to the automatic alignment. */
export async function removeItemLinks(linkIds: RecordId[]): Promise<void> {
  await answer(() => removeItemLinksApex({ linkIds }));
}

/** `getComparisons` for `@wire` (`{ maxRows: 20 }`). */
export const getComparisonsAdapter: ApexWireAdapter<
  { maxRows?: number | null },
  ComparisonSummaryDto[]
> = getComparisonsApex;
