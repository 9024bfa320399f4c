/**
 * A whole checksheet's items, read page by page: one Apex read returns at most 2,000 items (a
 * 5,000-item sheet is three calls), so the viewer and the comparison page through
 * `getItemPage` with the last Sort_Order__c seen.
 */
import type { ChecksheetItemDto, ChecksheetSummary, ItemPage, RecordId } from './checksheetApi';
import { ChecksheetApiError } from './apiError';
import { getItemPage } from './apexMethods';

export interface LoadAllItemsOptions {
  /** Items per call, 1..2000; left out, Apex's default (2000). */
  pageSize?: number;
  /** Called after each page with the page and the number of items read so far. */
  onPage?: (page: ItemPage, loaded: number) => void;
}

export interface LoadedItems {
  /** The checksheet as the first page described it. */
  checksheet: ChecksheetSummary;
  /** Every item, in Sort_Order__c order. */
  items: ChecksheetItemDto[];
  /** Calls made. */
  pages: number;
}

/** Reads the page after `after` and, while the server says there are more, the pages after it. */
async function readPages(
  checksheetId: RecordId,
  options: LoadAllItemsOptions,
  after: number | null,
  loaded: LoadedItems
): Promise<LoadedItems> {
  const page = await getItemPage(checksheetId, after, options.pageSize);
  loaded.pages += 1;
  if (loaded.pages === 1) loaded.checksheet = page.checksheet;
  loaded.items.push(...page.items);
  options.onPage?.(page, loaded.items.length);
  const next = page.nextAfterSortOrder ?? null;
  if (next === null) return loaded;
  if ((after !== null && next <= after) || page.items.length === 0) {
    // A server that does not move on would be asked for the same page forever.
    throw new ChecksheetApiError(
      'server',
      `Reading the items stopped: page ${loaded.pages} ended at sort order ${next}, which does not move past ${after ?? 'the start'}.`
    );
  }
  // One page at a time: each starts after the last sort order of the one before.
  return readPages(checksheetId, options, next, loaded);
}

/** Reads every item of a checksheet; rejects with a page's failure as a ChecksheetApiError. */
export async function loadAllItems(
  checksheetId: RecordId,
  options: LoadAllItemsOptions = {}
): Promise<LoadedItems> {
  const loaded: LoadedItems = { checksheet: { id: checksheetId, name: '' }, items: [], pages: 0 };
  return readPages(checksheetId, options, null, loaded);
}
