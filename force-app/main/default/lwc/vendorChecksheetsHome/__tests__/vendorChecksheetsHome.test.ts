import { createElement } from 'lwc';
import VendorChecksheetsHome from 'c/vendorChecksheetsHome';
import getHomeLists from '@salesforce/apex/ChecksheetReadController.getHomeLists';
import type { ChecksheetSummary, HomeLists } from 'c/checksheetApi';
import {
  MAX_COMPARED,
  canCompare,
  homeRows,
  statusTiles,
  toggleSelection,
  vendorOptions
} from '../homeViewModel';

/** Where the home navigated: the mixin records every page reference (jest.mock allows `mock…` names). */
const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
  const actual = jest.requireActual('lightning/navigation');
  const { Navigate, GenerateUrl } = actual.NavigationMixin;
  const NavigationMixin = Object.assign(
    (Base: new (...args: never[]) => object) =>
      class extends Base {
        [Navigate](pageReference: unknown): void {
          mockNavigate(pageReference);
        }

        [GenerateUrl](): Promise<string> {
          return Promise.resolve('/lightning/r/Checksheet__c/x/view');
        }
      },
    { Navigate, GenerateUrl }
  );
  return { ...actual, NavigationMixin };
});

jest.mock(
  '@salesforce/apex/ChecksheetReadController.getHomeLists',
  () => {
    // A jest.mock factory runs before imports are bound: it must require what it uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

interface TestAdapter {
  emit(value: unknown): void;
  error(body?: unknown): void;
  getLastConfig(): unknown;
}
const adapter = getHomeLists as unknown as TestAdapter;

const summary = (id: string, fields: Partial<ChecksheetSummary>): ChecksheetSummary => ({
  id,
  name: `Checksheet ${id}`,
  vendorId: '001A',
  vendorName: 'Acme Cloud Co.',
  serviceName: 'Acme Cloud',
  documentVersion: '1.0',
  reviewStatus: 'Received',
  coverage: 80,
  ...fields
});

const LISTS: HomeLists = {
  recent: [
    summary('a1', { name: 'Acme Cloud 2.0', documentVersion: '2.0', reviewStatus: 'In_Review' }),
    summary('a2', {
      name: 'Globex Storage',
      vendorId: '001B',
      vendorName: 'Globex',
      coverage: null
    })
  ],
  dueForReview: [
    summary('a3', {
      name: 'Acme Cloud 1.0',
      reviewStatus: 'Approved',
      nextReviewOn: '2026-11-20',
      isOverdue: true
    })
  ],
  myReviews: [],
  statusCounts: { Received: 1, In_Review: 1, Approved: 1 }
};

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

function mount(): HTMLElement {
  const element = createElement('c-vendor-checksheets-home', { is: VendorChecksheetsHome });
  document.body.appendChild(element);
  return element;
}

/** Lets pending promise callbacks (Apex answers, their `then`s) run. */
function flush(): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
  return chain;
}
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim()
  );

describe('homeViewModel', () => {
  it('filters a list by vendor and by review status', () => {
    expect(
      homeRows(LISTS, 'recent', { vendorId: '001B', reviewStatus: '' }).map((r) => r.name)
    ).toEqual(['Globex Storage']);
    expect(
      homeRows(LISTS, 'recent', { vendorId: '', reviewStatus: 'In_Review' }).map((r) => r.name)
    ).toEqual(['Acme Cloud 2.0']);
    expect(homeRows(undefined, 'recent', { vendorId: '', reviewStatus: '' })).toEqual([]);
  });

  it('offers each vendor once, by name', () => {
    expect(vendorOptions(LISTS)).toEqual([
      { value: '', label: 'All vendors' },
      { value: '001A', label: 'Acme Cloud Co.' },
      { value: '001B', label: 'Globex' }
    ]);
  });

  it('has a tile per review status, zero where none', () => {
    expect(statusTiles(LISTS).map((tile) => `${tile.label} ${tile.count}`)).toEqual([
      'Received 1',
      'In review 1',
      'Approved 1',
      'Approved with conditions 0',
      'Rejected 0'
    ]);
  });
});

describe('the selection to compare', () => {
  it('keeps the order chosen, drops a box turned off, takes at most the compare view’s limit', () => {
    let selected = toggleSelection([], 'a', true);
    selected = toggleSelection(selected, 'b', true);
    selected = toggleSelection(selected, 'a', true);
    expect(selected).toEqual(['a', 'b']);
    expect(toggleSelection(selected, 'a', false)).toEqual(['b']);
    const full = Array.from({ length: MAX_COMPARED }, (_, index) => `x${index}`);
    expect(MAX_COMPARED).toBe(8);
    expect(toggleSelection(full, 'y', true)).toEqual(full);
    expect(canCompare(['a'])).toBe(false);
    expect(canCompare(['a', 'b'])).toBe(true);
    expect(canCompare(full)).toBe(true);
  });
});

describe('c-vendor-checksheets-home', () => {
  it('asks for the home lists and shows the recent checksheets with links to their records', async () => {
    const element = mount();
    expect(adapter.getLastConfig()).toEqual({ maxRows: 50 });
    adapter.emit(LISTS);
    await flush();
    const root = element.shadowRoot as ShadowRoot;
    const tabs = [...root.querySelectorAll('lightning-tab')];
    expect(tabs.map((tab) => (tab as HTMLElement & { label: string }).label)).toEqual([
      'Recently updated',
      'Due for review',
      'My reviews'
    ]);
    expect(texts(tabs[0], 'tbody th')).toEqual(['Acme Cloud 2.0', 'Globex Storage']);
    expect(texts(tabs[0].querySelector('tbody tr') as Element, 'th, td')).toEqual([
      '',
      'Acme Cloud 2.0',
      'Acme Cloud Co.',
      'Acme Cloud',
      '2.0',
      'In review',
      '80%',
      ''
    ]);
    expect(tabs[0].querySelector('a')?.getAttribute('href')).toBeTruthy();
    expect(texts(root, '.home__tile').map((tile) => tile.replace(/^(\d+)/, '$1 '))).toEqual([
      '1 Received',
      '1 In review',
      '1 Approved',
      '0 Approved with conditions',
      '0 Rejected'
    ]);
  });

  it('marks an overdue review in words as well as colour, and says when a list is empty', async () => {
    const element = mount();
    adapter.emit(LISTS);
    await flush();
    const tabs = [...(element.shadowRoot as ShadowRoot).querySelectorAll('lightning-tab')];
    expect(texts(tabs[1], 'td.slds-text-color_error')).toEqual(['2026-11-20Overdue']);
    expect(texts(tabs[1], '.home__overdue-word')).toEqual(['Overdue']);
    expect(texts(tabs[2], '.home__empty')).toEqual(['No checksheets are waiting for your review.']);
  });

  it('filters by vendor', async () => {
    const element = mount();
    adapter.emit(LISTS);
    await flush();
    const root = element.shadowRoot as ShadowRoot;
    root
      .querySelector('lightning-combobox')
      ?.dispatchEvent(new CustomEvent('change', { detail: { value: '001B' } }));
    await flush();
    expect(texts(root.querySelector('lightning-tab') as Element, 'tbody th')).toEqual([
      'Globex Storage'
    ]);
  });

  it('says what went wrong when the lists cannot be read', async () => {
    const element = mount();
    adapter.error({ message: 'Insufficient access to Checksheet__c' });
    await flush();
    expect(texts(element.shadowRoot as ShadowRoot, '[role="alert"]')).toEqual([
      'Something went wrong: Insufficient access to Checksheet__c'
    ]);
  });

  it('compares two or more checksheets chosen in any list, in the order chosen', async () => {
    mockNavigate.mockClear();
    const element = mount();
    adapter.emit(LISTS);
    await flush();
    const root = element.shadowRoot as ShadowRoot;
    const compare = root.querySelector('lightning-button.home__compare') as HTMLElement & {
      label: string;
      disabled: boolean;
    };
    expect(compare.label).toBe('Compare selected (0)');
    expect(compare.disabled).toBe(true);
    expect(texts(root, '.home__compare-hint')).toEqual([
      'Select two to 8 checksheets to compare them side by side.'
    ]);
    const box = (name: string) =>
      root.querySelector(`input[aria-label="Select ${name} to compare"]`) as HTMLInputElement;
    const choose = (name: string) => {
      box(name).checked = true;
      box(name).dispatchEvent(new CustomEvent('change'));
    };
    // One from "Due for review", then one from "Recently updated".
    choose('Acme Cloud 1.0');
    await flush();
    expect(compare.label).toBe('Compare selected (1)');
    expect(compare.disabled).toBe(true);
    choose('Globex Storage');
    await flush();
    expect(compare.label).toBe('Compare selected (2)');
    expect(compare.disabled).toBe(false);
    await expect(element).toBeAccessible();
    compare.click();
    expect(mockNavigate).toHaveBeenCalledWith({
      type: 'standard__navItemPage',
      attributes: { apiName: 'Compare' },
      state: { c__ids: 'a3,a2' }
    });
    (root.querySelector('lightning-button.home__clear-selection') as HTMLElement).click();
    await flush();
    expect(compare.label).toBe('Compare selected (0)');
    expect(box('Globex Storage').checked).toBe(false);
  });

  it('is accessible', async () => {
    const element = mount();
    adapter.emit(LISTS);
    await flush();
    await expect(element).toBeAccessible();
  });

  it('opens the import wizard from its Import button and closes it again', async () => {
    const element = mount() as HTMLElement & { recordId?: string };
    const shadow = element.shadowRoot as ShadowRoot;
    expect(shadow.querySelector('c-checksheet-import-wizard')).toBeNull();
    const open = shadow.querySelector('lightning-button.home__import') as HTMLElement & {
      label: string;
    };
    expect(open.label).toBe('Import checksheet');
    open.click();
    await flush();
    const wizard = shadow.querySelector('c-checksheet-import-wizard');
    expect(wizard).not.toBeNull();
    await expect(element).toBeAccessible();
    (shadow.querySelector('lightning-button.home__close-import') as HTMLElement).click();
    await flush();
    expect(shadow.querySelector('c-checksheet-import-wizard')).toBeNull();
  });
});
