/**
 * CSA CAIQ v4's "SSRM Control Ownership" column: the vendor's own statement of who owns a control
 * under the Shared Security Responsibility Model. When a sheet has it, it decides the item's
 * responsibility; the answer text still names the parties.
 */
import type { Responsibility } from './vocabulary';

/**
 * The column's values (compared without case, spaces, hyphens or punctuation: "CSP-owned",
 * "CSP Owned") and what each means here. CSP = the vendor (cloud service provider), CSC = the
 * customer (cloud service customer); "3rd-party outsourced" is the platform the vendor relies on.
 */
const OWNERSHIP_VALUES: ReadonlyArray<readonly [string, Responsibility]> = [
  ['cspowned', 'vendor'],
  ['cscowned', 'customer'],
  ['sharedcspandcsc', 'shared'],
  ['sharedcscandcsp', 'shared'],
  ['sharedcspand3rdparty', 'shared'],
  ['sharedcspandthirdparty', 'shared'],
  ['3rdpartyoutsourced', 'platform'],
  ['thirdpartyoutsourced', 'platform']
];

const OWNERSHIP: ReadonlyMap<string, Responsibility> = new Map(OWNERSHIP_VALUES);

/** Name of the column in `item.extra` (c/checksheetTabular keeps it under this name). */
export const OWNERSHIP_COLUMN = 'SSRM Control Ownership';

/** The responsibility an ownership cell states, or undefined for an empty or unknown value. */
export function responsibilityFromOwnership(value: string): Responsibility | undefined {
  const key = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return OWNERSHIP.get(key);
}
