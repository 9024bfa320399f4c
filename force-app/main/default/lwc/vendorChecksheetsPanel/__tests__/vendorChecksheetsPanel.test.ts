import { createElement } from 'lwc';
import VendorChecksheetsPanel from 'c/vendorChecksheetsPanel';
import getVendorChecksheets from '@salesforce/apex/ChecksheetReadController.getVendorChecksheets';
import type { ChecksheetSummary } from 'c/checksheetApi';
import { summaryCounts } from 'c/checksheetSummaryView';
import { latestVersionPair } from '../versionPair';

jest.mock(
  '@salesforce/apex/ChecksheetReadController.getVendorChecksheets',
  () => {
    // A jest.mock factory runs before imports are bound: it must require what it uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

/** Where the panel navigated: the mixin records every page reference (jest.mock allows `mock…` names). */
const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
  const Navigate = Symbol('Navigate');
  const GenerateUrl = Symbol('GenerateUrl');
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
  return { NavigationMixin };
});

interface TestAdapter {
  emit(value: unknown): void;
  error(body?: unknown): void;
  getLastConfig(): unknown;
}
const adapter = getVendorChecksheets as unknown as TestAdapter;

const V2: ChecksheetSummary = {
  id: 'a0002',
  name: 'Acme Cloud 2.0',
  serviceName: 'Acme Cloud',
  documentVersion: '2.0',
  reviewStatus: 'In_Review',
  coverage: 75,
  itemCount: 10,
  implementedCount: 6,
  partialCount: 2,
  notImplementedCount: 1,
  notApplicableCount: 0
};
const V1: ChecksheetSummary = {
  ...V2,
  id: 'a0001',
  name: 'Acme Cloud 1.0',
  documentVersion: '1.0',
  reviewStatus: 'Approved',
  nextReviewOn: '2026-10-01',
  isOverdue: true
};

function flush(): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
  return chain;
}

function mount(): HTMLElement {
  const element = createElement('c-vendor-checksheets-panel', {
    is: VendorChecksheetsPanel
  }) as HTMLElement & {
    recordId: string;
  };
  element.recordId = '001000000000001AAA';
  document.body.appendChild(element);
  return element;
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim()
  );

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('summaryCounts', () => {
  it('counts the unanswered items as what the roll-ups leave', () => {
    expect(summaryCounts(V2)).toEqual({
      Implemented: 6,
      Partial: 2,
      Not_Implemented: 1,
      Not_Applicable: 0,
      None: 1
    });
  });
});

describe('c-vendor-checksheets-panel', () => {
  it("reads the vendor's checksheets and lists them in the order Apex gives (latest first)", async () => {
    const element = mount();
    await flush();
    expect(adapter.getLastConfig()).toEqual({ vendorId: '001000000000001AAA' });
    adapter.emit([V2, V1]);
    await flush();
    const root = element.shadowRoot as ShadowRoot;
    expect(texts(root, '.panel__name')).toEqual(['Acme Cloud 2.0', 'Acme Cloud 1.0']);
    expect(texts(root, '.panel__row dd').slice(0, 3)).toEqual(['In review', '75%', '']);
    const bars = [...root.querySelectorAll('c-checksheet-status-bar')] as (HTMLElement & {
      counts: Record<string, number>;
    })[];
    expect(bars[0].counts.Implemented).toBe(6);
  });

  it('says how many answers the reviewer insights flagged or found delegated, where any', async () => {
    const element = mount();
    adapter.emit([{ ...V2, flaggedCount: 3, platformDelegatedCount: 12 }, V1]);
    await flush();
    expect(texts(element.shadowRoot as ShadowRoot, '.panel__insights')).toEqual([
      '3 answers flagged · 12 delegated to the platform'
    ]);
  });

  it('marks an overdue next review in words', async () => {
    const element = mount();
    adapter.emit([V1]);
    await flush();
    expect(texts(element.shadowRoot as ShadowRoot, '.slds-text-color_error')).toEqual([
      '2026-10-01Overdue'
    ]);
    expect(texts(element.shadowRoot as ShadowRoot, '.panel__overdue')).toEqual(['Overdue']);
  });

  it('says when the vendor has no checksheets', async () => {
    const element = mount();
    adapter.emit([]);
    await flush();
    expect(texts(element.shadowRoot as ShadowRoot, '.panel__empty')).toEqual([
      'This vendor has no checksheets yet.'
    ]);
  });

  it('says what went wrong', async () => {
    const element = mount();
    adapter.error({ message: 'Vendor not visible' });
    await flush();
    expect(texts(element.shadowRoot as ShadowRoot, '[role="alert"]')).toEqual([
      'Something went wrong: Vendor not visible'
    ]);
  });

  it('is accessible', async () => {
    const element = mount();
    adapter.emit([V2, V1]);
    await flush();
    await expect(element).toBeAccessible();
  });

  it('opens the import wizard from its Import button and closes it again', async () => {
    const element = mount() as HTMLElement & { recordId?: string };
    const shadow = element.shadowRoot as ShadowRoot;
    expect(shadow.querySelector('c-checksheet-import-wizard')).toBeNull();
    const open = shadow.querySelector('lightning-button.panel__import') as HTMLElement & {
      label: string;
    };
    expect(open.label).toBe('Import checksheet');
    open.click();
    await flush();
    const wizard = shadow.querySelector('c-checksheet-import-wizard');
    expect(wizard).not.toBeNull();
    expect((wizard as unknown as { recordId: string }).recordId).toBe(element.recordId);
    await expect(element).toBeAccessible();
    (shadow.querySelector('lightning-button.panel__close-import') as HTMLElement).click();
    await flush();
    expect(shadow.querySelector('c-checksheet-import-wizard')).toBeNull();
  });

  it('offers "Compare latest with previous" once a version supersedes another, and opens the diff', async () => {
    const element = mount();
    adapter.emit([V2, V1]);
    await flush();
    const shadow = element.shadowRoot as ShadowRoot;
    expect(shadow.querySelector('.panel__compare-versions')).toBeNull();
    adapter.emit([{ ...V2, supersedesId: V1.id }, V1]);
    await flush();
    const action = shadow.querySelector(
      'lightning-button.panel__compare-versions'
    ) as HTMLElement & {
      label: string;
    };
    expect(action.label).toBe('Compare latest with previous');
    action.click();
    expect(mockNavigate).toHaveBeenCalledWith({
      type: 'standard__navItemPage',
      attributes: { apiName: 'Compare' },
      state: { c__ids: 'a0001,a0002', c__mode: 'diff' }
    });
    await expect(element).toBeAccessible();
  });
});

describe('latestVersionPair', () => {
  it('takes the newest checksheet that supersedes a listed one', () => {
    const v3 = { ...V2, id: 'a0003', supersedesId: 'a0002' };
    const other = { ...V2, id: 'a0009', serviceName: 'White paper', supersedesId: 'gone' };
    expect(latestVersionPair([other, v3, { ...V2, supersedesId: V1.id }, V1])).toEqual({
      older: 'a0002',
      newer: 'a0003'
    });
    expect(latestVersionPair([other, V1])).toBeUndefined();
  });
});
