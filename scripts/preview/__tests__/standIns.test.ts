/**
 * The stand-ins for what the OSS base components lack, over the real registry: the file upload
 * hands the file's bytes to the data layer and fires `uploadfinished`; the record picker offers
 * the data layer's records and fires `change` with the record Id; uiRecordApi reads fields and
 * refreshes a wired record when told it changed. The implementations registered here stand in
 * for the data layer (as an imperative Apex mock does in a component test).
 */
import { createElement } from 'lwc';
import FileUpload from '../modules/lightning/fileUpload/fileUpload';
import RecordPicker from '../modules/lightning/recordPicker/recordPicker';
import {
  getFieldDisplayValue,
  getFieldValue,
  getRecord,
  notifyRecordUpdateAvailable
} from '../modules/lightning/uiRecordApi/uiRecordApi';
import { registerApexMethod } from '../platform/apexRegistry';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits (a few event-loop turns at most) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 50 && !done(); turn++) await settle();
}

// jsdom's Blob has no arrayBuffer() (browsers have): read it the older way.
if (!('arrayBuffer' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    value(this: Blob) {
      return new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    }
  });
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('lightning-file-upload', () => {
  it('sends the chosen file to the data layer and fires uploadfinished', async () => {
    const upload = jest.fn().mockReturnValue({ documentId: '069A', contentVersionId: '068A' });
    registerApexMethod('lightningFileUpload.uploadFile', upload);
    const element = createElement('lightning-file-upload', { is: FileUpload });
    Object.assign(element, { label: 'Source file', recordId: 'a01', accept: ['.csv'] });
    document.body.appendChild(element);
    const finished = jest.fn();
    element.addEventListener('uploadfinished', finished);

    const input = element.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.accept).toBe('.csv');
    const file = new File(['項番,確認事項\n1,ok'], 'sheet.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await until(() => finished.mock.calls.length > 0);

    expect(upload).toHaveBeenCalledTimes(1);
    const params = upload.mock.calls[0][0];
    expect(params).toMatchObject({ recordId: 'a01', fileName: 'sheet.csv', mimeType: 'text/csv' });
    expect(Buffer.from(params.base64Data, 'base64').toString('utf8')).toBe('項番,確認事項\n1,ok');
    expect(finished).toHaveBeenCalledTimes(1);
    expect(finished.mock.calls[0][0].detail).toEqual({
      files: [
        { name: 'sheet.csv', documentId: '069A', contentVersionId: '068A', mimeType: 'text/csv' }
      ]
    });
  });

  it('shows the refusal under the control', async () => {
    registerApexMethod('lightningFileUpload.uploadFile', () => {
      throw new Error('File too large');
    });
    const element = createElement('lightning-file-upload', { is: FileUpload });
    document.body.appendChild(element);
    const input = element.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['x'], 'x.txt')],
      configurable: true
    });
    input.dispatchEvent(new Event('change'));
    await until(() => element.shadowRoot!.querySelector('[role="alert"]') !== null);
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent).toBe('File too large');
  });
});

describe('lightning-record-picker', () => {
  it('offers the data layer’s records and fires change with the chosen record Id', async () => {
    const search = jest.fn().mockReturnValue([
      { id: '001A', name: 'Acme Cloud Co.' },
      { id: '001B', name: 'Globex' }
    ]);
    registerApexMethod('lightningRecordPicker.search', search);
    const element = createElement('lightning-record-picker', { is: RecordPicker });
    Object.assign(element, { label: 'Vendor', objectApiName: 'Account' });
    document.body.appendChild(element);
    await settle();
    await settle();

    expect(search).toHaveBeenCalledWith(
      { objectApiName: 'Account', filter: null },
      expect.anything()
    );
    const combobox = element.shadowRoot!.querySelector('lightning-combobox') as HTMLElement & {
      options: unknown[];
      label: string;
    };
    expect(combobox.label).toBe('Vendor');
    expect(combobox.options).toEqual([
      { label: 'Acme Cloud Co.', value: '001A' },
      { label: 'Globex', value: '001B' }
    ]);

    const changes: unknown[] = [];
    const outside = jest.fn();
    document.body.addEventListener('change', outside);
    element.addEventListener('change', (event) => changes.push((event as CustomEvent).detail));
    combobox.dispatchEvent(
      new CustomEvent('change', { detail: { value: '001B' }, bubbles: true, composed: true })
    );
    expect(changes).toEqual([{ recordId: '001B' }]);
    // Only the picker's own change reaches the page, not the combobox's.
    expect(outside).not.toHaveBeenCalled();
    expect((element as unknown as { value: string }).value).toBe('001B');
    document.body.removeEventListener('change', outside);
  });
});

describe('lightning/uiRecordApi', () => {
  const record = {
    id: 'a01',
    apiName: 'Checksheet__c',
    fields: {
      Name: { value: 'Acme Cloud 1.0', displayValue: null },
      Vendor__r: {
        value: {
          id: '001A',
          apiName: 'Account',
          fields: { Name: { value: 'Acme', displayValue: null } }
        },
        displayValue: 'Acme'
      }
    }
  };

  it('reads a field and a field across a relationship', () => {
    expect(getFieldValue(record, 'Checksheet__c.Name')).toBe('Acme Cloud 1.0');
    expect(
      getFieldValue(record, { objectApiName: 'Checksheet__c', fieldApiName: 'Vendor__r.Name' })
    ).toBe('Acme');
    expect(getFieldDisplayValue(record, 'Checksheet__c.Vendor__r')).toBe('Acme');
    expect(getFieldValue(record, 'Checksheet__c.Missing__c')).toBeUndefined();
  });

  it('wires getRecord with field names as strings, and refreshes it on notifyRecordUpdateAvailable', async () => {
    let version = 0;
    const get = jest.fn().mockImplementation(() => ({ ...record, version: ++version }));
    registerApexMethod('uiRecordApi.getRecord', get);
    const emitted: Array<{ data?: { version: number } }> = [];
    const adapter = new getRecord((value) => emitted.push(value as { data?: { version: number } }));
    adapter.connect();
    adapter.update({
      recordId: 'a01',
      fields: [{ objectApiName: 'Checksheet__c', fieldApiName: 'Name' }]
    });
    await settle();
    expect(get.mock.calls[0][0]).toEqual({ recordId: 'a01', fields: ['Checksheet__c.Name'] });
    expect(emitted.at(-1)?.data?.version).toBe(1);
    await notifyRecordUpdateAvailable([{ recordId: 'a02' }]);
    expect(get).toHaveBeenCalledTimes(1);
    await notifyRecordUpdateAvailable([{ recordId: 'a01' }]);
    expect(emitted.at(-1)?.data?.version).toBe(2);
  });
});
