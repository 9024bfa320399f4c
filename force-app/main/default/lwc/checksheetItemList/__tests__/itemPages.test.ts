import type { ListItem } from '../itemFilter';
import { pageCount, pageOfIndex, pageView } from '../itemPages';

const items: ListItem[] = Array.from({ length: 250 }, (_, i) => ({
  id: `i${i}`,
  itemNumber: String(i + 1),
  section: i < 150 ? 'A' : 'B',
  question: '',
  status: 'None',
  statusMark: '',
  answer: ''
}));

describe('pageView', () => {
  it('shows the first 100 items grouped by section', () => {
    const view = pageView(items, 0, (item) => item.id);
    expect(view).toMatchObject({ page: 0, pageCount: 3, first: 1, last: 100, total: 250 });
    expect(view.groups.map((g) => [g.section, g.continued, g.rows.length])).toEqual([
      ['A', false, 100]
    ]);
  });

  it('marks a section that began on an earlier page as continued', () => {
    const view = pageView(items, 1, (item) => item.id);
    expect(view.groups.map((g) => [g.section, g.continued, g.rows.length])).toEqual([
      ['A', true, 50],
      ['B', false, 50]
    ]);
    expect(view.first).toBe(101);
  });

  it('clamps a page past the end to the last page', () => {
    const view = pageView(items, 9, (item) => item.id);
    expect(view).toMatchObject({ page: 2, first: 201, last: 250 });
  });

  it('has one empty page when there are no items', () => {
    expect(pageView([], 0, (item) => item.id)).toMatchObject({
      groups: [],
      page: 0,
      pageCount: 1,
      first: 0,
      last: 0,
      total: 0
    });
  });

  it('finds the page of an item', () => {
    expect([pageOfIndex(0), pageOfIndex(99), pageOfIndex(100), pageOfIndex(-3)]).toEqual([
      0, 0, 1, 0
    ]);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(201)).toBe(3);
  });
});
