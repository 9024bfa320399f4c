import { createElement } from 'lwc';
import * as XLSX from '@e965/xlsx';
import ChecksheetCompareView from 'c/checksheetCompareView';
import getItemPage from '@salesforce/apex/ChecksheetReadController.getItemPage';
import getHomeLists from '@salesforce/apex/ChecksheetReadController.getHomeLists';
import getComparison from '@salesforce/apex/ChecksheetComparisonController.getComparison';
import getComparisons from '@salesforce/apex/ChecksheetComparisonController.getComparisons';
import getItemLinks from '@salesforce/apex/ChecksheetComparisonController.getItemLinks';
import saveComparison from '@salesforce/apex/ChecksheetComparisonController.saveComparison';
import saveItemLinks from '@salesforce/apex/ChecksheetComparisonController.saveItemLinks';
import removeItemLinks from '@salesforce/apex/ChecksheetComparisonController.removeItemLinks';
import type { ComparisonDto, ItemLinkDto } from 'c/checksheetApi';
import * as navigation from 'lightning/navigation';
import { KREW, KREW_PAGE, PAGES, RAY, RAY_PAGE } from './data/fixtures';

jest.mock('@salesforce/apex/ChecksheetReadController.getItemPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.getComparison',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.getItemLinks',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.saveComparison',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.saveItemLinks',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.removeItemLinks',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
/** Where the view navigated: the stub's mixin, recording every page reference. */
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
      },
    { Navigate, GenerateUrl }
  );
  return { ...actual, NavigationMixin };
});
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.getComparisons',
  () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
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
}
/** The test wire adapter sfdx-lwc-jest puts in place of the page reference. */
const pageReference = (navigation as unknown as { CurrentPageReference: TestAdapter })
  .CurrentPageReference;
const homeLists = getHomeLists as unknown as TestAdapter;
const savedList = getComparisons as unknown as TestAdapter;
const getItemPageMock = getItemPage as unknown as jest.Mock;
const getComparisonMock = getComparison as unknown as jest.Mock;
const getItemLinksMock = getItemLinks as unknown as jest.Mock;
const saveComparisonMock = saveComparison as unknown as jest.Mock;
const saveItemLinksMock = saveItemLinks as unknown as jest.Mock;
const removeItemLinksMock = removeItemLinks as unknown as jest.Mock;

function flush(): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < 20; i++) chain = chain.then(() => undefined);
  return chain;
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(state: Record<string, string>): Promise<HTMLElement> {
  const element = createElement('c-checksheet-compare-view', { is: ChecksheetCompareView });
  document.body.appendChild(element);
  pageReference.emit({ type: 'standard__navItemPage', attributes: { apiName: 'Compare' }, state });
  await flush();
  return element;
}

const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const rows = (element: HTMLElement) => [...root(element).querySelectorAll('tbody tr')];
/** Each row as its cells' item numbers ('' where the sheet has no item). */
const numbers = (element: HTMLElement) =>
  rows(element).map((row) =>
    [...row.querySelectorAll('td.compare-grid__cell')].map((cell) =>
      text(cell.querySelector('.compare-grid__number'))
    )
  );
const buttonIn = (row: Element, column: number, selector: string) =>
  row.querySelectorAll('td.compare-grid__cell')[column].querySelector(selector) as HTMLElement;

beforeEach(() => {
  getItemLinksMock.mockResolvedValue([]);
  getItemPageMock.mockImplementation(({ checksheetId }: { checksheetId: string }) => {
    const page = PAGES[checksheetId];
    if (page) return Promise.resolve(page);
    return Promise.reject({ status: 404, body: { message: 'Checksheet not found' } });
  });
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('c-checksheet-compare-view', () => {
  it('aligns the checksheets of the page state: one row per item, one column per sheet', async () => {
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    expect(getItemPageMock).toHaveBeenCalledTimes(2);
    const headers = [...root(element).querySelectorAll('thead th')].map(text);
    expect(headers).toEqual([
      'Question',
      'Ray Co. · RaySheet · 1.0',
      'Krew Co. · krewData · 2.0',
      'Difference'
    ]);
    expect(numbers(element)).toEqual([
      ['6-6', '6-6'],
      ['', '6-7'],
      ['6-7', '6-8'],
      ['6-8', '6-9'],
      ['11-6', '11-6']
    ]);
    expect(rows(element).map((row) => text(row.querySelector('.compare-difference')))).toEqual([
      'Same',
      'Missing',
      'Answer differs',
      'Same',
      'Status differs'
    ]);
    const missing = rows(element)[1].querySelector('td.compare-grid__cell');
    expect(text(missing)).toBe('Not in this checksheet');
    // How a pair was made, as text a screen reader reads and hover or focus shows.
    const tip = rows(element)[2].querySelectorAll('[role="tooltip"]')[1];
    expect(text(tip)).toMatch(
      /^Paired with Ray Co\. · RaySheet · 1\.0 6-7: score \d\.\d\d, by wording$/
    );
    const button = tip.parentElement?.querySelector('button');
    expect(button?.getAttribute('aria-describedby')).toBe(tip.getAttribute('id'));
    const counts = [...root(element).querySelectorAll('.compare__counts li')].map(text);
    expect(counts).toEqual([
      'Same: 2',
      'Status differs: 1',
      'Answer differs: 1',
      'Missing: 1',
      'Partly the same: 0'
    ]);
    await expect(element).toBeAccessible();
  });

  it('filters: only differences, a status in any column, text in any column', async () => {
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    const toggle = root(element).querySelector('.compare__differences-only') as HTMLElement;
    toggle.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
    await flush();
    expect(numbers(element)).toEqual([
      ['', '6-7'],
      ['6-7', '6-8'],
      ['11-6', '11-6']
    ]);
    expect(text(root(element).querySelector('.compare__showing'))).toBe('Showing 1–3 of 3 rows');
    const status = root(element).querySelector('.compare__status') as HTMLElement;
    status.dispatchEvent(new CustomEvent('change', { detail: { value: 'Not_Implemented' } }));
    await flush();
    expect(numbers(element)).toEqual([['11-6', '11-6']]);
    status.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
    toggle.dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
    const search = root(element).querySelector('.compare__search') as HTMLElement;
    search.dispatchEvent(new CustomEvent('change', { detail: { value: '日次' } }));
    await flush();
    expect(numbers(element)).toEqual([['6-7', '6-8']]);
    search.dispatchEvent(new CustomEvent('change', { detail: { value: 'nothing like this' } }));
    await flush();
    expect(text(root(element).querySelector('.compare__no-rows'))).toBe(
      'No items match the filter.'
    );
  });

  it('unlinks a wrong pair, links two items by hand, marks a pair partly the same, undoes', async () => {
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    buttonIn(rows(element)[3], 1, '.compare__unlink').click();
    await flush();
    expect(numbers(element)).toEqual([
      ['6-6', '6-6'],
      ['', '6-7'],
      ['6-7', '6-8'],
      ['6-8', ''],
      ['', '6-9'],
      ['11-6', '11-6']
    ]);
    expect(text(root(element).querySelector('.compare__corrections'))).toMatch(/^1 corrections/);

    // Link krew 6-7 with Ray 6-7: it takes krew 6-8's place, which gets a row of its own.
    buttonIn(rows(element)[1], 1, '.compare__link-start').click();
    await flush();
    expect(text(root(element).querySelector('.compare__linking'))).toMatch(
      /^Linking Krew Co\. · krewData · 2\.0 6-7/
    );
    const target = buttonIn(rows(element)[1], 0, '.compare__link-here');
    expect(target).toBeNull();
    const here = buttonIn(rows(element)[1], 1, '.compare__link-here');
    expect(here).toBeNull();
    buttonIn(rows(element)[2], 0, '.compare__link-here').click();
    await flush();
    expect(root(element).querySelector('.compare__linking')).toBeNull();
    expect(numbers(element).slice(0, 3)).toEqual([
      ['6-6', '6-6'],
      ['6-7', '6-7'],
      ['', '6-8']
    ]);
    const tip = rows(element)[1].querySelectorAll('[role="tooltip"]')[1];
    expect(text(tip)).toBe('Paired with Ray Co. · RaySheet · 1.0 6-7: score —, by a person');

    buttonIn(rows(element)[1], 1, '.compare__partly').click();
    await flush();
    expect(text(rows(element)[1].querySelector('.compare-grid__partly'))).toBe('Partly the same');
    // The same pair decided again: one decision for it, the later one.
    expect(text(root(element).querySelector('.compare__corrections'))).toMatch(/^2 corrections/);

    (root(element).querySelector('.compare__undo') as HTMLElement).click();
    await flush();
    expect(rows(element)[1].querySelector('.compare-grid__partly')).toBeNull();
    expect(numbers(element)[1]).toEqual(['6-7', '6-7']);
    (root(element).querySelector('.compare__clear') as HTMLElement).click();
    await flush();
    expect(numbers(element)[1]).toEqual(['', '6-7']);
    expect(text(root(element).querySelector('.compare__corrections'))).toMatch(/^0 corrections/);
    (root(element).querySelector('.compare__undo') as HTMLElement).click();
    await flush();
    expect(numbers(element)[1]).toEqual(['6-7', '6-7']);
    await expect(element).toBeAccessible();
  });

  it('fills a gap of the chosen item’s own column by linking it with the row’s first item', async () => {
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    buttonIn(rows(element)[3], 1, '.compare__unlink').click(); // Ray 6-8 alone now
    await flush();
    buttonIn(rows(element)[4], 1, '.compare__link-start').click(); // krew 6-9
    await flush();
    const gap = buttonIn(rows(element)[3], 1, '.compare__link-here');
    expect(text(gap)).toBe('Link with Ray Co. · RaySheet · 1.0 6-8');
    gap.click();
    await flush();
    expect(numbers(element)[3]).toEqual(['6-8', '6-9']);
    expect(rows(element)).toHaveLength(5);
  });

  it('exports the grid as CSV (BOM, both languages) and as .xlsx, named after the sheets and day', async () => {
    const blobs: { blob: Blob; name: string }[] = [];
    const created = jest.fn((blob: Blob) => {
      blobs.push({ blob, name: '' });
      return 'blob:local';
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      blobs[blobs.length - 1].name = this.download;
    });
    (window as unknown as { XLSX: unknown }).XLSX = XLSX;
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    (root(element).querySelector('.compare__export-csv') as HTMLElement).click();
    await flush();
    (root(element).querySelector('.compare__export-xlsx') as HTMLElement).click();
    await flush();
    expect(blobs).toHaveLength(2);
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(blobs[0].name).toBe(`Compare_Ray-Co.-RaySheet-1.0_vs_Krew-Co.-krewData-2.0_${day}.csv`);
    expect(blobs[1].name).toMatch(/\.xlsx$/);
    const bytes = async (blob: Blob) =>
      new Uint8Array(
        await new Promise<ArrayBuffer>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as ArrayBuffer);
          reader.readAsArrayBuffer(blob);
        })
      );
    const csv = Buffer.from(await bytes(blobs[0].blob)).toString('utf8');
    expect(
      csv.startsWith('\uFEFFセクション Section,確認事項 Question,Ray Co. · RaySheet · 1.0 項番 No.')
    ).toBe(true);
    expect(csv).toContain('実施状況の差異 Status differs');
    expect(csv.split('\r\n')).toHaveLength(RAY_PAGE.items.length + 3);
    const book = XLSX.read(await bytes(blobs[1].blob), { type: 'array' });
    const sheet = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], {
      header: 1
    });
    expect(sheet).toHaveLength(KREW_PAGE.items.length + 1);
    clicked.mockRestore();
  });

  it('says when a checksheet cannot be read, and asks for two when fewer are chosen', async () => {
    const failed = await mount({ c__ids: `${RAY.id},a00000000000404AAA` });
    expect(text(root(failed).querySelector('[role="alert"]'))).toBe(
      'a00000000000404AAA could not be read: Checksheet not found'
    );
    document.body.removeChild(failed);
    const empty = await mount({});
    expect(text(root(empty).querySelector('.compare__empty'))).toBe(
      'Select two or more checksheets to compare them side by side.'
    );
    await expect(empty).toBeAccessible();
  });

  it('lets the user pick checksheets from the recent ones and remove them', async () => {
    const element = await mount({});
    homeLists.emit({
      recent: [RAY, KREW],
      dueForReview: [],
      myReviews: [],
      statusCounts: {}
    });
    await flush();
    const choice = root(element).querySelector('.compare__choice') as HTMLElement & {
      options: { value: string; label: string }[];
    };
    expect(choice.options.map((option) => option.label)).toEqual([
      'Ray Co. · RaySheet · 1.0 (Ray 2024)',
      'Krew Co. · krewData · 2.0 (Krew 2024)'
    ]);
    const add = async (id: string) => {
      choice.dispatchEvent(new CustomEvent('change', { detail: { value: id } }));
      await flush();
      (root(element).querySelector('.compare__add') as HTMLElement).click();
      await flush();
    };
    await add(RAY.id);
    await add(KREW.id);
    expect(rows(element)).toHaveLength(5);
    expect(choice.options).toEqual([]);
    (root(element).querySelector('.compare__remove') as HTMLElement).click();
    await flush();
    expect(rows(element)).toHaveLength(0);
    expect(root(element).querySelectorAll('.compare__selected li')).toHaveLength(1);
  });

  it('shows the version diff of two checksheets with c__mode=diff', async () => {
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}`, c__mode: 'diff' });
    const diff = root(element).querySelector('c-checksheet-version-diff') as HTMLElement;
    expect(diff).not.toBeNull();
    const shadow = diff.shadowRoot as ShadowRoot;
    expect(text(shadow.querySelector('.version-diff__heading'))).toBe(
      'Ray Co. · RaySheet · 1.0 → Krew Co. · krewData · 2.0'
    );
    expect(root(element).querySelector('table.compare-grid')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('applies the ledger over the automatic alignment, saves with name, purpose and notes', async () => {
    const ray = RAY_PAGE.items;
    const krew = KREW_PAGE.items;
    const stored: ItemLinkDto = {
      id: 'a05000000000001AAA',
      itemAId: ray[2].id,
      itemBId: krew[3].id,
      checksheetAId: RAY.id,
      checksheetBId: KREW.id,
      relationship: 'Not_Same',
      method: 'Manual'
    };
    getItemLinksMock.mockResolvedValue([stored]);
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    expect(getItemLinksMock).toHaveBeenCalledWith({ checksheetIds: [RAY.id, KREW.id] });
    // Ray 6-8 and krew 6-9 are kept apart, as the ledger says.
    expect(numbers(element)).toContainEqual(['6-8', '']);
    expect(numbers(element)).toContainEqual(['', '6-9']);
    expect(text(root(element).querySelector('.compare__ledger'))).toBe(
      'Saved decisions applied: 1'
    );

    buttonIn(rows(element)[5], 1, '.compare__partly').click(); // krew 11-6 partly the same
    await flush();
    const input = (selector: string, value: string) =>
      (root(element).querySelector(selector) as HTMLElement).dispatchEvent(
        new CustomEvent('change', { detail: { value } })
      );
    input('.compare__name', 'Backup vendors');
    input('.compare__purpose', 'Choose a backup vendor');
    input('.compare__notes', 'Ray is ahead on labelling');
    const saved: ComparisonDto = {
      id: 'a03000000000001AAA',
      name: 'Backup vendors',
      canEdit: true,
      status: 'Draft',
      members: []
    };
    saveComparisonMock.mockResolvedValue(saved);
    saveItemLinksMock.mockImplementation(({ links }: { links: ItemLinkDto[] }) =>
      Promise.resolve(links.map((link, index) => ({ ...link, id: `a0500000000000${index}AAA` })))
    );
    (root(element).querySelector('.compare__save-button') as HTMLElement).click();
    await flush();
    expect(saveComparisonMock).toHaveBeenCalledWith({
      comparison: {
        id: null,
        name: 'Backup vendors',
        purpose: 'Choose a backup vendor',
        decisionNotes: 'Ray is ahead on labelling',
        status: null,
        checksheetIds: [RAY.id, KREW.id]
      }
    });
    expect(saveItemLinksMock).toHaveBeenCalledWith({
      comparisonId: saved.id,
      links: [
        {
          itemAId: ray[3].id,
          itemBId: krew[4].id,
          relationship: 'Partly_Same',
          method: 'Automatic',
          score: 1
        }
      ]
    });
    expect(text(root(element).querySelector('.compare__saved'))).toBe(
      'Comparison saved. Corrections: 1.'
    );
    expect(text(root(element).querySelector('.compare__ledger'))).toBe(
      'Saved decisions applied: 2'
    );
    expect(text(rows(element)[5]?.querySelector('.compare-grid__partly'))).toBe('Partly the same');
    await expect(element).toBeAccessible();
  });

  it('shows who confirmed a saved decision and forgets it where the user may: the automatic pair returns', async () => {
    const ray = RAY_PAGE.items;
    const krew = KREW_PAGE.items;
    // Ray 6-8 and krew 6-9 kept apart by the user (may forget); Ray 6-6 and krew 6-6 confirmed
    // the same by a colleague (may not).
    const apart: ItemLinkDto = {
      id: 'a05000000000001AAA',
      itemAId: ray[2].id,
      itemBId: krew[3].id,
      checksheetAId: RAY.id,
      checksheetBId: KREW.id,
      relationship: 'Not_Same',
      method: 'Manual',
      confirmedByName: 'Rei Reviewer',
      confirmedOn: '2026-11-30T09:15:00.000Z',
      canRemove: true
    };
    const same: ItemLinkDto = {
      ...apart,
      id: 'a05000000000002AAA',
      itemAId: ray[0].id,
      itemBId: krew[0].id,
      relationship: 'Same',
      method: 'Automatic',
      confirmedByName: 'Colin Colleague',
      canRemove: false
    };
    getItemLinksMock.mockResolvedValue([apart, same]);
    removeItemLinksMock.mockResolvedValue(null);
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    expect(numbers(element)).toContainEqual(['6-8', '']);
    expect(numbers(element)).toContainEqual(['', '6-9']);
    const notes = (row: Element) =>
      [...row.querySelectorAll('.compare-grid__ledger p')].map((note) => text(note));
    // A pair in one row shows once; a pair kept apart beside each of its items.
    expect(notes(rows(element)[0])).toEqual([
      'Saved: the same as Ray Co. · RaySheet · 1.0 6-6, confirmed by Colin Colleague on 2026-11-30'
    ]);
    expect(rows(element)[0].querySelector('.compare__forget')).toBeNull();
    const rayRow = rows(element).find((row) => text(row).includes('6-8') && notes(row).length > 0);
    expect(notes(rayRow as Element)).toEqual([
      'Saved: not the same as Krew Co. · krewData · 2.0 6-9, confirmed by Rei Reviewer on 2026-11-30'
    ]);
    const forget = (rayRow as Element).querySelector('.compare__forget') as HTMLElement;
    expect(text(forget)).toBe('Forget this decision');
    expect(forget.getAttribute('aria-label')).toBe(
      'Forget the saved decision on Ray Co. · RaySheet · 1.0 6-8 and Krew Co. · krewData · 2.0 6-9'
    );
    await expect(element).toBeAccessible();

    forget.click();
    await flush();
    expect(removeItemLinksMock).toHaveBeenCalledWith({ linkIds: [apart.id] });
    // The automatic alignment pairs them again; the colleague's decision stays.
    expect(numbers(element)).toContainEqual(['6-8', '6-9']);
    expect(numbers(element)).not.toContainEqual(['6-8', '']);
    expect(text(root(element).querySelector('.compare__ledger'))).toBe(
      'Saved decisions applied: 1'
    );
    expect(text(root(element).querySelector('.compare__forgotten'))).toBe(
      'Decision forgotten: the automatic alignment is back.'
    );
    expect(root(element).querySelectorAll('.compare-grid__ledger')).toHaveLength(1);
  });

  it('keeps a decision it could not forget and says why', async () => {
    const ray = RAY_PAGE.items;
    const krew = KREW_PAGE.items;
    getItemLinksMock.mockResolvedValue([
      {
        id: 'a05000000000001AAA',
        itemAId: ray[2].id,
        itemBId: krew[3].id,
        checksheetAId: RAY.id,
        checksheetBId: KREW.id,
        relationship: 'Not_Same',
        method: 'Manual',
        canRemove: true
      } satisfies ItemLinkDto
    ]);
    removeItemLinksMock.mockRejectedValue({ status: 400, body: { message: 'No access' } });
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    (root(element).querySelector('.compare__forget') as HTMLElement).click();
    await flush();
    expect(text(root(element).querySelector('.compare__forget-error'))).toBe(
      'The decision could not be forgotten: No access'
    );
    expect(numbers(element)).toContainEqual(['6-8', '']);
  });

  it('sets a saved comparison Decided and back to Draft through the save', async () => {
    const saved: ComparisonDto = {
      id: 'a03000000000001AAA',
      name: 'Backup vendors',
      status: 'Decided',
      canEdit: true,
      members: [
        { checksheetId: RAY.id, columnOrder: 1 },
        { checksheetId: KREW.id, columnOrder: 2 }
      ]
    };
    getComparisonMock.mockResolvedValue(saved);
    const element = await mount({ c__comparisonId: saved.id });
    const status = root(element).querySelector('.compare__comparison-status') as unknown as {
      value: string;
      options: { value: string; label: string }[];
      dispatchEvent(event: Event): boolean;
    };
    expect(status.value).toBe('Decided');
    expect(status.options).toEqual([
      { value: 'Draft', label: 'Draft' },
      { value: 'Decided', label: 'Decided' }
    ]);
    status.dispatchEvent(new CustomEvent('change', { detail: { value: 'Draft' } }));
    saveComparisonMock.mockResolvedValue({ ...saved, status: 'Draft' });
    (root(element).querySelector('.compare__save-button') as HTMLElement).click();
    await flush();
    expect(saveComparisonMock).toHaveBeenCalledWith({
      comparison: expect.objectContaining({ id: saved.id, status: 'Draft' })
    });
    expect(
      (root(element).querySelector('.compare__comparison-status') as unknown as { value: string })
        .value
    ).toBe('Draft');
    await expect(element).toBeAccessible();
  });

  it('offers no status control before the comparison is saved', async () => {
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    expect(root(element).querySelector('.compare__comparison-status')).toBeNull();
  });

  it('lists the saved comparisons with their status and opens one by c__comparisonId', async () => {
    const element = await mount({});
    expect(root(element).querySelector('.compare__saved-choice')).toBeNull();
    savedList.emit([
      { id: 'a03000000000001AAA', name: 'Backup vendors', status: 'Decided', memberCount: 2 },
      { id: 'a03000000000002AAA', name: 'Hosting', status: 'Draft', memberCount: 3 }
    ]);
    await flush();
    const picker = root(element).querySelector('.compare__saved-choice') as unknown as {
      options: { value: string; label: string }[];
      dispatchEvent(event: Event): boolean;
    };
    expect(picker.options.map((option) => option.label)).toEqual([
      'Backup vendors (Decided, 2 checksheets)',
      'Hosting (Draft, 3 checksheets)'
    ]);
    const open = root(element).querySelector('.compare__open-saved') as HTMLButtonElement;
    expect(open.disabled).toBe(true);
    picker.dispatchEvent(new CustomEvent('change', { detail: { value: 'a03000000000002AAA' } }));
    await flush();
    expect(open.disabled).toBe(false);
    open.click();
    expect(mockNavigate).toHaveBeenCalledWith({
      type: 'standard__navItemPage',
      attributes: { apiName: 'Compare' },
      state: { c__comparisonId: 'a03000000000002AAA' }
    });
  });

  it('says when saving fails', async () => {
    const element = await mount({ c__ids: `${RAY.id},${KREW.id}` });
    saveComparisonMock.mockRejectedValue({ status: 400, body: { message: 'No access' } });
    (root(element).querySelector('.compare__save-button') as HTMLElement).click();
    await flush();
    expect(text(root(element).querySelector('.compare__save-error'))).toBe(
      'The comparison could not be saved: No access'
    );
  });

  it('opens a saved comparison by c__comparisonId and offers to switch a superseded member', async () => {
    const NEWER = { ...KREW, id: 'a00000000000003AAA', documentVersion: '3.0' };
    getItemPageMock.mockImplementation(({ checksheetId }: { checksheetId: string }) => {
      if (checksheetId === NEWER.id) return Promise.resolve({ ...KREW_PAGE, checksheet: NEWER });
      return Promise.resolve(PAGES[checksheetId]);
    });
    getComparisonMock.mockResolvedValue({
      id: 'a03000000000001AAA',
      name: 'Backup vendors',
      purpose: 'Choose',
      decisionNotes: 'Notes',
      canEdit: true,
      members: [
        {
          checksheetId: KREW.id,
          columnOrder: 2,
          vendorName: 'Krew Co.',
          documentVersion: '2.0',
          newerVersionId: NEWER.id,
          newerVersionLabel: 'Krew 2025'
        },
        { checksheetId: RAY.id, columnOrder: 1, vendorName: 'Ray Co.' }
      ]
    } satisfies ComparisonDto);
    const element = await mount({ c__comparisonId: 'a03000000000001AAA' });
    expect(getComparisonMock).toHaveBeenCalledWith({ comparisonId: 'a03000000000001AAA' });
    const headers = [...root(element).querySelectorAll('thead th')].map(text);
    expect(headers.slice(1, 3)).toEqual(['Ray Co. · RaySheet · 1.0', 'Krew Co. · krewData · 2.0']);
    expect(
      (root(element).querySelector('.compare__name') as unknown as { value: string }).value
    ).toBe('Backup vendors');
    const notice = root(element).querySelector('.compare__superseded');
    expect(text(notice)).toMatch(/^Krew Co\. · 2\.0 has a newer version: Krew 2025\./);
    (root(element).querySelector('.compare__switch') as HTMLElement).click();
    await flush();
    expect(getItemPageMock).toHaveBeenCalledWith(
      expect.objectContaining({ checksheetId: NEWER.id })
    );
    const switched = [...root(element).querySelectorAll('thead th')].map(text);
    expect(switched[2]).toBe('Krew Co. · krewData · 3.0');
    expect(root(element).querySelector('.compare__superseded')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
