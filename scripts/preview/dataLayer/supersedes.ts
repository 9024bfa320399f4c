/**
 * Supersedes__c: each complete checksheet points to the newest earlier complete checksheet of the
 * same vendor and service. "Earlier" is by Issued_On__c, then Received_On__c, then CreatedDate,
 * a missing date counting as the earliest (the reads list versions DESC NULLS LAST). Service
 * names match after full-width → half-width, trimming and lower-casing; blank matches blank.
 */
import type { ChecksheetRecord } from './records';

/** Apex's normaliser: U+FF01..U+FF5E → U+0021..U+007E, U+3000 → space, trim, lower-case. */
export function normaliseServiceName(name: string | null): string {
  let out = '';
  for (const char of name ?? '') {
    const code = char.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += char;
  }
  return out.trim().toLowerCase();
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Oldest version first: Issued_On__c, Received_On__c, CreatedDate (missing dates first). */
export function versionOrder(a: ChecksheetRecord, b: ChecksheetRecord): number {
  return (
    compareDates(a.issuedOn, b.issuedOn) ||
    compareDates(a.receivedOn, b.receivedOn) ||
    a.createdStamp - b.createdStamp
  );
}

/** Newest version first: ORDER BY Issued_On__c DESC NULLS LAST, Received_On__c …, CreatedDate DESC. */
export function latestFirst(a: ChecksheetRecord, b: ChecksheetRecord): number {
  return versionOrder(b, a);
}

export function sameService(a: ChecksheetRecord, b: ChecksheetRecord): boolean {
  return (
    a.vendorId === b.vendorId &&
    normaliseServiceName(a.serviceName) === normaliseServiceName(b.serviceName)
  );
}

/**
 * Links `finished` into its chain among the vendor's complete checksheets (`others`, which may
 * include it): it supersedes the newest earlier one, and the next newer one, if any, is
 * re-pointed to it. Returns the records whose Supersedes__c changed, `finished` included.
 */
export function linkVersion(
  finished: ChecksheetRecord,
  others: readonly ChecksheetRecord[]
): ChecksheetRecord[] {
  const chain = others.filter((other) => other.id !== finished.id && sameService(other, finished));
  let earlier: ChecksheetRecord | undefined;
  let later: ChecksheetRecord | undefined;
  for (const other of chain) {
    if (versionOrder(other, finished) < 0) {
      if (earlier === undefined || versionOrder(other, earlier) > 0) earlier = other;
    } else if (later === undefined || versionOrder(other, later) < 0) {
      later = other;
    }
  }
  const changed: ChecksheetRecord[] = [];
  finished.supersedesId = earlier?.id ?? null;
  changed.push(finished);
  if (later !== undefined && later.supersedesId !== finished.id) {
    later.supersedesId = finished.id;
    changed.push(later);
  }
  return changed;
}
