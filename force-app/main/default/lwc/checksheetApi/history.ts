/**
 * Field history (issue 8): what the org's field history recorded for a checksheet and its items
 * (`ChecksheetReadController.getChecksheetHistory`), the DTOs mirroring `ChecksheetDtos` property
 * for property (the gate checks the names), a typed function and the wire adapter.
 *
 * Values come as history keeps them: picklist API values, lookups by name, dates 'YYYY-MM-DD',
 * and none for a long text area (`TRACKED_FIELD_KINDS` in c/checksheetSchema says which).
 */
import getChecksheetHistoryApex from '@salesforce/apex/ChecksheetReadController.getChecksheetHistory';
import type { ApexWireAdapter } from './apexMethods';
import { toChecksheetApiError } from './apiError';
import type { DateTimeString, RecordId } from './checksheetApi';

/** One recorded change of a checksheet's field, or of one of its items' (`itemId` set). */
export interface HistoryRowDto {
  id: RecordId;
  changedAt?: DateTimeString | null;
  changedById?: RecordId | null;
  changedByName?: string | null;
  /** The field's API name, without a namespace prefix. */
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
  /** Absent for the checksheet's own fields. */
  itemId?: RecordId | null;
  itemNumber?: string | null;
}

/** A checksheet's history, newest first, at most the rows asked for. */
export interface HistoryPage {
  rows: HistoryRowDto[];
  /** More changes exist than `rows` holds. */
  hasMore: boolean;
}

/**
 * The checksheet's changes and its items' (only that item's when `itemId` is given), newest
 * first, at most `maxRows` (1..200; null: 200).
 */
export async function getChecksheetHistory(
  checksheetId: RecordId,
  itemId: RecordId | null = null,
  maxRows: number | null = null
): Promise<HistoryPage> {
  try {
    return (await getChecksheetHistoryApex({ checksheetId, itemId, maxRows })) as HistoryPage;
  } catch (error) {
    throw toChecksheetApiError(error);
  }
}

/** `getChecksheetHistory` for `@wire` (`{ checksheetId: '$recordId', itemId: null, maxRows: null }`). */
export const getChecksheetHistoryAdapter: ApexWireAdapter<
  { checksheetId: RecordId | undefined; itemId: RecordId | null; maxRows: number | null },
  HistoryPage
> = getChecksheetHistoryApex;
