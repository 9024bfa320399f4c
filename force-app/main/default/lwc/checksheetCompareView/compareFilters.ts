/**
 * The compare view's data work without a word of UI: the checksheets as the engine takes them,
 * which ones the page state names, the filters and the pages of rows. No labels and no platform
 * modules, so the benchmark times this very code in Node.
 */
import type { ChecksheetItemDto, ChecksheetSummary } from 'c/checksheetApi';
import type { IdentifiedItem, LinkedCell, LinkedRow } from 'c/checksheetCompare';
import { LIMITS } from 'c/checksheetModel';
import { STATUS_PICKLIST_VALUES, statusFromPicklistValue } from 'c/checksheetStatus';
import { itemTopics } from 'c/checksheetTopics';

/** Most checksheets one comparison holds (`LIMITS.maxComparedSheets`). */
export const MAX_SHEETS = LIMITS.maxComparedSheets;

/**
 * Rows per page of the grid: what is rendered, whatever the comparison's size. A screen shows
 * four to eight rows of answers; 25 keeps a page quick to draw and to read through.
 */
export const PAGE_SIZE = 25;

/** One checksheet as loaded: its summary and its items as the engine takes them. */
export interface LoadedSheet {
  summary: ChecksheetSummary;
  items: IdentifiedItem[];
}

const text = (value: string | null | undefined): string => value ?? '';

/** Items as the engine takes them: absent values (Apex leaves nulls out) become empty text. */
export function toIdentifiedItems(items: readonly ChecksheetItemDto[]): IdentifiedItem[] {
  return items.map((item, index) => ({
    id: item.id,
    number: text(item.itemNumber),
    section: text(item.section),
    question: text(item.question),
    status: statusFromPicklistValue(text(item.status)) ?? 'none',
    mark: text(item.statusMark),
    answer: text(item.answer),
    line: item.sourceLine ?? item.sortOrder ?? index + 1
  }));
}

/** A checksheet named as a column heads it: vendor, service and version, else its name. */
export function sheetLabel(summary: ChecksheetSummary): string {
  const parts = [summary.vendorName, summary.serviceName, summary.documentVersion]
    .map((part) => text(part).trim())
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' · ') : summary.name;
}

/** The checksheets a page reference names: `c__ids=a00…,a00…` (duplicates and blanks dropped). */
export function idsFromState(state: Record<string, unknown> | undefined): string[] {
  const raw = state?.c__ids;
  if (typeof raw !== 'string') return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '')
    )
  ].slice(0, MAX_SHEETS);
}

export interface GridFilters {
  differencesOnly: boolean;
  /** A `Status__c` picklist value some column must have; '' for any. */
  status: string;
  section: string;
  /** A topic code some item of the row is about; '' for any. */
  topic: string;
  query: string;
}

export const NO_FILTERS: GridFilters = Object.freeze({
  differencesOnly: false,
  status: '',
  section: '',
  topic: '',
  query: ''
});

const topicsOfItem = new WeakMap<IdentifiedItem, string[]>();
const searchTextOfRow = new WeakMap<LinkedRow, string>();

/** An item's topics, computed once per item. */
export function topicsOf(item: IdentifiedItem): string[] {
  let topics = topicsOfItem.get(item);
  if (topics === undefined) {
    topics = itemTopics(item);
    topicsOfItem.set(item, topics);
  }
  return topics;
}

function searchText(row: LinkedRow): string {
  let found = searchTextOfRow.get(row);
  if (found === undefined) {
    const parts = [row.question, row.section];
    for (const cell of row.cells) {
      if (cell) parts.push(cell.item.number, cell.item.question, cell.item.mark, cell.item.answer);
    }
    found = parts.join('\n').toLowerCase();
    searchTextOfRow.set(row, found);
  }
  return found;
}

/** The cells of a row that hold an item. */
export const presentCells = (row: LinkedRow): LinkedCell[] =>
  row.cells.filter((cell): cell is LinkedCell => cell !== null);

/** The rows that pass every filter, in order. */
export function filterRows(rows: readonly LinkedRow[], filters: GridFilters): LinkedRow[] {
  const query = filters.query.trim().toLowerCase();
  return rows.filter((row) => {
    if (filters.differencesOnly && row.difference === 'same' && !row.partly) return false;
    if (filters.section !== '' && row.section !== filters.section) return false;
    if (
      filters.status !== '' &&
      !presentCells(row).some((cell) => STATUS_PICKLIST_VALUES[cell.item.status] === filters.status)
    ) {
      return false;
    }
    if (
      filters.topic !== '' &&
      !presentCells(row).some((cell) => topicsOf(cell.item).includes(filters.topic))
    ) {
      return false;
    }
    return query === '' || searchText(row).includes(query);
  });
}

export interface RowPage {
  rows: LinkedRow[];
  /** 0-based page shown, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when none. */
  first: number;
  last: number;
  total: number;
}

/** Page `page` of `rows` (clamped). */
export function rowPage(rows: readonly LinkedRow[], page: number, size = PAGE_SIZE): RowPage {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(0, page), pageCount - 1);
  const start = shown * size;
  const slice = rows.slice(start, start + size);
  return {
    rows: slice,
    page: shown,
    pageCount,
    first: slice.length > 0 ? start + 1 : 0,
    last: start + slice.length,
    total: rows.length
  };
}
