import { createElement } from 'lwc';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTask } from 'node:timers';
import { TextDecoder } from 'node:util';
import * as XLSX from '@e965/xlsx';
import ChecksheetImportWizard from 'c/checksheetImportWizard';
import { loadScript } from 'lightning/platformResourceLoader';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { createRecord } from 'lightning/uiRecordApi';
import importChecksheet from '@salesforce/apex/ChecksheetImportController.importChecksheet';
import beginImport from '@salesforce/apex/ChecksheetImportController.beginImport';
import appendItems from '@salesforce/apex/ChecksheetImportController.appendItems';
import attachSourceFile from '@salesforce/apex/ChecksheetImportController.attachSourceFile';
import finishImport from '@salesforce/apex/ChecksheetImportController.finishImport';
import abandonImport from '@salesforce/apex/ChecksheetImportController.abandonImport';
import findDuplicateImports from '@salesforce/apex/ChecksheetImportController.findDuplicateImports';

jest.mock(
  'lightning/navigation',
  () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const navigated = jest.fn();
    const NavigationMixin = (Base: new () => object) =>
      class extends Base {
        [Navigate](pageReference: unknown) {
          navigated(pageReference);
        }
        [GenerateUrl](pageReference: { attributes: { recordId: string } }) {
          return Promise.resolve(`/lightning/r/${pageReference.attributes.recordId}/view`);
        }
      };
    NavigationMixin.Navigate = Navigate;
    NavigationMixin.GenerateUrl = GenerateUrl;
    return { NavigationMixin, navigated };
  },
  { virtual: false }
);

jest.mock(
  '@salesforce/apex/ChecksheetImportController.importChecksheet',
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.beginImport',
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.appendItems',
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.attachSourceFile',
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.finishImport',
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.abandonImport',
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.findDuplicateImports',
  () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { navigated } = require('lightning/navigation') as { navigated: jest.Mock };
const mocked = (fn: unknown) => fn as jest.Mock;
interface TestAdapter {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
}
const duplicatesAdapter = findDuplicateImports as unknown as TestAdapter;
// The test adapter's emit() stands in for the wire service answering getObjectInfo.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const accountInfo = getObjectInfo as unknown as TestAdapter;

// The browser's decoder (jsdom has none), which the engine decodes files with.
Object.assign(globalThis, { TextDecoder });

const SAMPLES = path.resolve(__dirname, '../../../../../../data/samples');
const sample = (name: string): File => new File([readFileSync(path.join(SAMPLES, name))], name);

const SUMMARY = { id: 'a00000000000001AAA', name: 'Acme Cloud 1.0' };

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
  delete (window as { XLSX?: unknown }).XLSX;
});

function mount(props: Record<string, unknown> = {}): HTMLElement {
  const element = createElement('c-checksheet-import-wizard', { is: ChecksheetImportWizard });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** Lets pending promise callbacks run. */
function flushMicrotasks(): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
  return chain;
}

/** Lets FileReader (a task) and promise callbacks run, then the re-render, a few times over. */
async function settle(rounds = 5): Promise<void> {
  if (rounds === 0) return;
  await new Promise((resolve) => nextTask(resolve));
  await flushMicrotasks();
  await settle(rounds - 1);
}

const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const one = <T = HTMLElement>(element: HTMLElement, selector: string) =>
  root(element).querySelector(selector) as unknown as T;
const all = (element: HTMLElement, selector: string) => [
  ...root(element).querySelectorAll(selector)
];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
interface Listed {
  items: {
    itemNumber: string;
    question: string;
    answer: string;
    status: string;
    sourceSheet?: string;
  }[];
}
const listed = (element: HTMLElement) =>
  (one(element, 'c-checksheet-item-list') as unknown as Listed).items;

async function choose(element: HTMLElement, file: File): Promise<void> {
  const input = one(element, 'lightning-input.wizard__file');
  input.dispatchEvent(new CustomEvent('change', { detail: { files: [file] } }));
  await settle();
}

async function paste(element: HTMLElement, value: string): Promise<void> {
  one(element, 'lightning-textarea').dispatchEvent(
    new CustomEvent('change', { detail: { value } })
  );
  await settle();
  one(element, 'lightning-button.wizard__read-paste').click();
  await settle();
}

async function pickVendor(element: HTMLElement, recordId: string): Promise<void> {
  one(element, 'lightning-record-picker.wizard__vendor').dispatchEvent(
    new CustomEvent('change', { detail: { recordId } })
  );
  await settle();
}

/** The org answering a staged import (begin, chunks, file, finish) as a working org would. */
function serveStagedImport(): void {
  mocked(beginImport).mockResolvedValue({
    checksheetId: SUMMARY.id,
    importStatus: 'Importing',
    itemsSaved: 0
  });
  mocked(appendItems).mockImplementation(async ({ items }: { items: unknown[] }) => ({
    checksheetId: SUMMARY.id,
    importStatus: 'Importing',
    itemsSaved: items.length
  }));
  mocked(attachSourceFile).mockResolvedValue('068000000000001AAA');
  mocked(finishImport).mockResolvedValue(SUMMARY);
}

async function clickImport(element: HTMLElement): Promise<void> {
  one(element, 'lightning-button.wizard__import').click();
  await settle();
}

describe('c-checksheet-import-wizard', () => {
  it('starts on choosing a document, accessible', async () => {
    const element = mount();
    await settle();
    expect(one<HTMLInputElement>(element, 'lightning-input.wizard__file').accept).toBe(
      '.xlsx,.xls,.csv,.tsv,.txt,.md'
    );
    expect(text(one(element, '.wizard__drop'))).toContain('The format and encoding are detected');
    await expect(element).toBeAccessible();
  });

  it('previews a chosen METI file: its items, format, encoding, line accounting and a prefilled form', async () => {
    const element = mount();
    await choose(element, sample('acme-cloud-meti-v1.txt'));
    const items = listed(element);
    expect(items.length).toBeGreaterThan(10);
    expect(items[0].itemNumber).not.toBe('');
    expect(text(one(element, '.wizard__detected'))).toMatch(
      /^acme-cloud-meti-v1\.txt: METI checksheet, utf-8/
    );
    expect(text(one(element, '.wizard__accounting'))).toMatch(
      new RegExp(
        `^\\d+ lines: ${items.length} items, \\d+ sections, \\d+ preamble, .* 0 unaccounted$`
      )
    );
    expect(one<HTMLInputElement>(element, 'lightning-input.wizard__name').value).not.toBe('');
    expect(one<HTMLInputElement>(element, 'lightning-input.wizard__version').value).toBe('1.0');
    expect(one<HTMLInputElement>(element, 'lightning-input.wizard__received').value).toMatch(
      /^\d{4}-\d{2}-\d{2}$/
    );
    expect(one<HTMLInputElement>(element, 'lightning-combobox.wizard__framework').value).toBe(
      'METI_Cloud_2013'
    );
    // No vendor yet: import waits for one, and says so.
    expect(one<HTMLButtonElement>(element, 'lightning-button.wizard__import').disabled).toBe(true);
    expect(text(one(element, '.wizard__vendor-missing'))).toContain('Choose the vendor');
    await expect(element).toBeAccessible();
  });

  it('reads pasted Excel cells and shows every finding beside its line', async () => {
    const element = mount();
    await paste(
      element,
      '項番\t確認事項\t実施有無\t備考\n1-1\tパスワードを管理しているか\t○\t規程あり\n1-2\t暗号化しているか\t？\t検討中\n'
    );
    expect(listed(element).map((item) => item.itemNumber)).toEqual(['1-1', '1-2']);
    expect(text(one(element, '.wizard__detected'))).toMatch(
      /^Pasted text: METI checksheet, utf-8$/
    );
    const findings = all(element, '.wizard__finding').map(text);
    expect(findings.some((finding) => finding.startsWith('Line 3'))).toBe(true);
  });

  it('changes a column role of the CAIQ sample and reads it again at once', async () => {
    const element = mount();
    await choose(element, sample('initech-caiq.csv'));
    const before = listed(element);
    const roles = all(element, 'lightning-combobox.wizard__role') as (HTMLElement & {
      label: string;
      value: string;
      options: { value: string; label: string }[];
    })[];
    expect(roles.length).toBeGreaterThan(3);
    expect(roles[0].options.map((option) => option.label)).toContain('Item number');
    const answer = roles.find((combobox) => combobox.value === 'answer');
    expect(answer).toBeDefined();
    expect(before.some((item) => item.answer.includes('internal audit charter'))).toBe(true);
    answer!.dispatchEvent(new CustomEvent('change', { detail: { value: 'ignored' } }));
    await settle();
    const after = listed(element);
    expect(after).toHaveLength(before.length);
    expect(after.some((item) => item.answer.includes('internal audit charter'))).toBe(false);
    const changed = (
      all(element, 'lightning-combobox.wizard__role') as unknown as { value: string }[]
    ).map((combobox) => combobox.value);
    expect(changed).toContain('ignored');
    await expect(element).toBeAccessible();
  });

  it('reads both question sheets of a workbook, with SheetJS loaded from its static resource', async () => {
    mocked(loadScript).mockImplementation(async () => {
      (window as { XLSX?: unknown }).XLSX = XLSX;
    });
    const book = XLSX.utils.book_new();
    const sheet = (rows: string[][]) => XLSX.utils.aoa_to_sheet(rows);
    XLSX.utils.book_append_sheet(
      book,
      sheet([
        ['項番', '確認事項', '実施有無', '備考'],
        ['1-1', '組織の方針はあるか', '○', '方針あり']
      ]),
      '組織'
    );
    XLSX.utils.book_append_sheet(
      book,
      sheet([
        ['項番', '確認事項', '実施有無', '備考'],
        ['2-1', '物理的な入退室管理をしているか', '△', '一部の拠点']
      ]),
      '物理'
    );
    XLSX.utils.book_append_sheet(book, sheet([]), '空');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
    const element = mount();
    await choose(element, new File([bytes], 'two-sheets.xlsx'));
    expect(loadScript).toHaveBeenCalledTimes(1);
    expect(listed(element).map((item) => [item.sourceSheet, item.itemNumber])).toEqual([
      ['組織', '1-1'],
      ['物理', '2-1']
    ]);
    expect(all(element, '.wizard__sheets li').map(text)).toEqual([
      '組織: read',
      '物理: read',
      '空: not read'
    ]);
    expect(all(element, '.wizard__table legend').map(text)).toEqual([
      '組織, header row 1',
      '物理, header row 1'
    ]);
  });

  it('reads an Excel 97-2003 workbook (.xls) through SheetJS as well', async () => {
    mocked(loadScript).mockImplementation(async () => {
      (window as { XLSX?: unknown }).XLSX = XLSX;
    });
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['項番', '確認事項', '実施有無', '備考'],
        ['1-1', 'Is there a policy?', '○', 'Yes, since 2020']
      ]),
      'Checks'
    );
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }));
    const element = mount();
    await choose(element, new File([bytes], 'legacy.xls'));
    expect(listed(element).map((item) => [item.itemNumber, item.answer])).toEqual([
      ['1-1', 'Yes, since 2020']
    ]);
    expect(text(one(element, '.wizard__detected'))).toMatch(/^legacy\.xls: /);
  });

  it('shows a document that cannot be read through its read error label', async () => {
    const element = mount();
    await choose(element, new File([''], 'empty.csv'));
    expect(text(one(element, '.wizard__read-error'))).not.toBe('');
    expect(one(element, 'lightning-input.wizard__file')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('never renders markup from a document: tags stay out of the DOM, escaped markup shows as text', async () => {
    const element = mount();
    await paste(
      element,
      '項番\t確認事項\t実施有無\t備考\n' +
        '1-1\t<script>alert(1)</script>Is data encrypted?\t○\t<img src=x onerror=alert(1)>AES-256\n' +
        '1-2\tIs access logged?\t○\t&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;\n'
    );
    const items = listed(element);
    expect(items.map((item) => item.itemNumber)).toEqual(['1-1', '1-2']);
    const list = one(element, 'c-checksheet-item-list');
    const shadow = (list as unknown as { shadowRoot: ShadowRoot }).shadowRoot;
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('script')).toBeNull();
    expect(shadow.textContent).toContain('AES-256');
    expect(items[1].answer).toBe('<img src=x onerror=alert(1)> <script>alert(2)</script>');
    expect(shadow.textContent).toContain('<img src=x onerror=alert(1)> <script>alert(2)</script>');
  });

  it('imports with the vendor of its Account, then toasts and lands on the new record', async () => {
    serveStagedImport();
    const element = mount({ recordId: '001000000000001AAA' });
    const toast = jest.fn();
    const imported = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    element.addEventListener('imported', imported);
    await choose(element, sample('globex-meti.txt'));
    expect(duplicatesAdapter.getLastConfig()).toEqual({
      vendorId: '001000000000001AAA',
      sourceFileHash: expect.stringMatching(/^[0-9a-f]{64}$/)
    });
    one(element, 'lightning-input.wizard__service').dispatchEvent(
      new CustomEvent('change', { detail: { value: 'Globex Storage' } })
    );
    await settle();
    await clickImport(element);
    // With its source file: one staged import, so the checksheet and its file are kept together.
    expect(importChecksheet).not.toHaveBeenCalled();
    const [[{ header }]] = mocked(beginImport).mock.calls;
    const [[{ items }]] = mocked(appendItems).mock.calls;
    expect(header).toMatchObject({
      vendorId: '001000000000001AAA',
      serviceName: 'Globex Storage',
      framework: 'METI_Cloud_2013',
      sourceFileName: 'globex-meti.txt',
      itemCount: items.length
    });
    expect(header.reviewerId).toMatch(/^005/);
    expect(mocked(attachSourceFile).mock.calls[0][0]).toMatchObject({
      checksheetId: SUMMARY.id,
      fileName: 'globex-meti.txt'
    });
    expect(toast).toHaveBeenCalledTimes(1);
    expect(imported.mock.calls[0][0].detail).toEqual({ checksheetId: SUMMARY.id });
    expect(navigated).toHaveBeenCalledWith({
      type: 'standard__recordPage',
      attributes: { recordId: SUMMARY.id, actionName: 'view' }
    });
    expect(text(one(element, '.wizard__done'))).toContain('Acme Cloud 1.0');
    await expect(element).toBeAccessible();
  });

  it('warns when the same file was imported for this vendor before, with a link to it', async () => {
    const element = mount({ recordId: '001000000000001AAA' });
    await choose(element, sample('globex-meti.txt'));
    duplicatesAdapter.emit([{ ...SUMMARY, name: 'Globex 2025' }]);
    await settle();
    const warning = one(element, '.wizard__duplicate');
    expect(text(warning)).toContain('already imported for this vendor');
    expect((warning.querySelector('a') as HTMLAnchorElement).getAttribute('href')).toBe(
      `/lightning/r/${SUMMARY.id}/view`
    );
  });

  it('on a failed chunk says what failed and that nothing was saved, keeps the form, navigates nowhere', async () => {
    mocked(beginImport).mockResolvedValue({
      checksheetId: SUMMARY.id,
      importStatus: 'Importing',
      itemsSaved: 0
    });
    mocked(appendItems)
      .mockResolvedValueOnce({
        checksheetId: SUMMARY.id,
        importStatus: 'Importing',
        itemsSaved: 500
      })
      .mockRejectedValueOnce({
        status: 400,
        body: { message: 'Item 1-501: the answer is too long.' }
      });
    mocked(abandonImport).mockResolvedValue(undefined);
    const rows = Array.from(
      { length: 501 },
      (_, i) => `1-${i + 1}\tQuestion ${i + 1}\t○\tAnswer ${i + 1}`
    );
    const element = mount();
    await paste(element, `項番\t確認事項\t実施有無\t備考\n${rows.join('\n')}\n`);
    await pickVendor(element, '001000000000002AAA');
    await clickImport(element);
    expect(abandonImport).toHaveBeenCalledWith({ checksheetId: SUMMARY.id });
    expect(finishImport).not.toHaveBeenCalled();
    const failure = text(one(element, '.wizard__failure'));
    expect(failure).toContain('nothing was saved');
    expect(failure).toContain('part 2 of 2');
    expect(failure).toContain('Item 1-501: the answer is too long.');
    expect(navigated).not.toHaveBeenCalled();
    // The form is kept: the vendor and the items are still there, and Import can be pressed again.
    expect(one<{ value: string }>(element, 'lightning-record-picker.wizard__vendor').value).toBe(
      '001000000000002AAA'
    );
    expect(listed(element)).toHaveLength(501);
    expect(one<HTMLButtonElement>(element, 'lightning-button.wizard__import').disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('shows the progress bar while saving', async () => {
    let answer: (value: unknown) => void = () => undefined;
    serveStagedImport();
    mocked(beginImport).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const element = mount({ recordId: '001000000000001AAA' });
    await paste(element, '項番\t確認事項\t実施有無\t備考\n1-1\tQ\t○\tA\n');
    await clickImport(element);
    const bar = one<{ value: number }>(element, 'lightning-progress-bar');
    expect(bar.value).toBe(0);
    expect(text(one(element, '.wizard__saving'))).toContain('Saving 1 items');
    await expect(element).toBeAccessible();
    answer({ checksheetId: SUMMARY.id, importStatus: 'Importing', itemsSaved: 0 });
    await settle();
    expect(one(element, '.wizard__done')).not.toBeNull();
  });

  it('undoes the import when its source file cannot be attached, and says so', async () => {
    serveStagedImport();
    mocked(attachSourceFile).mockRejectedValue({ body: { message: 'Storage is full.' } });
    mocked(abandonImport).mockResolvedValue(undefined);
    const element = mount({ recordId: '001000000000001AAA' });
    await paste(element, '項番\t確認事項\t実施有無\t備考\n1-1\tQ\t○\tA\n');
    await clickImport(element);
    expect(abandonImport).toHaveBeenCalledWith({ checksheetId: SUMMARY.id });
    expect(finishImport).not.toHaveBeenCalled();
    const failure = text(one(element, '.wizard__failure'));
    expect(failure).toContain('Storage is full.');
    expect(failure).toContain('nothing was saved');
    expect(navigated).not.toHaveBeenCalled();
  });

  it('offers file upload on the new record when the source file is too large to send', async () => {
    mocked(importChecksheet).mockResolvedValue(SUMMARY);
    const element = mount({ recordId: '001000000000001AAA' });
    // A 2 MB preamble: the document is read, but the file is over what an import sends to Apex.
    const big = `${'あ'.repeat(700_000)}\n項番\t確認事項\t実施有無\t備考\n1-1\tQ\t○\tA\n`;
    await paste(element, big);
    await clickImport(element);
    expect(attachSourceFile).not.toHaveBeenCalled();
    expect(text(one(element, '.wizard__source-warning'))).toContain('is larger than');
    const upload = one<{ recordId: string }>(element, 'lightning-file-upload');
    expect(upload.recordId).toBe(SUMMARY.id);
    expect(navigated).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
    (upload as unknown as HTMLElement).dispatchEvent(new CustomEvent('uploadfinished'));
    await settle();
    expect(one(element, 'lightning-file-upload')).toBeNull();
    expect(text(one(element, '.wizard__uploaded'))).toBe('The source file is attached.');
    one(element, 'lightning-button.wizard__open').click();
    expect(navigated).toHaveBeenCalledTimes(1);
    one(element, 'lightning-button.wizard__again').click();
    await settle();
    expect(one(element, 'lightning-input.wizard__file')).not.toBeNull();
  });

  it('tells a user who may not create checksheets why the import is not offered', async () => {
    const element = mount({ recordId: '001000000000001AAA' });
    await paste(element, '項番\t確認事項\t実施有無\t備考\n1-1\tQ\t○\tA\n');
    expect(one(element, '.wizard__cannot-import')).toBeNull();
    expect(one<{ disabled: boolean }>(element, 'lightning-button.wizard__import').disabled).toBe(
      false
    );
    accountInfo.emit({ apiName: 'Checksheet__c', createable: false });
    await settle();
    expect(text(one(element, '.wizard__cannot-import'))).toContain(
      'your access does not allow importing checksheets'
    );
    // The document is still read and shown; only the import is not offered.
    expect(element.shadowRoot?.querySelectorAll('c-checksheet-item-list').length).toBe(1);
    expect(one<{ disabled: boolean }>(element, 'lightning-button.wizard__import').disabled).toBe(
      true
    );
    expect(one(element, '.wizard__create-vendor')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('offers a new vendor only to users who may create Accounts', async () => {
    const element = mount();
    await paste(element, '項番\t確認事項\t実施有無\t備考\n1-1\tQ\t○\tA\n');
    expect(text(one(element, '.wizard__ask-admin'))).toContain('Ask your Salesforce admin');
    expect(one(element, '.wizard__create-vendor')).toBeNull();
    accountInfo.emit({ apiName: 'Account', createable: true });
    await settle();
    expect(one(element, '.wizard__ask-admin')).toBeNull();
    mocked(createRecord).mockResolvedValueOnce({
      id: '001000000000009AAA',
      apiName: 'Account',
      fields: {}
    });
    one(element, 'lightning-input.wizard__new-vendor').dispatchEvent(
      new CustomEvent('change', { detail: { value: 'Hooli' } })
    );
    await settle();
    one(element, 'lightning-button.wizard__create-vendor').click();
    await settle();
    expect(createRecord).toHaveBeenCalledWith({ apiName: 'Account', fields: { Name: 'Hooli' } });
    expect(one<{ value: string }>(element, 'lightning-record-picker.wizard__vendor').value).toBe(
      '001000000000009AAA'
    );
    expect(text(one(element, '.wizard__vendor-message'))).toBe('Vendor Hooli created.');
    mocked(createRecord).mockRejectedValueOnce({ body: { message: 'Duplicate name.' } });
    one(element, 'lightning-input.wizard__new-vendor').dispatchEvent(
      new CustomEvent('change', { detail: { value: 'Hooli' } })
    );
    await settle();
    one(element, 'lightning-button.wizard__create-vendor').click();
    await settle();
    expect(text(one(element, '.wizard__vendor-message'))).toContain('Duplicate name.');
  });

  it('lets the reviewer change every detail before importing', async () => {
    serveStagedImport();
    const element = mount({ recordId: '001000000000001AAA' });
    await paste(element, '項番\t確認事項\t実施有無\t備考\n1-1\tQ\t○\tA\n');
    const set = (selector: string, value: string) =>
      one(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    set('lightning-input.wizard__name', 'Initech 2025');
    set('lightning-input.wizard__version', '3.1');
    set('lightning-input.wizard__issued', '2025-04-01');
    set('lightning-input.wizard__received', '2025-05-01');
    set('lightning-combobox.wizard__framework', 'Custom');
    one(element, 'lightning-record-picker.wizard__reviewer').dispatchEvent(
      new CustomEvent('change', { detail: { recordId: '005000000000002AAA' } })
    );
    await settle();
    await clickImport(element);
    expect(mocked(beginImport).mock.calls[0][0].header).toMatchObject({
      name: 'Initech 2025',
      documentVersion: '3.1',
      issuedOn: '2025-04-01',
      receivedOn: '2025-05-01',
      framework: 'Custom',
      reviewerId: '005000000000002AAA'
    });
  });

  it('goes back to choosing a document and ignores an empty paste', async () => {
    const element = mount();
    one(element, 'lightning-button.wizard__read-paste').click();
    await settle();
    expect(one(element, '.wizard__detected')).toBeNull();
    await paste(element, '項番\t確認事項\t実施有無\t備考\n1-1\tQ\t○\tA\n');
    one(element, 'lightning-button.wizard__start-over').click();
    await settle();
    expect(one(element, '.wizard__detected')).toBeNull();
    expect(one(element, 'lightning-input.wizard__file')).not.toBeNull();
  });

  it('marks the drop zone while a file is dragged over it and reads a dropped file', async () => {
    const element = mount();
    const zone = one(element, '.wizard__drop');
    const over = new CustomEvent('dragover', { cancelable: true });
    zone.dispatchEvent(over);
    await settle();
    expect(over.defaultPrevented).toBe(true);
    expect(one(element, '.wizard__drop').dataset.dragging).toBe('true');
    zone.dispatchEvent(new CustomEvent('dragleave'));
    await settle();
    expect(one(element, '.wizard__drop').dataset.dragging).toBe('false');
    const drop = new CustomEvent('drop', { cancelable: true }) as CustomEvent & {
      dataTransfer: { files: File[] };
    };
    drop.dataTransfer = { files: [sample('acme-whitepaper.txt')] };
    zone.dispatchEvent(drop);
    await settle();
    expect(text(one(element, '.wizard__detected'))).toContain('Numbered document');
    expect(listed(element).length).toBeGreaterThan(0);
  });
});
