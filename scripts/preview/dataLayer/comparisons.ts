/**
 * ChecksheetComparisonController / ChecksheetComparisonService: saved comparisons and the org's
 * alignment ledger, with the sharing the objects have in the org:
 * - Checksheet_Comparison__c is Public Read Only: everyone reads; its owner (and an admin, with
 *   Modify All) edits it and, through the master-detail, its Comparison_Member__c rows.
 * - Item_Link__c is Public Read/Write: any user with edit permission updates any decision;
 *   deleting one (undoing it) is for its owner and admins.
 * One ledger row per unordered pair of items: the lower Id is Item A, `pairKey` is unique.
 */
import type { ComparisonStatusValue } from 'c/checksheetSchema';
import { datetimeText } from './clock';
import type { CallContext } from './context';
import { userById } from './directory';
import type {
  ComparisonDto,
  ComparisonInput,
  ComparisonMemberDto,
  ComparisonSummaryDto,
  ItemLinkDto,
  ItemLinkInput
} from './dtos';
import { Refusal, REFUSALS } from './errors';
import type { PreviewUser, Role } from './directory';
import { KEY_PREFIXES, newId } from './ids';
import {
  CHECKSHEET_NAME_LENGTH,
  COMPARISON_TEXT_LENGTH,
  DEFAULT_HOME_ROWS,
  MAX_CHANGES_PER_CALL,
  MAX_CHUNK_CHARACTERS,
  MAX_HOME_ROWS,
  MIN_COMPARISON_MEMBERS
} from './limits';
import type { Params } from './params';
import { integerParam, listParam, objectParam, stringParam } from './params';
import type {
  ChecksheetRecord,
  ComparisonRecord,
  ItemLinkRecord,
  ItemRecord,
  MemberRecord
} from './records';
import { textValue } from './records';
import type { StoreName, Tx } from './store';
import { INDEXES, STORES } from './store';
import {
  COMPARISON_STATUSES,
  COMPLETE,
  DRAFT,
  LINK_METHODS,
  LINK_RELATIONSHIPS,
  MANUAL
} from './vocabulary';

/** Object permissions of the permission sets on the comparison objects. */
interface ComparisonPermissions {
  create: boolean;
  edit: boolean;
  /** Delete on Comparison_Member__c and Item_Link__c (never on Checksheet_Comparison__c for a reviewer). */
  deleteRows: boolean;
  modifyAll: boolean;
}

export const COMPARISON_PERMISSION_SETS: Readonly<Record<Role, ComparisonPermissions>> = {
  admin: { create: true, edit: true, deleteRows: true, modifyAll: true },
  reviewer: { create: true, edit: true, deleteRows: true, modifyAll: false },
  viewer: { create: false, edit: false, deleteRows: false, modifyAll: false }
};

const STORE_NAMES: readonly StoreName[] = [
  STORES.accounts,
  STORES.checksheets,
  STORES.items,
  STORES.comparisons,
  STORES.members,
  STORES.itemLinks
];

function permissions(user: PreviewUser): ComparisonPermissions {
  return COMPARISON_PERMISSION_SETS[user.role];
}

/** UserRecordAccess.HasEditAccess on a comparison: edit permission and ownership or Modify All. */
function canEditComparison(user: PreviewUser, record: ComparisonRecord): boolean {
  const granted = permissions(user);
  return granted.edit && (granted.modifyAll || record.ownerId === user.id);
}

function refuse(label: (typeof REFUSALS)[keyof typeof REFUSALS], args: unknown[] = []): never {
  throw new Refusal(label, args);
}

/** Ids without nulls and repeats, in their first order. */
function distinct(ids: readonly unknown[]): string[] {
  const result: string[] = [];
  for (const id of ids) {
    const text = textValue(id);
    if (text !== null && !result.includes(text)) result.push(text);
  }
  return result;
}

function checkLength(property: string, value: string | null, max: number): void {
  if (value !== null && value.length > max) refuse(REFUSALS.fieldTooLong, [property, max]);
}

function checkChoice(property: string, value: string | null, allowed: readonly string[]): void {
  if (value === null || !allowed.includes(value)) {
    refuse(REFUSALS.invalidChoice, [property, String(value)]);
  }
}

/** Whether Id `a` sorts before `b` (by the 15-character part, as Apex compares them). */
export function isLower(a: string, b: string): boolean {
  return a.slice(0, 15) < b.slice(0, 15);
}

export function pairKey(first: string, second: string): string {
  return `${first}:${second}`;
}

async function visibleComparison(tx: Tx, comparisonId: string | null): Promise<ComparisonRecord> {
  const record =
    comparisonId === null
      ? undefined
      : await tx.get<ComparisonRecord>(STORES.comparisons, comparisonId);
  if (record === undefined) refuse(REFUSALS.comparisonNotFound);
  return record;
}

async function membersOf(tx: Tx, comparisonId: string): Promise<MemberRecord[]> {
  const members = await tx.byIndex<MemberRecord>(
    STORES.members,
    INDEXES.byComparison,
    comparisonId
  );
  return members.sort((a, b) => a.columnOrder - b.columnOrder || (a.id < b.id ? -1 : 1));
}

/** Checksheet Id → the newest complete checksheet above it in its Supersedes__c chain. */
function newestVersions(checksheets: readonly ChecksheetRecord[]): Map<string, ChecksheetRecord> {
  const successor = new Map<string, ChecksheetRecord>();
  for (const record of checksheets) {
    if (record.importStatus === COMPLETE && record.supersedesId !== null) {
      successor.set(record.supersedesId, record);
    }
  }
  const newest = new Map<string, ChecksheetRecord>();
  for (const record of checksheets) {
    const seen = new Set([record.id]);
    let latest: ChecksheetRecord | undefined;
    let next = successor.get(record.id);
    while (next !== undefined && !seen.has(next.id)) {
      latest = next;
      seen.add(next.id);
      next = successor.get(next.id);
    }
    if (latest !== undefined) newest.set(record.id, latest);
  }
  return newest;
}

async function comparisonDto(
  tx: Tx,
  context: CallContext,
  record: ComparisonRecord
): Promise<ComparisonDto> {
  const [members, checksheets, accounts] = await Promise.all([
    membersOf(tx, record.id),
    tx.all<ChecksheetRecord>(STORES.checksheets),
    tx.all<{ id: string; name: string }>(STORES.accounts)
  ]);
  const byId = new Map(checksheets.map((checksheet) => [checksheet.id, checksheet]));
  const vendors = new Map(accounts.map((account) => [account.id, account.name]));
  const newest = newestVersions(checksheets);
  const memberDtos: ComparisonMemberDto[] = [];
  for (const member of members) {
    const checksheet = member.checksheetId === null ? undefined : byId.get(member.checksheetId);
    if (checksheet === undefined || checksheet.importStatus !== COMPLETE) continue;
    const newer = newest.get(checksheet.id);
    memberDtos.push({
      checksheetId: checksheet.id,
      columnOrder: member.columnOrder,
      checksheetName: checksheet.name,
      vendorName: vendors.get(checksheet.vendorId) ?? null,
      serviceName: checksheet.serviceName,
      documentVersion: checksheet.documentVersion,
      newerVersionId: newer?.id ?? null,
      newerVersionLabel: newer?.name ?? null
    });
  }
  return {
    id: record.id,
    name: record.name,
    purpose: record.purpose,
    decisionNotes: record.decisionNotes,
    status: record.status,
    canEdit: canEditComparison(context.user, record),
    lastModifiedDate: datetimeText(record.lastModifiedStamp),
    ownerName: userById(record.ownerId)?.name ?? null,
    members: memberDtos
  };
}

export async function saveComparison(context: CallContext, params: Params): Promise<ComparisonDto> {
  const input = objectParam<Partial<ComparisonInput>>(params, 'comparison', 'ComparisonInput');
  const id = textValue(input?.id);
  const granted = permissions(context.user);
  if (!granted.create && id === null) refuse(REFUSALS.noPermission);
  if (!granted.edit && id !== null) refuse(REFUSALS.noPermission);
  const checksheetIds = distinct(input?.checksheetIds ?? []);
  if (checksheetIds.length < MIN_COMPARISON_MEMBERS) {
    refuse(REFUSALS.tooFewChecksheets, [MIN_COMPARISON_MEMBERS]);
  }
  const name = textValue(input?.name)?.trim() || null;
  const purpose = textValue(input?.purpose);
  const decisionNotes = textValue(input?.decisionNotes);
  checkLength('name', textValue(input?.name), CHECKSHEET_NAME_LENGTH);
  checkLength('purpose', purpose, COMPARISON_TEXT_LENGTH);
  checkLength('decisionNotes', decisionNotes, COMPARISON_TEXT_LENGTH);
  const given = textValue(input?.status) ?? DRAFT;
  checkChoice('status', given, COMPARISON_STATUSES);
  const status = given as ComparisonStatusValue;
  return context.store.transaction(STORE_NAMES, 'readwrite', async (tx) => {
    for (const checksheetId of checksheetIds) {
      const checksheet = await tx.get<ChecksheetRecord>(STORES.checksheets, checksheetId);
      if (checksheet === undefined || checksheet.importStatus !== COMPLETE) {
        refuse(REFUSALS.checksheetNotFound);
      }
    }
    let record: ComparisonRecord;
    let existing: MemberRecord[] = [];
    const stamp = context.stamps.next();
    if (id === null) {
      const newRecordId = newId(KEY_PREFIXES.comparison);
      record = {
        id: newRecordId,
        name: name ?? newRecordId,
        purpose,
        decisionNotes,
        status,
        ownerId: context.user.id,
        createdStamp: stamp,
        lastModifiedStamp: stamp
      };
    } else {
      const found = await visibleComparison(tx, id);
      // Public Read Only: a user-mode update of someone else's comparison fails for want of access.
      if (!canEditComparison(context.user, found)) refuse(REFUSALS.noPermission);
      existing = await membersOf(tx, found.id);
      if (checksheetIds.length < existing.length && !granted.deleteRows) {
        refuse(REFUSALS.noPermission);
      }
      record = {
        ...found,
        name: name ?? found.name,
        purpose,
        decisionNotes,
        status,
        lastModifiedStamp: stamp
      };
    }
    tx.put(STORES.comparisons, record);
    checksheetIds.forEach((checksheetId, index) => {
      const member: MemberRecord = {
        id: existing[index]?.id ?? newId(KEY_PREFIXES.member),
        comparisonId: record.id,
        checksheetId,
        columnOrder: index + 1
      };
      tx.put(STORES.members, member);
    });
    for (const surplus of existing.slice(checksheetIds.length))
      tx.delete(STORES.members, surplus.id);
    return comparisonDto(tx, context, record);
  });
}

export function getComparison(context: CallContext, params: Params): Promise<ComparisonDto> {
  return context.store.transaction(STORE_NAMES, 'readonly', async (tx) =>
    comparisonDto(tx, context, await visibleComparison(tx, stringParam(params, 'comparisonId')))
  );
}

export function getComparisons(
  context: CallContext,
  params: Params
): Promise<ComparisonSummaryDto[]> {
  const maxRows = integerParam(params, 'maxRows');
  const rows = maxRows === null ? DEFAULT_HOME_ROWS : Math.min(Math.max(maxRows, 1), MAX_HOME_ROWS);
  return context.store.transaction(STORE_NAMES, 'readonly', async (tx) => {
    const [comparisons, members] = await Promise.all([
      tx.all<ComparisonRecord>(STORES.comparisons),
      tx.all<MemberRecord>(STORES.members)
    ]);
    // ORDER BY LastModifiedDate DESC, Id DESC
    const recent = comparisons
      .sort((a, b) => b.lastModifiedStamp - a.lastModifiedStamp || (a.id < b.id ? 1 : -1))
      .slice(0, rows);
    return recent.map((record) => ({
      id: record.id,
      name: record.name,
      status: record.status,
      memberCount: members.filter((member) => member.comparisonId === record.id).length,
      ownerName: userById(record.ownerId)?.name ?? null,
      lastModifiedDate: datetimeText(record.lastModifiedStamp)
    }));
  });
}

/** Delete on Item_Link__c and the row's ownership or Modify All (Public Read/Write grants no delete). */
function canRemoveLink(user: PreviewUser, link: ItemLinkRecord): boolean {
  const granted = permissions(user);
  return granted.deleteRows && (granted.modifyAll || link.ownerId === user.id);
}

function toItemLinkDto(
  context: CallContext,
  link: ItemLinkRecord,
  items: ReadonlyMap<string, ItemRecord>
): ItemLinkDto {
  return {
    id: link.id,
    itemAId: link.itemAId,
    itemBId: link.itemBId,
    checksheetAId: items.get(link.itemAId)?.checksheetId ?? null,
    checksheetBId: items.get(link.itemBId)?.checksheetId ?? null,
    relationship: link.relationship,
    method: link.method,
    score: link.score,
    confirmedById: link.confirmedById,
    confirmedByName: userById(link.confirmedById)?.name ?? null,
    confirmedOn: link.confirmedOn,
    comparisonId: link.comparisonId,
    canRemove: canRemoveLink(context.user, link)
  } as ItemLinkDto;
}

async function itemsById(tx: Tx, ids: Iterable<string>): Promise<Map<string, ItemRecord>> {
  const items = new Map<string, ItemRecord>();
  for (const id of new Set(ids)) {
    const item = await tx.get<ItemRecord>(STORES.items, id);
    if (item !== undefined) items.set(id, item);
  }
  return items;
}

export function getItemLinks(context: CallContext, params: Params): Promise<ItemLinkDto[]> {
  const wanted = new Set(distinct(listParam<unknown>(params, 'checksheetIds')));
  return context.store.transaction(STORE_NAMES, 'readonly', async (tx) => {
    if (wanted.size < 2) return [];
    const links = await tx.all<ItemLinkRecord>(STORES.itemLinks);
    const items = await itemsById(
      tx,
      links.flatMap((link) => [link.itemAId, link.itemBId])
    );
    return links
      .filter((link) => {
        const a = items.get(link.itemAId)?.checksheetId;
        const b = items.get(link.itemBId)?.checksheetId;
        return a !== undefined && b !== undefined && a !== b && wanted.has(a) && wanted.has(b);
      })
      .sort((x, y) => (x.itemAId + x.itemBId < y.itemAId + y.itemBId ? -1 : 1))
      .map((link) => toItemLinkDto(context, link, items));
  });
}

export async function saveItemLinks(context: CallContext, params: Params): Promise<ItemLinkDto[]> {
  const granted = permissions(context.user);
  if (!granted.create || !granted.edit) refuse(REFUSALS.noPermission);
  const links = listParam<Partial<ItemLinkInput> | null>(params, 'links');
  const comparisonId = stringParam(params, 'comparisonId');
  if (links.length === 0) return [];
  if (links.length > MAX_CHANGES_PER_CALL) {
    refuse(REFUSALS.chunkTooLarge, [MAX_CHANGES_PER_CALL, MAX_CHUNK_CHARACTERS]);
  }
  for (const link of links) {
    const a = textValue(link?.itemAId);
    const b = textValue(link?.itemBId);
    if (a === null || b === null) refuse(REFUSALS.checksheetNotFound);
    if (a === b) refuse(REFUSALS.linkSameItem);
    checkChoice('relationship', textValue(link?.relationship), LINK_RELATIONSHIPS);
    checkChoice('method', textValue(link?.method) ?? MANUAL, LINK_METHODS);
    const score = link?.score ?? null;
    if (score !== null && (score < 0 || score > 1))
      refuse(REFUSALS.invalidChoice, ['score', score]);
  }
  return context.store.transaction(STORE_NAMES, 'readwrite', async (tx) => {
    const wanted = links.flatMap((link) => [String(link!.itemAId), String(link!.itemBId)]);
    const items = await itemsById(tx, wanted);
    for (const id of wanted) {
      const item = items.get(id);
      const checksheet =
        item === undefined
          ? undefined
          : await tx.get<ChecksheetRecord>(STORES.checksheets, item.checksheetId);
      if (checksheet === undefined || checksheet.importStatus !== COMPLETE) {
        refuse(REFUSALS.checksheetNotFound);
      }
    }
    if (comparisonId !== null) await visibleComparison(tx, comparisonId);
    const existing = new Map(
      (await tx.all<ItemLinkRecord>(STORES.itemLinks)).map((link) => [link.pairKey, link])
    );
    const confirmedOn = datetimeText(context.stamps.next());
    // One row per pair: a pair given twice keeps its last decision, in the place it came first.
    const byPair = new Map<string, ItemLinkRecord>();
    for (const link of links) {
      const a = String(link!.itemAId);
      const b = String(link!.itemBId);
      if (items.get(a)!.checksheetId === items.get(b)!.checksheetId) {
        refuse(REFUSALS.linkSameChecksheet);
      }
      const [first, second] = isLower(a, b) ? [a, b] : [b, a];
      const key = pairKey(first, second);
      const before = existing.get(key);
      byPair.set(key, {
        id: before?.id ?? byPair.get(key)?.id ?? newId(KEY_PREFIXES.itemLink),
        itemAId: first,
        itemBId: second,
        pairKey: key,
        relationship: String(link!.relationship),
        method: textValue(link!.method) ?? MANUAL,
        score: link!.score ?? null,
        confirmedById: context.user.id,
        confirmedOn,
        comparisonId,
        ownerId: before?.ownerId ?? context.user.id
      });
    }
    for (const record of byPair.values()) tx.put(STORES.itemLinks, record);
    return [...byPair.values()].map((record) => toItemLinkDto(context, record, items));
  });
}

export async function removeItemLinks(context: CallContext, params: Params): Promise<null> {
  const granted = permissions(context.user);
  if (!granted.deleteRows) refuse(REFUSALS.noPermission);
  const linkIds = distinct(listParam<unknown>(params, 'linkIds'));
  if (linkIds.length === 0) return null;
  return context.store.transaction(STORE_NAMES, 'readwrite', async (tx) => {
    for (const linkId of linkIds) {
      const link = await tx.get<ItemLinkRecord>(STORES.itemLinks, linkId);
      if (link === undefined) continue;
      // Deleting needs ownership or Modify All, whatever the sharing model grants for editing.
      if (!canRemoveLink(context.user, link)) refuse(REFUSALS.noPermission);
      tx.delete(STORES.itemLinks, link.id);
    }
    return null;
  });
}
