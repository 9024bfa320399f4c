import type { ListItem } from '../itemFilter';
import {
  ALL_INSIGHTS,
  ALL_VERDICTS,
  ANY_FLAG,
  FOLLOW_UPS,
  NOT_REVIEWED,
  flagCriterion,
  responsibilityCriterion,
  countByStatus,
  filterItems,
  queryWords,
  sectionsOf
} from '../itemFilter';

const item = (id: string, fields: Partial<ListItem>): ListItem => ({
  id,
  itemNumber: id,
  section: '',
  question: '',
  status: 'None',
  statusMark: '',
  answer: '',
  ...fields
});

const ITEMS: ListItem[] = [
  item('1-1', {
    section: '1 組織',
    question: '情報セキュリティ方針',
    status: 'Implemented',
    answer: '方針を定めています。'
  }),
  item('1-2', {
    section: '1 組織',
    question: '責任者の任命',
    status: 'Partial',
    answer: 'ＡＷＳ上で運用'
  }),
  item('2-1', {
    section: '2 アクセス',
    question: 'Multi-factor authentication',
    status: 'Not_Implemented',
    answer: 'Planned for Q3'
  })
];

describe('filterItems', () => {
  it('returns every item for an empty query and no status', () => {
    expect(filterItems(ITEMS, { query: '  ', status: '' }).map((i) => i.id)).toEqual([
      '1-1',
      '1-2',
      '2-1'
    ]);
  });

  it('finds an item by a word of its answer, whatever the case and width', () => {
    expect(filterItems(ITEMS, { query: 'aws', status: '' }).map((i) => i.id)).toEqual(['1-2']);
    expect(filterItems(ITEMS, { query: 'PLANNED', status: '' }).map((i) => i.id)).toEqual(['2-1']);
  });

  it('needs every word of the query', () => {
    expect(filterItems(ITEMS, { query: 'factor q3', status: '' }).map((i) => i.id)).toEqual([
      '2-1'
    ]);
    expect(filterItems(ITEMS, { query: 'factor 方針', status: '' })).toEqual([]);
  });

  it('finds items by number and by section', () => {
    expect(filterItems(ITEMS, { query: '1-2', status: '' }).map((i) => i.id)).toEqual(['1-2']);
    expect(filterItems(ITEMS, { query: 'アクセス', status: '' }).map((i) => i.id)).toEqual(['2-1']);
  });

  it('filters by status and combines it with the query', () => {
    expect(filterItems(ITEMS, { query: '', status: 'Partial' }).map((i) => i.id)).toEqual(['1-2']);
    expect(filterItems(ITEMS, { query: '組織', status: 'Implemented' }).map((i) => i.id)).toEqual([
      '1-1'
    ]);
  });

  it('splits queries on any white space, including the ideographic space', () => {
    expect(queryWords('方針\u3000 AWS')).toEqual(['方針', 'aws']);
  });
});

describe('sectionsOf and countByStatus', () => {
  it('lists sections in order with where each starts and how many items it has', () => {
    expect(sectionsOf(ITEMS)).toEqual([
      { section: '1 組織', firstIndex: 0, count: 2 },
      { section: '2 アクセス', firstIndex: 2, count: 1 }
    ]);
  });

  it('counts items per status value', () => {
    expect(Object.fromEntries(countByStatus(ITEMS))).toEqual({
      Implemented: 1,
      Partial: 1,
      Not_Implemented: 1
    });
  });
});

describe('filterItems by verdict', () => {
  const reviewed: ListItem[] = [
    { ...ITEMS[0], reviewerVerdict: 'Acceptable' },
    { ...ITEMS[1], reviewerVerdict: 'Follow_Up' },
    { ...ITEMS[2] }
  ];

  it('finds the items with a verdict, and those not yet reviewed', () => {
    expect(
      filterItems(reviewed, { query: '', status: '', verdict: 'Follow_Up' }).map((i) => i.id)
    ).toEqual(['1-2']);
    expect(
      filterItems(reviewed, { query: '', status: '', verdict: NOT_REVIEWED }).map((i) => i.id)
    ).toEqual(['2-1']);
    expect(filterItems(reviewed, { query: '', status: '', verdict: ALL_VERDICTS })).toHaveLength(3);
  });

  it("counts a reviewer's unsaved verdict", () => {
    const unsaved = (entry: ListItem): string => {
      return entry.id === '2-1' ? 'Unacceptable' : (entry.reviewerVerdict ?? '');
    };
    expect(
      filterItems(reviewed, { query: '', status: '', verdict: NOT_REVIEWED }, unsaved)
    ).toEqual([]);
    expect(
      filterItems(reviewed, { query: '', status: '', verdict: 'Unacceptable' }, unsaved).map(
        (i) => i.id
      )
    ).toEqual(['2-1']);
  });
});

describe('filterItems by follow-up and insight', () => {
  const items: ListItem[] = [
    { ...ITEMS[0], reviewerVerdict: 'Follow_Up', answerFlag: 'None', responsibility: 'Vendor' },
    { ...ITEMS[1], answerFlag: 'Hedged', responsibility: 'Platform' },
    { ...ITEMS[2], answerFlag: 'Contradicts', responsibility: 'Vendor' }
  ];
  const ids = (found: ListItem[]) => found.map((entry) => entry.id);

  it('finds items to follow up: verdict Follow_Up or an open follow-up Task', () => {
    const withTask = (entry: ListItem) => entry.id === '2-1';
    expect(
      ids(filterItems(items, { query: '', status: '', verdict: FOLLOW_UPS }, undefined, withTask))
    ).toEqual(['1-1', '2-1']);
    expect(ids(filterItems(items, { query: '', status: '', verdict: FOLLOW_UPS }))).toEqual([
      '1-1'
    ]);
  });

  it('finds flagged answers, one flag, or one responsibility, as stored', () => {
    const by = (insight: string) => ids(filterItems(items, { query: '', status: '', insight }));
    expect(by(ANY_FLAG)).toEqual(['1-2', '2-1']);
    expect(by(flagCriterion('Contradicts'))).toEqual(['2-1']);
    expect(by(responsibilityCriterion('Platform'))).toEqual(['1-2']);
    expect(by(responsibilityCriterion('Vendor'))).toEqual(['1-1', '2-1']);
    expect(by(ALL_INSIGHTS)).toHaveLength(3);
  });
});
