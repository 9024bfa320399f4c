/**
 * Who may do what, as the package's permission sets and sharing settings decide in the org:
 * - Vendor_Checksheets_Viewer: reads everything (Public Read Only), creates and edits nothing.
 * - Vendor_Checksheets_Reviewer: creates checksheets and edits those it owns or that are shared
 *   with it (the reviewer's Checksheet__Share row); never deletes.
 * - Vendor_Checksheets_Admin: everything (View All / Modify All on Checksheet__c).
 * Items are controlled by their checksheet: editing an item needs edit access to it. A user-mode
 * DML the user has no access for reads as Error_No_Permission (ChecksheetAuraErrors).
 */
import type { PreviewUser, Role } from './directory';
import { Refusal, REFUSALS } from './errors';
import type { ChecksheetRecord, ShareRecord } from './records';
import { KEY_PREFIXES, newId } from './ids';
import { REVIEWER_ROW_CAUSE } from './vocabulary';
import type { Tx } from './store';
import { INDEXES, STORES } from './store';

/** The object permissions of a permission set (Checksheet__c; items and Tasks follow it). */
interface Permissions {
  create: boolean;
  edit: boolean;
  modifyAll: boolean;
}

export const PERMISSION_SETS: Readonly<Record<Role, Permissions>> = {
  admin: { create: true, edit: true, modifyAll: true },
  reviewer: { create: true, edit: true, modifyAll: false },
  viewer: { create: false, edit: false, modifyAll: false }
};

/**
 * Refuses a user whose permission set lacks the object permission, where the Apex services
 * check `Schema.SObjectType.X.isCreateable()` / `isUpdateable()`.
 */
export function requireObjectAccess(user: PreviewUser, need: 'create' | 'edit'): void {
  if (!PERMISSION_SETS[user.role][need]) throw new Refusal(REFUSALS.noPermission);
}

export function isOwnerOrAdmin(user: PreviewUser, record: ChecksheetRecord): boolean {
  return PERMISSION_SETS[user.role].modifyAll || record.ownerId === user.id;
}

/** UserRecordAccess.HasEditAccess: edit permission, and ownership, a share row or Modify All. */
export function hasEditAccess(
  user: PreviewUser,
  record: ChecksheetRecord,
  shares: readonly ShareRecord[]
): boolean {
  const permissions = PERMISSION_SETS[user.role];
  if (!permissions.edit) return false;
  if (isOwnerOrAdmin(user, record)) return true;
  return shares.some((share) => share.checksheetId === record.id && share.userId === user.id);
}

export async function sharesOf(tx: Tx, checksheetId: string): Promise<ShareRecord[]> {
  return tx.byIndex<ShareRecord>(STORES.shares, INDEXES.byChecksheet, checksheetId);
}

/** Refuses unless the user may edit the checksheet (and so its items). */
export async function requireEditAccess(
  tx: Tx,
  user: PreviewUser,
  record: ChecksheetRecord
): Promise<void> {
  if (!hasEditAccess(user, record, await sharesOf(tx, record.id))) {
    throw new Refusal(REFUSALS.noPermission);
  }
}

/**
 * ChecksheetReviewerSharing, run by the trigger after insert and update: the checksheet has one
 * Assigned_Reviewer__c share row, Edit, for its reviewer, unless the reviewer owns it (an owner
 * cannot be given a share row) or there is none.
 */
export async function syncReviewerShare(tx: Tx, record: ChecksheetRecord): Promise<void> {
  const shares = await sharesOf(tx, record.id);
  const wanted =
    record.reviewerId !== null && record.reviewerId !== record.ownerId ? record.reviewerId : null;
  let kept = false;
  for (const share of shares) {
    if (share.rowCause !== REVIEWER_ROW_CAUSE) continue;
    if (share.userId === wanted && !kept) {
      kept = true;
    } else {
      tx.delete(STORES.shares, share.id);
    }
  }
  if (wanted !== null && !kept) {
    const share: ShareRecord = {
      id: newId(KEY_PREFIXES.share),
      checksheetId: record.id,
      userId: wanted,
      rowCause: REVIEWER_ROW_CAUSE,
      accessLevel: 'Edit'
    };
    tx.put(STORES.shares, share);
  }
}
