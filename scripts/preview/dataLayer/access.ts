/**
 * Who may do what, as the package's permission sets and sharing settings decide in the org:
 * - Vendor_Checksheets_Viewer: the read controller only; reads everything (Public Read Only).
 * - Vendor_Checksheets_Reviewer: all three controllers; creates checksheets and edits those it
 *   owns or that are shared with it (the reviewer's Checksheet__Share row); never deletes.
 * - Vendor_Checksheets_Admin: everything (View All / Modify All on Checksheet__c).
 * Items are controlled by their checksheet: editing an item needs edit access to it.
 */
import type { PreviewUser, Role } from './directory';
import { Refusal, REFUSALS } from './errors';
import type { ChecksheetRecord, ShareRecord } from './records';
import { KEY_PREFIXES, newId } from './ids';
import { REVIEWER_ROW_CAUSE } from './vocabulary';
import type { Tx } from './store';
import { INDEXES, STORES } from './store';

export type Controller =
  'ChecksheetImportController' | 'ChecksheetReadController' | 'ChecksheetReviewController';

interface Permissions {
  controllers: readonly Controller[];
  create: boolean;
  edit: boolean;
  modifyAll: boolean;
}

const ALL_CONTROLLERS: readonly Controller[] = [
  'ChecksheetImportController',
  'ChecksheetReadController',
  'ChecksheetReviewController'
];

export const PERMISSION_SETS: Readonly<Record<Role, Permissions>> = {
  admin: { controllers: ALL_CONTROLLERS, create: true, edit: true, modifyAll: true },
  reviewer: { controllers: ALL_CONTROLLERS, create: true, edit: true, modifyAll: false },
  viewer: {
    controllers: ['ChecksheetReadController'],
    create: false,
    edit: false,
    modifyAll: false
  }
};

/** Refuses a user whose permission set lacks the class, or the object permission the call needs. */
export function requireAccess(
  user: PreviewUser,
  controller: Controller,
  need: 'read' | 'create' | 'edit' = 'read'
): void {
  const permissions = PERMISSION_SETS[user.role];
  const allowed =
    permissions.controllers.includes(controller) &&
    (need === 'read' || (need === 'create' ? permissions.create : permissions.edit));
  if (!allowed) throw new Refusal(REFUSALS.noPermission);
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
