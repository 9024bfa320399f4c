/**
 * Record Ids shaped like the 18-character Ids Apex returns, with each object's key prefix and a
 * valid case-safe suffix, so a component that checks an Id (an Account is 001…, 18 long) behaves
 * as in the org.
 */

export const KEY_PREFIXES = {
  account: '001',
  user: '005',
  task: '00T',
  contentVersion: '068',
  checksheet: 'a00',
  item: 'a01',
  share: 'a02',
  comparison: 'a03',
  member: 'a04',
  itemLink: 'a05',
  /** Checksheet__History and Checksheet_Item__History rows (issue 8). */
  history: '017'
} as const;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 15-character Id with its three-character case-safe suffix. */
export function caseSafeId(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15[chunk * 5 + i];
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX[bits];
  }
  return id15 + suffix;
}

let lastSequence = 0;

/**
 * A new Id. Like the org's, Ids grow with creation (a millisecond clock times 4096, plus one when
 * it has not moved), so `ORDER BY Id` is creation order here too; base62 in ASCII order keeps
 * string order equal to number order.
 */
export function newId(prefix: string): string {
  lastSequence = Math.max(Date.now() * 4096, lastSequence + 1);
  let digits = '';
  for (let rest = lastSequence; rest > 0; rest = Math.floor(rest / 62)) {
    digits = BASE62[rest % 62] + digits;
  }
  return caseSafeId(prefix + digits.padStart(15 - prefix.length, '0'));
}

/** The n-th fixed Id of an object: `005000000000001AAA` for the first user. */
export function fixedId(prefix: string, n: number): string {
  return caseSafeId(prefix + String(n).padStart(15 - prefix.length, '0'));
}
