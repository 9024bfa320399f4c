/**
 * The History list as a user sees it: the rows from the wire (fixture history), the empty state,
 * one item's filter in the wire's config, a failed read, "more" — and accessible (sa11y).
 */
import { createElement } from 'lwc';
import ChecksheetHistory from 'c/checksheetHistory';
import getChecksheetHistory from '@salesforce/apex/ChecksheetReadController.getChecksheetHistory';
import { refreshApex } from '@salesforce/apex';
import FIXTURE from './data/ChecksheetReadController.getChecksheetHistory.json';

jest.mock(
  '@salesforce/apex/ChecksheetReadController.getChecksheetHistory',
  () => {
    // A jest.mock factory runs before imports are bound: it must require what it uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});

interface TestAdapter {
  emit(value: unknown): void;
  error(body?: unknown): void;
  getLastConfig(): unknown;
}
const adapter = getChecksheetHistory as unknown as TestAdapter;

const CHECKSHEET_ID = 'a00000000000001AAA';
const ITEM_ID = 'a01000000000001AAA';

type HistoryElement = HTMLElement & {
  checksheetId: string;
  itemId: string | null;
  itemNumber: string;
  version: number;
};

function flush(): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < 5; i++) chain = chain.then(() => undefined);
  return chain;
}

function mount(props: Partial<HistoryElement> = {}): HistoryElement {
  const element = createElement('c-checksheet-history', {
    is: ChecksheetHistory
  }) as HistoryElement;
  element.checksheetId = CHECKSHEET_ID;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

const texts = (element: HTMLElement, selector: string): string[] =>
  [...element.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.trim());

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('c-checksheet-history', () => {
  it('asks for the whole checksheet and lists its changes, newest first', async () => {
    const element = mount();
    await flush();
    expect(adapter.getLastConfig()).toEqual({
      checksheetId: CHECKSHEET_ID,
      itemId: null,
      maxRows: null
    });
    expect(texts(element, '.history__loading')).toEqual(['Loading…']);
    adapter.emit(FIXTURE);
    await flush();
    expect(texts(element, '.history__what')).toEqual([
      'Item 1-1: Comment',
      'Item 1-1: Verdict',
      'Review status'
    ]);
    expect(texts(element, '.history__change')).toEqual([
      'Changed (history keeps no text for this field)',
      '(blank) → Follow up',
      'Received → In review'
    ]);
    expect(texts(element, '.history__who')).toEqual([
      'Riko Reviewer',
      'Riko Reviewer',
      'Riko Reviewer'
    ]);
    expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe(
      '2026-03-10T03:05:00.000Z'
    );
    expect(element.shadowRoot!.querySelector('.history__more')).toBeNull();
    expect(element.shadowRoot!.querySelector('.history__loading')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says when nothing was recorded', async () => {
    const element = mount();
    adapter.emit({ rows: [], hasMore: false });
    await flush();
    expect(texts(element, '.history__empty')).toEqual(['No changes recorded yet.']);
    expect(element.shadowRoot!.querySelector('table')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it("shows one item's changes without repeating its number", async () => {
    const element = mount({ itemId: ITEM_ID, itemNumber: '1-1' });
    await flush();
    expect(adapter.getLastConfig()).toEqual({
      checksheetId: CHECKSHEET_ID,
      itemId: ITEM_ID,
      maxRows: null
    });
    adapter.emit({ rows: FIXTURE.rows.slice(0, 2), hasMore: false });
    await flush();
    expect(texts(element, '.history__what')).toEqual(['Comment', 'Verdict']);
    expect(element.shadowRoot!.querySelector('table')!.getAttribute('aria-label')).toBe(
      'History of item 1-1'
    );
    await expect(element).toBeAccessible();
  });

  it("says an item's history is empty in its own words", async () => {
    const element = mount({ itemId: ITEM_ID, itemNumber: '1-2' });
    adapter.emit({ rows: [], hasMore: false });
    await flush();
    expect(texts(element, '.history__empty')).toEqual(['No changes recorded for this item yet.']);
  });

  it('says more exist than are shown', async () => {
    const element = mount();
    adapter.emit({ ...FIXTURE, hasMore: true });
    await flush();
    expect(texts(element, '.history__more')).toEqual([
      'Showing the latest 3 changes. Older ones are in the History related list.'
    ]);
  });

  it('says why a read failed', async () => {
    const element = mount();
    adapter.error({ message: 'Checksheet not found.' });
    await flush();
    expect(texts(element, '.history__error')[0]).toMatch(/^The history could not be read: /);
    expect(element.shadowRoot!.querySelector('.history__loading')).toBeNull();
  });

  it('reads again when the page says it saved something', async () => {
    const element = mount();
    adapter.emit(FIXTURE);
    await flush();
    element.version = 1;
    expect(refreshApex).toHaveBeenCalledTimes(1);
    element.version = 1;
    expect(refreshApex).toHaveBeenCalledTimes(1);
  });

  it('renders a value as text, never as markup', async () => {
    const element = mount();
    adapter.emit({
      rows: [
        {
          ...FIXTURE.rows[2],
          field: 'Document_Version__c',
          oldValue: '1.0',
          newValue: '<img src=x onerror="alert(1)">'
        }
      ],
      hasMore: false
    });
    await flush();
    expect(texts(element, '.history__change')).toEqual(['1.0 → <img src=x onerror="alert(1)">']);
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
  });
});
