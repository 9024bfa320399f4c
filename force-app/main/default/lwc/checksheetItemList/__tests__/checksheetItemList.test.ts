import { createElement } from 'lwc';
import ChecksheetItemList from 'c/checksheetItemList';
import type { ListItem } from '../itemFilter';

const item = (n: number, fields: Partial<ListItem> = {}): ListItem => ({
  id: `a0B${String(n).padStart(12, '0')}`,
  itemNumber: `${Math.ceil(n / 10)}-${((n - 1) % 10) + 1}`,
  section: `${Math.ceil(n / 50)} 第${Math.ceil(n / 50)}章`,
  question: `確認事項 ${n}`,
  status: 'Implemented',
  statusMark: '○',
  answer: `回答 ${n}`,
  ...fields
});

const SMALL: ListItem[] = [
  item(1, {
    section: '1 組織',
    question: '情報セキュリティ方針を定めているか',
    answer: '方針は https://acme.example/policy で公開しています。'
  }),
  item(2, { section: '1 組織', status: 'Partial', statusMark: '△', answer: 'AWSの管理範囲です。' }),
  item(3, {
    section: '2 アクセス制御',
    status: 'Not_Implemented',
    statusMark: '×',
    answer:
      '<img src=x onerror=alert(1)> <script>alert(2)</script> <a href="javascript:alert(3)">x</a>'
  }),
  item(4, { section: '2 アクセス制御', status: 'None', statusMark: '', answer: '' })
];

function mount(items: ListItem[]): HTMLElement & { items: ListItem[] } {
  const element = createElement('c-checksheet-item-list', {
    is: ChecksheetItemList
  }) as HTMLElement & {
    items: ListItem[];
  };
  element.items = items;
  document.body.appendChild(element);
  return element;
}

const flush = () => Promise.resolve();
const shadow = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const texts = (element: HTMLElement, selector: string) =>
  [...shadow(element).querySelectorAll(selector)].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim()
  );

function typeQuery(element: HTMLElement, value: string): void {
  const input = shadow(element).querySelector('lightning-input') as HTMLElement & { value: string };
  input.value = value;
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function choose(element: HTMLElement, index: number, value: string): void {
  const combobox = shadow(element).querySelectorAll('lightning-combobox')[index];
  combobox.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-checksheet-item-list', () => {
  it('lists the items under their section headings with number, question and answer', () => {
    const element = mount(SMALL);
    expect(texts(element, 'h3')).toEqual(['1 組織', '2 アクセス制御']);
    expect(texts(element, '.item-list__number')).toEqual(['1-1', '1-2', '1-3', '1-4']);
    expect(texts(element, '.item-list__question')[0]).toBe('情報セキュリティ方針を定めているか');
    expect(texts(element, '.item-list__showing')).toEqual(['Showing 1–4 of 4 items']);
    const badges = [
      ...shadow(element).querySelectorAll('c-checksheet-status-badge')
    ] as (HTMLElement & {
      status: string;
    })[];
    expect(badges.map((badge) => badge.status)).toEqual([
      'Implemented',
      'Partial',
      'Not_Implemented',
      'None'
    ]);
  });

  it('shows the mark as written and says when there is no answer text', () => {
    const element = mount(SMALL);
    // The words are for screen readers (assistive text); the mark is what the eye sees.
    expect(texts(element, '.item-list__mark')).toEqual([
      'Mark as written○',
      'Mark as written△',
      'Mark as written×'
    ]);
    expect(texts(element, '.item-list__mark .slds-assistive-text')[0]).toBe('Mark as written');
    expect(texts(element, '.item-list__answer')[3]).toBe('AnswerNo answer text');
  });

  it('makes web addresses in an answer links and shows markup as literal text', () => {
    const element = mount(SMALL);
    const links = [...shadow(element).querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://acme.example/policy']);
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    const answer = shadow(element).querySelectorAll('.item-list__answer')[2];
    expect(answer.querySelector('img, script')).toBeNull();
    expect(answer.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(answer.textContent).toContain('<script>alert(2)</script>');
  });

  it('finds an item by a word of its answer', async () => {
    const element = mount(SMALL);
    typeQuery(element, 'aws');
    await flush();
    expect(texts(element, '.item-list__number')).toEqual(['1-2']);
    expect(texts(element, '.item-list__showing')).toEqual(['Showing 1–1 of 1 items']);
  });

  it('filters by status, and says when nothing matches', async () => {
    const element = mount(SMALL);
    choose(element, 0, 'Not_Implemented');
    await flush();
    expect(texts(element, '.item-list__number')).toEqual(['1-3']);
    typeQuery(element, 'policy');
    await flush();
    expect(texts(element, '.item-list__empty')).toEqual(['No items match the filter.']);
  });

  it('offers the verdict filter only where verdicts are or may be recorded', () => {
    expect(shadow(mount(SMALL)).querySelector('.item-list__verdict-filter')).toBeNull();
    const reviewed = mount([{ ...SMALL[0], reviewerVerdict: 'Acceptable' }]);
    expect(shadow(reviewed).querySelector('.item-list__verdict-filter')).not.toBeNull();
  });

  it('says the checksheet has no items', () => {
    const element = mount([]);
    expect(texts(element, '.item-list__empty')).toEqual(['This checksheet has no items.']);
  });

  it('renders 100 of 5,000 items and pages through them', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => item(i + 1));
    const element = mount(many);
    expect(shadow(element).querySelectorAll('li')).toHaveLength(100);
    const pager = shadow(element).querySelector('.item-list__pager') as HTMLElement;
    expect(shadow(pager).querySelector('.pager__text')?.textContent).toBe('Page 1 of 50');
    const [previous, next] = [
      ...shadow(pager).querySelectorAll('lightning-button')
    ] as (HTMLElement & {
      disabled: boolean;
    })[];
    expect(previous.disabled).toBe(true);
    next.click();
    await flush();
    expect(texts(element, '.item-list__showing')).toEqual(['Showing 101–200 of 5000 items']);
    expect(texts(element, 'h3')[0]).toBe('3 第3章');
  });

  it('jumps to a section on a later page and focuses its heading', async () => {
    const many = Array.from({ length: 400 }, (_, i) => item(i + 1));
    const element = mount(many);
    const sections = (
      shadow(element).querySelector('.item-list__section-jump') as HTMLElement & {
        options: { value: string }[];
      }
    ).options.map((option) => option.value);
    expect(sections).toHaveLength(8);
    (shadow(element).querySelector('.item-list__section-jump') as HTMLElement).dispatchEvent(
      new CustomEvent('change', { detail: { value: '6 第6章' } })
    );
    await flush();
    expect(texts(element, '.item-list__showing')).toEqual(['Showing 201–300 of 400 items']);
    const heading = [...shadow(element).querySelectorAll('h3')].find(
      (h) => h.textContent === '6 第6章'
    );
    expect(shadow(element).activeElement).toBe(heading);
  });

  it('is accessible', async () => {
    const element = mount(SMALL);
    await expect(element).toBeAccessible();
  });
});

describe('c-checksheet-item-list in review', () => {
  type Reviewing = HTMLElement & {
    items: ListItem[];
    reviewable: boolean;
    drafts: unknown;
    selection: unknown;
    followUps: unknown;
  };

  function mountReviewing(items: ListItem[], extra: Partial<Reviewing> = {}): Reviewing {
    const element = createElement('c-checksheet-item-list', {
      is: ChecksheetItemList
    }) as Reviewing;
    element.items = items;
    element.reviewable = true;
    Object.assign(element, extra);
    document.body.appendChild(element);
    return element;
  }

  it('offers a selection box, a verdict and a comment per item, with accessible names', () => {
    const element = mountReviewing(SMALL);
    const boxes = [...shadow(element).querySelectorAll('.item-list__select')];
    expect(boxes.map((box) => box.textContent?.trim())).toEqual([
      'Select item 1-1',
      'Select item 1-2',
      'Select item 1-3',
      'Select item 1-4'
    ]);
    const verdicts = [
      ...shadow(element).querySelectorAll('.item-list__verdict')
    ] as (HTMLElement & {
      label: string;
      options: { label: string }[];
    })[];
    expect(verdicts[0].label).toBe('Verdict');
    expect(verdicts[0].options.map((option) => option.label)).toEqual([
      'No verdict',
      'Acceptable',
      'Follow up',
      'Risk accepted',
      'Unacceptable'
    ]);
  });

  it('reports a verdict chosen on an item to the page', () => {
    const element = mountReviewing(SMALL);
    const edits: unknown[] = [];
    element.addEventListener('reviewedit', (event) => edits.push((event as CustomEvent).detail));
    shadow(element)
      .querySelectorAll('.item-list__verdict')[1]
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'Unacceptable' } }));
    expect(edits).toEqual([{ ids: [SMALL[1].id], change: { verdict: 'Unacceptable' } }]);
  });

  it('opens a comment box on "Add comment" and reports what is typed', async () => {
    const element = mountReviewing(SMALL);
    const edits: unknown[] = [];
    element.addEventListener('reviewedit', (event) => edits.push((event as CustomEvent).detail));
    (shadow(element).querySelector('.item-list__add-comment') as HTMLElement).click();
    await flush();
    const comment = shadow(element).querySelector('.item-list__comment') as HTMLElement;
    expect(comment).not.toBeNull();
    comment.dispatchEvent(new CustomEvent('change', { detail: { value: 'Ask for evidence.' } }));
    expect(edits).toEqual([{ ids: [SMALL[0].id], change: { comment: 'Ask for evidence.' } }]);
  });

  it('marks unsaved items and shows why a save failed', () => {
    const element = mountReviewing(SMALL, {
      drafts: {
        drafts: { [SMALL[0].id]: { verdict: 'Follow_Up' } },
        errors: { [SMALL[0].id]: 'You cannot edit this checksheet.' }
      }
    });
    expect(texts(element, '.item-list__unsaved')).toEqual(['Unsaved']);
    expect(texts(element, '.item-list__row-error')).toEqual(['You cannot edit this checksheet.']);
    const verdict = shadow(element).querySelector('.item-list__verdict') as HTMLElement & {
      value: string;
    };
    expect(verdict.value).toBe('Follow_Up');
  });

  it('reports a shift-click as a range over the items shown', () => {
    const element = mountReviewing(SMALL);
    const picks: unknown[] = [];
    element.addEventListener('selectitem', (event) => picks.push((event as CustomEvent).detail));
    const box = shadow(element).querySelectorAll('.item-list__select input')[2] as HTMLInputElement;
    box.dispatchEvent(new MouseEvent('click', { shiftKey: true }));
    expect(picks).toEqual([
      { id: SMALL[2].id, on: true, shift: true, shownIds: SMALL.map((entry) => entry.id) }
    ]);
  });

  it('filters by verdict, counting an unsaved one', async () => {
    const items = [{ ...SMALL[0], reviewerVerdict: 'Acceptable' }, SMALL[1], SMALL[2]];
    const element = mountReviewing(items, {
      drafts: { drafts: { [SMALL[1].id]: { verdict: 'Unacceptable' } }, errors: {} }
    });
    (shadow(element).querySelector('.item-list__verdict-filter') as HTMLElement).dispatchEvent(
      new CustomEvent('change', { detail: { value: '-' } })
    );
    await flush();
    expect(texts(element, '.item-list__number')).toEqual(['1-3']);
  });

  it('shows a saved verdict and comment as text to a reader who may not edit', () => {
    const element = mount([
      {
        ...SMALL[0],
        reviewerVerdict: 'Risk_Accepted',
        reviewerComment: '<script>alert(1)</script>'
      }
    ]);
    expect(texts(element, '.item-list__verdict-text')).toEqual(['Risk accepted']);
    expect(shadow(element).querySelector('script')).toBeNull();
    expect(texts(element, '.item-list__comment-text')).toEqual(['<script>alert(1)</script>']);
    expect(shadow(element).querySelector('.item-list__verdict')).toBeNull();
  });

  it('offers "Follow up" per item and reports it to the page', () => {
    const element = mountReviewing(SMALL);
    const asked: unknown[] = [];
    element.addEventListener('followup', (event) => asked.push((event as CustomEvent).detail));
    const buttons = [
      ...shadow(element).querySelectorAll('.item-list__follow-up-button')
    ] as (HTMLElement & { label: string; title: string })[];
    expect(buttons).toHaveLength(4);
    expect(buttons[1].title).toBe('Follow up on item 1-2');
    buttons[1].click();
    expect(asked).toEqual([{ ids: [SMALL[1].id] }]);
  });

  it("shows each item's open follow-ups, and finds them with the follow-ups filter", async () => {
    const element = mountReviewing(SMALL, {
      followUps: {
        [SMALL[2].id]: [
          {
            id: '00T1',
            itemId: SMALL[2].id,
            subject: '1-3 <b>確認事項</b> 3',
            activityDate: '2026-12-15',
            ownerName: 'Rei Reviewer'
          },
          { id: '00T2', itemId: SMALL[2].id, subject: '1-3 again', ownerName: 'Rei Reviewer' }
        ]
      }
    } as Partial<Reviewing>);
    expect(texts(element, '.item-list__follow-up')).toEqual([
      '1-3 <b>確認事項</b> 3 — due 2026-12-15, Rei Reviewer',
      '1-3 again — due no due date, Rei Reviewer'
    ]);
    expect(shadow(element).querySelector('.item-list__follow-ups b')).toBeNull();
    const filter = shadow(element).querySelector('.item-list__verdict-filter') as HTMLElement & {
      options: { value: string; label: string }[];
    };
    expect(filter.options.map((option) => option.label)).toContain(
      'Follow-ups (verdict or open task)'
    );
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: '+' } }));
    await flush();
    expect(texts(element, '.item-list__number')).toEqual(['1-3']);
  });

  it('shows the stored insights as badges and filters on them', async () => {
    const items = [
      { ...SMALL[0], responsibility: 'Vendor', answerFlag: 'None' },
      {
        ...SMALL[1],
        responsibility: 'Platform',
        responsibleParty: 'AWS',
        answerFlag: 'Hedged',
        answerFlagReason: '一部'
      },
      { ...SMALL[2], responsibility: 'Customer', answerFlag: 'Contradicts' }
    ];
    const element = mountReviewing(items);
    // "Vendor" is the usual case: no badge for it.
    expect(texts(element, '.item-list__responsibility')).toEqual([
      'Responsible: Platform',
      'Responsible: Customer'
    ]);
    expect(texts(element, '.item-list__flag')).toEqual(['Hedged', 'Contradicts']);
    expect(shadow(element).querySelector('.item-list__flag')?.getAttribute('title')).toBe(
      'Because of: 一部'
    );
    expect(texts(element, '.item-list__party')).toEqual(['Names: AWS']);
    const filter = shadow(element).querySelector('.item-list__insight-filter') as HTMLElement & {
      options: { value: string; label: string }[];
    };
    expect(filter.options.map((option) => option.label).slice(0, 3)).toEqual([
      'All insights',
      'Any flagged answer',
      'Hedged'
    ]);
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'flag:*' } }));
    await flush();
    expect(texts(element, '.item-list__number')).toEqual(['1-2', '1-3']);
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'responsibility:Vendor' } }));
    await flush();
    expect(texts(element, '.item-list__number')).toEqual(['1-1']);
  });

  it('works from the keyboard: move between items, set a verdict, open the comment, select', async () => {
    const element = mountReviewing(SMALL);
    const edits: unknown[] = [];
    const picks: unknown[] = [];
    element.addEventListener('reviewedit', (event) => edits.push((event as CustomEvent).detail));
    element.addEventListener('selectitem', (event) => picks.push((event as CustomEvent).detail));
    expect(texts(element, '.item-list__keys')[0]).toMatch(/^Keyboard, on an item: /);
    const rows = () => [...shadow(element).querySelectorAll<HTMLElement>('li[data-id]')];
    // One item in the tab order: the first.
    expect(rows().map((row) => row.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    expect(rows()[0].getAttribute('aria-keyshortcuts')).toContain('ArrowDown');
    const press = (row: HTMLElement, key: string) =>
      row.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    rows()[0].focus();
    press(rows()[0], 'ArrowDown');
    await flush();
    expect(shadow(element).activeElement).toBe(rows()[1]);
    expect(rows().map((row) => row.getAttribute('tabindex'))).toEqual(['-1', '0', '-1', '-1']);
    press(rows()[1], '4');
    press(rows()[1], 'x');
    expect(edits).toEqual([{ ids: [SMALL[1].id], change: { verdict: 'Unacceptable' } }]);
    expect(picks).toEqual([
      { id: SMALL[1].id, on: true, shift: false, shownIds: SMALL.map((entry) => entry.id) }
    ]);
    press(rows()[1], 'c');
    await flush();
    await flush();
    const comment = shadow(element).querySelector('.item-list__comment') as HTMLElement;
    expect(comment.dataset.id).toBe(SMALL[1].id);
    comment.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shadow(element).activeElement).toBe(rows()[1]);
    press(rows()[1], 'k');
    await flush();
    expect(shadow(element).activeElement).toBe(rows()[0]);
  });

  it('moves on to the next page from the last item of a page', async () => {
    const many = Array.from({ length: 120 }, (_, index) => item(index + 1));
    const element = mountReviewing(many);
    const rows = () => [...shadow(element).querySelectorAll<HTMLElement>('li[data-id]')];
    const last = rows()[rows().length - 1];
    last.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    await flush();
    await flush();
    expect(texts(element, '.item-list__showing')).toEqual(['Showing 101–120 of 120 items']);
    expect(shadow(element).activeElement).toBe(rows()[0]);
    rows()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    await flush();
    await flush();
    expect(texts(element, '.item-list__showing')).toEqual(['Showing 1–100 of 120 items']);
    expect(shadow(element).activeElement?.getAttribute('data-id')).toBe(many[99].id);
  });

  it('marks a carried review and offers to confirm it', () => {
    const element = mountReviewing(SMALL, {
      carried: new Set([SMALL[1].id]),
      carriedFrom: '1.0'
    } as Partial<Reviewing>);
    expect(texts(element, '.item-list__carried')).toEqual(['Carried from version 1.0']);
    const asked: unknown[] = [];
    element.addEventListener('confirmcarried', (event) =>
      asked.push((event as CustomEvent).detail)
    );
    const confirm = shadow(element).querySelector('.item-list__confirm-carried') as HTMLElement & {
      title: string;
    };
    expect(confirm.title).toBe('Confirm the carried verdict of item 1-2');
    confirm.click();
    expect(asked).toEqual([{ ids: [SMALL[1].id] }]);
  });

  it('offers no insight filter where the items have no insights', () => {
    expect(shadow(mountReviewing(SMALL)).querySelector('.item-list__insight-filter')).toBeNull();
  });

  it('is accessible in review, with badges and follow-ups', async () => {
    const element = mountReviewing(
      [{ ...SMALL[0], responsibility: 'Shared', answerFlag: 'No_Text' }, ...SMALL.slice(1)],
      {
        followUps: {
          [SMALL[0].id]: [{ id: '00T1', itemId: SMALL[0].id, subject: '1-1', ownerName: 'R' }]
        }
      } as Partial<Reviewing>
    );
    await expect(element).toBeAccessible();
  });
});

describe('c-checksheet-item-list field history', () => {
  it("offers each saved item's History to every reader and shows it under the item on click", async () => {
    const element = mount(SMALL) as HTMLElement & {
      items: ListItem[];
      checksheetId: string;
      historyVersion: number;
    };
    // Items not saved yet (the import wizard's preview) have no history to offer.
    expect(shadow(element).querySelectorAll('.item-list__history-button')).toHaveLength(0);
    element.checksheetId = 'a00000000000001AAA';
    element.historyVersion = 2;
    await flush();
    const buttons = [
      ...shadow(element).querySelectorAll('.item-list__history-button')
    ] as HTMLButtonElement[];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'History of item 1-1',
      'History of item 1-2',
      'History of item 1-3',
      'History of item 1-4'
    ]);
    expect(buttons[1].getAttribute('aria-expanded')).toBe('false');
    expect(shadow(element).querySelector('c-checksheet-history')).toBeNull();
    buttons[1].click();
    await flush();
    const history = shadow(element).querySelector('c-checksheet-history') as HTMLElement & {
      checksheetId: string;
      itemId: string;
      itemNumber: string;
      version: number;
    };
    expect(history.checksheetId).toBe('a00000000000001AAA');
    expect(history.itemId).toBe(SMALL[1].id);
    expect(history.itemNumber).toBe('1-2');
    expect(history.version).toBe(2);
    expect(buttons[1].getAttribute('aria-expanded')).toBe('true');
    buttons[1].click();
    await flush();
    expect(shadow(element).querySelector('c-checksheet-history')).toBeNull();
  });
});
