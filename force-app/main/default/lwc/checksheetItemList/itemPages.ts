/**
 * The list shows one page of items at a time, grouped under their section headings: a
 * 5,000-item checksheet renders 100 rows, never 5,000 (the page stays responsive, and a reader
 * keeps their place with the pager or the section jump).
 */
import type { ListItem } from './itemFilter';

export const PAGE_SIZE = 100;

export interface PageGroup<T> {
  key: string;
  /** The section heading; '' for items outside any section. */
  section: string;
  /** True when the section began on an earlier page (the heading is repeated, marked continued). */
  continued: boolean;
  rows: T[];
}

/** Where a page stands among all of them. */
export interface PagePosition {
  /** 0-based page shown, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when there are none. */
  first: number;
  last: number;
  total: number;
}

export interface PageView<T> extends PagePosition {
  groups: PageGroup<T>[];
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page that holds the item at `index`. */
export function pageOfIndex(index: number, size = PAGE_SIZE): number {
  return Math.floor(Math.max(0, index) / size);
}

/** Page `page` of `total` items (clamped to the pages there are): which items it shows. */
export function pagePosition(total: number, page: number, size = PAGE_SIZE): PagePosition {
  const pages = pageCount(total, size);
  const shown = Math.min(Math.max(0, page), pages - 1);
  const start = shown * size;
  const end = Math.min(total, start + size);
  return { page: shown, pageCount: pages, first: end > start ? start + 1 : 0, last: end, total };
}

/** One page of `items`, grouped by section, each row made by `toRow`. */
export function pageView<T>(
  items: readonly ListItem[],
  page: number,
  toRow: (item: ListItem, index: number) => T,
  size = PAGE_SIZE
): PageView<T> {
  const position = pagePosition(items.length, page, size);
  const start = (position.first || 1) - 1;
  const end = position.last;
  const groups: PageGroup<T>[] = [];
  let current: PageGroup<T> | undefined;
  for (let i = start; i < end; i++) {
    const item = items[i];
    if (current === undefined || current.section !== item.section) {
      current = {
        key: `g${i}`,
        section: item.section,
        continued: i === start && i > 0 && items[i - 1].section === item.section,
        rows: []
      };
      groups.push(current);
    }
    current.rows.push(toRow(item, i));
  }
  return { ...position, groups };
}
