import { linkedComparison } from 'c/checksheetCompare';
import type { LinkedComparison } from 'c/checksheetCompare';
import {
  NO_FILTERS,
  differenceCounts,
  filterRows,
  idsFromState,
  itemIndex,
  rowPage,
  rowView,
  sectionOptions,
  sheetLabel,
  toIdentifiedItems,
  topicOptions
} from '../compareModel';
import type { LoadedSheet } from '../compareModel';
import { KREW_PAGE, RAY_PAGE } from './data/fixtures';

const sheets: LoadedSheet[] = [RAY_PAGE, KREW_PAGE].map((page) => ({
  summary: page.checksheet,
  items: toIdentifiedItems(page.items)
}));
const labels = sheets.map((sheet) => sheetLabel(sheet.summary));
const comparison: LinkedComparison = linkedComparison(sheets.map((sheet) => sheet.items));
const numbers = (rows: LinkedComparison['rows']) =>
  rows.map((row) => row.cells.map((cell) => cell?.item.number ?? null));

describe('compareModel', () => {
  it('reads the page state and names sheets by vendor, service and version', () => {
    expect(idsFromState({ c__ids: 'a,b, a,,c' })).toEqual(['a', 'b', 'c']);
    expect(
      idsFromState({ c__ids: Array.from({ length: 12 }, (_, i) => `x${i}`).join(',') })
    ).toHaveLength(8);
    expect(idsFromState(undefined)).toEqual([]);
    expect(labels).toEqual(['Ray Co. · RaySheet · 1.0', 'Krew Co. · krewData · 2.0']);
    expect(sheetLabel({ id: 'x', name: 'Only a name' })).toBe('Only a name');
  });

  it('maps DTOs to engine items: statuses from picklist values, absent text empty', () => {
    const [item] = toIdentifiedItems([{ id: 'i', checksheetId: 'c', status: 'Partial' }]);
    expect(item).toMatchObject({ id: 'i', number: '', status: 'partial', answer: '', line: 1 });
    expect(toIdentifiedItems([{ id: 'j', checksheetId: 'c', status: 'Odd' }])[0].status).toBe(
      'none'
    );
  });

  it('filters: only differences keeps 6-7 (missing) and 11-6 (status), not the same rows', () => {
    expect(numbers(comparison.rows)).toEqual([
      ['6-6', '6-6'],
      [null, '6-7'],
      ['6-7', '6-8'],
      ['6-8', '6-9'],
      ['11-6', '11-6']
    ]);
    const differences = filterRows(comparison.rows, { ...NO_FILTERS, differencesOnly: true });
    expect(numbers(differences)).toEqual([
      [null, '6-7'],
      ['6-7', '6-8'],
      ['11-6', '11-6']
    ]);
    expect(differences.map((row) => row.difference)).toEqual(['missing', 'answer', 'status']);
  });

  it('filters by status in any column, section, topic and text in any column', () => {
    const rows = comparison.rows;
    expect(numbers(filterRows(rows, { ...NO_FILTERS, status: 'Not_Implemented' }))).toEqual([
      ['11-6', '11-6']
    ]);
    expect(filterRows(rows, { ...NO_FILTERS, section: '11 情報' })).toHaveLength(1);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, query: '日次' }))).toEqual([['6-7', '6-8']]);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, query: 'EXAMPLE.COM' }))).toEqual([
      ['6-7', '6-8']
    ]);
    const topics = topicOptions(rows);
    expect(topics[0]).toEqual({ value: '', label: 'All topics' });
    const backup = topics.find((option) => option.value.startsWith('backup'));
    expect(backup).toBeDefined();
    const byTopic = filterRows(rows, { ...NO_FILTERS, topic: backup?.value ?? '' });
    expect(numbers(byTopic)).toContainEqual(['6-7', '6-8']);
    expect(sectionOptions(rows).map((option) => option.value)).toEqual(['', '6 運用', '11 情報']);
  });

  it('counts rows per difference class, in words', () => {
    expect(differenceCounts(comparison).map((count) => count.text)).toEqual([
      'Same: 2',
      'Status differs: 1',
      'Answer differs: 1',
      'Missing: 1'
    ]);
  });

  it('cuts rows into pages', () => {
    const many = Array.from({ length: 120 }, () => comparison.rows[0]);
    expect(rowPage(many, 0)).toMatchObject({ pageCount: 5, first: 1, last: 25 });
    expect(rowPage(many, 1, 50)).toMatchObject({
      page: 1,
      pageCount: 3,
      first: 51,
      last: 100,
      total: 120
    });
    expect(rowPage(many, 9, 50)).toMatchObject({ page: 2, first: 101, last: 120 });
    expect(rowPage([], 0)).toMatchObject({ first: 0, last: 0, pageCount: 1 });
  });

  it('a row view says how each cell was paired, in words, and which corrections it offers', () => {
    const context = { labels, itemsById: itemIndex(sheets), editable: true };
    const view = rowView(comparison.rows[2], context);
    expect(view.differenceText).toBe('Answer differs');
    const [ray, krew] = view.cells;
    expect(ray.pairText).toBe('First item of this row');
    expect(krew.pairText).toMatch(
      /^Paired with Ray Co\. · RaySheet · 1\.0 6-7: score 1\.00, by wording$/
    );
    expect(krew).toMatchObject({ canUnlink: true, canMarkPartly: true, canLinkStart: true });
    expect(ray).toMatchObject({ canUnlink: false, canLinkHere: false });
    const alone = rowView(comparison.rows[1], context);
    expect(alone.cells[1].pairText).toBe('No other checksheet has this item');
    expect(alone.cells[0]).toMatchObject({ present: false, canLinkHere: false });
  });

  it('while linking, offers the other sheets’ cells and the gap in the chosen item’s own column', () => {
    const krew67 = comparison.rows[1].cells[1]?.item.id ?? '';
    const context = {
      labels,
      itemsById: itemIndex(sheets),
      editable: true,
      linking: { itemId: krew67, sheet: 1 }
    };
    const own = rowView(comparison.rows[1], context);
    expect(own.cells[0].canLinkHere).toBe(false);
    const other = rowView(comparison.rows[2], context);
    expect(other.cells[0]).toMatchObject({
      canLinkHere: true,
      linkHereLabel: 'Link with Ray Co. · RaySheet · 1.0 6-7'
    });
    expect(other.cells[1].canLinkHere).toBe(false);
    expect(other.cells[1].canLinkStart).toBe(false);
    const gap = linkedComparison(
      sheets.map((sheet) => sheet.items),
      [
        {
          itemAId: comparison.rows[2].cells[0]?.item.id ?? '',
          itemBId: comparison.rows[2].cells[1]?.item.id ?? '',
          relationship: 'Not_Same',
          method: 'Manual',
          score: null
        }
      ]
    );
    const withGap = rowView(gap.rows[2], { ...context, linking: { itemId: krew67, sheet: 1 } });
    expect(withGap.cells[1]).toMatchObject({ present: false, canLinkHere: true });
    expect(withGap.cells[1].itemId).toBe(gap.rows[2].cells[0]?.item.id);
  });
});
