/**
 * The staged import as the wizard drives it, against mocked Apex methods: which calls are made,
 * with which parameters, in which order; how items are chunked; what progress is reported; and
 * that a failure after beginImport abandons the import and says what failed.
 */
import { createHash } from 'crypto';
import abandonImportApex from '@salesforce/apex/ChecksheetImportController.abandonImport';
import appendItemsApex from '@salesforce/apex/ChecksheetImportController.appendItems';
import attachSourceFileApex from '@salesforce/apex/ChecksheetImportController.attachSourceFile';
import beginImportApex from '@salesforce/apex/ChecksheetImportController.beginImport';
import finishImportApex from '@salesforce/apex/ChecksheetImportController.finishImport';
import importChecksheetApex from '@salesforce/apex/ChecksheetImportController.importChecksheet';
import {
  ChecksheetApiError,
  chunkItems,
  importParsedChecksheet,
  itemCharacters
} from 'c/checksheetApi';
import type { ImportHeader, ImportItem, ImportProgressEvent } from 'c/checksheetApi';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { IMPORT_LIMITS } from 'c/checksheetSchema';

jest.mock(
  '@salesforce/apex/ChecksheetImportController.beginImport',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.appendItems',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.attachSourceFile',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.finishImport',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.importChecksheet',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetImportController.abandonImport',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const begin = beginImportApex as unknown as jest.Mock;
const append = appendItemsApex as unknown as jest.Mock;
const attach = attachSourceFileApex as unknown as jest.Mock;
const finish = finishImportApex as unknown as jest.Mock;
const importOne = importChecksheetApex as unknown as jest.Mock;
const abandon = abandonImportApex as unknown as jest.Mock;

const CHECKSHEET_ID = 'a01000000000001AAA';
const saved = { id: CHECKSHEET_ID, name: 'Acme Cloud 2.0', importStatus: 'Complete' };

function items(count: number, answer = 'はい、実施しております。'): ImportItem[] {
  return Array.from({ length: count }, (_, i) => ({
    itemNumber: `${i + 1}`,
    section: '1 情報セキュリティ方針',
    question: `質問 ${i + 1}`,
    status: 'Implemented',
    statusMark: '○',
    answer,
    matchKey: `key${i + 1}`,
    sourceSheet: '',
    sortOrder: i + 1,
    responsibility: 'Vendor',
    responsibleParty: '',
    answerFlag: 'None',
    answerFlagReason: '',
    sourceLine: i + 10
  }));
}

function headerFor(list: ImportItem[], overrides: Partial<ImportHeader> = {}): ImportHeader {
  return {
    name: 'Acme Cloud 2.0',
    vendorId: '001000000000001AAA',
    reviewerId: null,
    serviceName: 'Acme Cloud',
    framework: 'METI_Cloud_2013',
    documentVersion: '2.0',
    issuedOn: '2025-04-01',
    receivedOn: null,
    preamble: '',
    sourceFileName: 'acme-cloud-meti-v2.txt',
    sourceFormat: 'meti',
    sourceFileHash: 'c'.repeat(64),
    itemCount: list.length,
    ...overrides
  };
}

const fileBytes = Uint8Array.from(
  Buffer.from('項番\t確認事項\t実施有無\t備考\n1-1\t方針\t○\tはい\n')
);

/** Apex answering every staged call as a working org would. */
function serveStagedImport(): void {
  let itemsSaved = 0;
  begin.mockResolvedValue({
    checksheetId: CHECKSHEET_ID,
    importStatus: 'Importing',
    itemsSaved: 0
  });
  append.mockImplementation(async ({ items: chunk }: { items: ImportItem[] }) => {
    itemsSaved += chunk.length;
    return { checksheetId: CHECKSHEET_ID, importStatus: 'Importing', itemsSaved };
  });
  attach.mockResolvedValue('068000000000001AAA');
  finish.mockResolvedValue(saved);
  abandon.mockResolvedValue(undefined);
  importOne.mockResolvedValue(saved);
}

/** The Apex methods in the order they were called. */
function callOrder(): string[] {
  const named: [string, jest.Mock][] = [
    ['beginImport', begin],
    ['appendItems', append],
    ['attachSourceFile', attach],
    ['finishImport', finish],
    ['importChecksheet', importOne],
    ['abandonImport', abandon]
  ];
  return named
    .flatMap(([name, mock]) => mock.mock.invocationCallOrder.map((order) => ({ name, order })))
    .sort((a, b) => a.order - b.order)
    .map(({ name }) => name);
}

beforeEach(() => {
  serveStagedImport();
});

afterEach(() => {
  jest.resetAllMocks();
});

describe('a sheet that fits one chunk', () => {
  it('with its source file is begun, appended once, given its file and finished: saved or undone together', async () => {
    const list = items(300);
    const header = headerFor(list);
    const events: ImportProgressEvent[] = [];
    const result = await importParsedChecksheet(
      { header, items: list, sourceBytes: fileBytes, sourceFileName: 'acme.tsv' },
      { onProgress: (event) => events.push(event) }
    );
    // The server attaches a file only to an open import, so the file goes in before finishImport.
    expect(callOrder()).toEqual(['beginImport', 'appendItems', 'attachSourceFile', 'finishImport']);
    expect(importOne).not.toHaveBeenCalled();
    expect(attach).toHaveBeenCalledWith({
      checksheetId: CHECKSHEET_ID,
      fileName: 'acme.tsv',
      base64Data: Buffer.from(fileBytes).toString('base64')
    });
    expect(events.map((event) => event.step)).toEqual([
      'beginImport',
      'appendItems',
      'attachSourceFile',
      'finishImport'
    ]);
    expect(events[3]).toEqual({ done: 4, total: 4, step: 'finishImport', itemsSaved: 300 });
    expect(result).toEqual({ checksheet: saved, sourceAttached: true, warnings: [] });
  });

  it('without a source file is one call and reports the file as not attached', async () => {
    const list = items(3);
    const events: ImportProgressEvent[] = [];
    const result = await importParsedChecksheet(
      { header: headerFor(list), items: list },
      { onProgress: (event) => events.push(event) }
    );
    expect(callOrder()).toEqual(['importChecksheet']);
    expect(importOne).toHaveBeenCalledWith({ header: headerFor(list), items: list });
    expect(events).toEqual([{ done: 1, total: 1, step: 'importChecksheet', itemsSaved: 3 }]);
    expect(result).toEqual({ checksheet: saved, sourceAttached: false, warnings: [] });
  });

  it('keeps the SHA-256 of the source bytes on the checksheet when the header has none', async () => {
    const list = items(2);
    await importParsedChecksheet({
      header: headerFor(list, { sourceFileHash: '' }),
      items: list,
      sourceBytes: fileBytes
    });
    expect(begin.mock.calls[0][0].header.sourceFileHash).toBe(
      createHash('sha256').update(fileBytes).digest('hex')
    );
  });

  it('names the attached file after the header, else the parsed document', async () => {
    const list = items(1);
    await importParsedChecksheet({ header: headerFor(list), items: list, sourceBytes: fileBytes });
    await importParsedChecksheet({
      parsed: { fileName: 'from-parsed.txt' } as ParsedChecksheet,
      header: headerFor(list, { sourceFileName: '' }),
      items: list,
      sourceBytes: fileBytes
    });
    expect(attach.mock.calls.map(([params]) => params.fileName)).toEqual([
      'acme-cloud-meti-v2.txt',
      'from-parsed.txt'
    ]);
  });

  it('undoes the whole import when its file fails to attach, and says why', async () => {
    attach.mockRejectedValue({ body: { message: 'Storage limit exceeded' } });
    const list = items(5);
    const error = await importParsedChecksheet({
      header: headerFor(list),
      items: list,
      sourceBytes: fileBytes
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'importFailed',
      step: 'attachSourceFile',
      message: 'Attaching the source file failed: Storage limit exceeded. Nothing was saved.'
    });
    expect(callOrder()).toEqual([
      'beginImport',
      'appendItems',
      'attachSourceFile',
      'abandonImport'
    ]);
  });

  it('rejects with the server message when importChecksheet fails, and abandons nothing', async () => {
    importOne.mockRejectedValue({ body: { message: 'この取引先を参照する権限がありません。' } });
    const list = items(5);
    const error = await importParsedChecksheet({
      header: headerFor(list),
      items: list
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksheetApiError);
    expect(error).toMatchObject({
      code: 'importFailed',
      step: 'importChecksheet',
      message:
        'Saving the checksheet failed: この取引先を参照する権限がありません。 Nothing was saved.',
      messages: ['この取引先を参照する権限がありません。']
    });
    expect(callOrder()).toEqual(['importChecksheet']);
  });
});

describe('a sheet larger than one chunk', () => {
  it('is begun, appended in chunks of 500 (1,234 items: 3 chunks), given its file and finished', async () => {
    const list = items(1234);
    const header = headerFor(list);
    const events: ImportProgressEvent[] = [];
    const result = await importParsedChecksheet(
      { header, items: list, sourceBytes: fileBytes, sourceFileName: 'acme.tsv' },
      { onProgress: (event) => events.push(event) }
    );
    expect(callOrder()).toEqual([
      'beginImport',
      'appendItems',
      'appendItems',
      'appendItems',
      'attachSourceFile',
      'finishImport'
    ]);
    expect(begin).toHaveBeenCalledWith({ header });
    expect(append.mock.calls.map(([params]) => Object.keys(params).sort())).toEqual([
      ['checksheetId', 'items'],
      ['checksheetId', 'items'],
      ['checksheetId', 'items']
    ]);
    expect(append.mock.calls.map(([params]) => params.checksheetId)).toEqual([
      CHECKSHEET_ID,
      CHECKSHEET_ID,
      CHECKSHEET_ID
    ]);
    expect(append.mock.calls.map(([params]) => params.items.length)).toEqual([500, 500, 234]);
    // Every item once, in document order.
    expect(append.mock.calls.flatMap(([params]) => params.items)).toEqual(list);
    expect(attach).toHaveBeenCalledWith({
      checksheetId: CHECKSHEET_ID,
      fileName: 'acme.tsv',
      base64Data: Buffer.from(fileBytes).toString('base64')
    });
    expect(finish).toHaveBeenCalledWith({ checksheetId: CHECKSHEET_ID });
    expect(events).toEqual([
      { done: 1, total: 6, step: 'beginImport', itemsSaved: 0 },
      { done: 2, total: 6, step: 'appendItems', itemsSaved: 500 },
      { done: 3, total: 6, step: 'appendItems', itemsSaved: 1000 },
      { done: 4, total: 6, step: 'appendItems', itemsSaved: 1234 },
      { done: 5, total: 6, step: 'attachSourceFile', itemsSaved: 1234 },
      { done: 6, total: 6, step: 'finishImport', itemsSaved: 1234 }
    ]);
    expect(result).toEqual({ checksheet: saved, sourceAttached: true, warnings: [] });
  });

  it('splits a few huge answers by characters, every chunk within the character bound', async () => {
    const list = items(40, 'あ'.repeat(131072));
    await importParsedChecksheet({ header: headerFor(list), items: list });
    const chunks: ImportItem[][] = append.mock.calls.map(([params]) => params.items);
    const perItem = itemCharacters(list[0]);
    const fit = Math.floor(IMPORT_LIMITS.charactersPerChunk / perItem);
    expect(fit).toBe(7);
    expect(chunks.map((chunk) => chunk.length)).toEqual([7, 7, 7, 7, 7, 5]);
    for (const chunk of chunks) {
      const characters = chunk.reduce((sum, item) => sum + itemCharacters(item), 0);
      expect(characters).toBeLessThanOrEqual(IMPORT_LIMITS.charactersPerChunk);
    }
    expect(callOrder()).toEqual([
      'beginImport',
      ...chunks.map(() => 'appendItems'),
      'finishImport'
    ]);
  });

  it('abandons the import when a chunk fails, and the server message surfaces', async () => {
    append
      .mockResolvedValueOnce({
        checksheetId: CHECKSHEET_ID,
        importStatus: 'Importing',
        itemsSaved: 500
      })
      .mockRejectedValueOnce({
        status: 500,
        body: { message: 'Answer__c is longer than 131072 characters (item 6-7).' }
      });
    const list = items(1234);
    const events: ImportProgressEvent[] = [];
    const error = await importParsedChecksheet(
      { header: headerFor(list), items: list, sourceBytes: fileBytes },
      { onProgress: (event) => events.push(event) }
    ).catch((e: unknown) => e);
    expect(callOrder()).toEqual(['beginImport', 'appendItems', 'appendItems', 'abandonImport']);
    expect(abandon).toHaveBeenCalledWith({ checksheetId: CHECKSHEET_ID });
    expect(error).toBeInstanceOf(ChecksheetApiError);
    expect(error).toMatchObject({
      code: 'importFailed',
      step: 'appendItems',
      chunk: { number: 2, count: 3 },
      status: 500,
      message:
        'Saving items (part 2 of 3) failed: Answer__c is longer than 131072 characters (item 6-7). Nothing was saved.',
      messages: ['Answer__c is longer than 131072 characters (item 6-7).']
    });
    expect(events.map((event) => event.step)).toEqual(['beginImport', 'appendItems']);
  });

  it('says both when abandoning the failed import fails too', async () => {
    append.mockRejectedValue({ body: { message: 'Unable to lock row' } });
    abandon.mockRejectedValue({ body: { message: 'Insufficient access rights' } });
    const list = items(501);
    const error = await importParsedChecksheet({ header: headerFor(list), items: list }).catch(
      (e: unknown) => e
    );
    expect(error).toMatchObject({
      code: 'importNotAbandoned',
      step: 'appendItems',
      chunk: { number: 1, count: 2 },
      message:
        'Saving items (part 1 of 2) failed: Unable to lock row. Removing the unfinished import failed too: Insufficient access rights. An administrator can delete it from the Incomplete imports list.',
      abandonError: { code: 'server', message: 'Insufficient access rights' }
    });
    expect(callOrder()).toEqual(['beginImport', 'appendItems', 'abandonImport']);
  });

  it('abandons nothing when beginImport fails: nothing was created', async () => {
    begin.mockRejectedValue({
      body: { message: 'The checksheet has 60000 items; the limit is 50000.' }
    });
    const list = items(600);
    const error = await importParsedChecksheet({ header: headerFor(list), items: list }).catch(
      (e: unknown) => e
    );
    expect(error).toMatchObject({
      code: 'importFailed',
      step: 'beginImport',
      message:
        'Starting the import failed: The checksheet has 60000 items; the limit is 50000. Nothing was saved.'
    });
    expect(callOrder()).toEqual(['beginImport']);
  });

  it.each([
    ['attachSourceFile', 'Attaching the source file failed: File too large.'],
    ['finishImport', 'Finishing the import failed: 1233 items were saved; the document has 1234.']
  ])('abandons the import when %s fails', async (step, text) => {
    const failing = step === 'attachSourceFile' ? attach : finish;
    failing.mockRejectedValue(new Error(text.replace(/^.*failed: /, '')));
    const list = items(1234);
    const error = await importParsedChecksheet({
      header: headerFor(list),
      items: list,
      sourceBytes: fileBytes
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'importFailed',
      step,
      message: `${text} Nothing was saved.`
    });
    expect(callOrder().slice(-2)).toEqual([step, 'abandonImport']);
    expect(abandon).toHaveBeenCalledWith({ checksheetId: CHECKSHEET_ID });
  });
});

describe('the source file', () => {
  it('is sent when it is exactly the limit, and not when one byte larger', async () => {
    const list = items(2);
    const atLimit = new Uint8Array(IMPORT_LIMITS.sourceFileBytes).fill(0x41);
    const attached = await importParsedChecksheet({
      header: headerFor(list),
      items: list,
      sourceBytes: atLimit
    });
    expect(attached.sourceAttached).toBe(true);
    expect(attach.mock.calls[0][0].base64Data).toHaveLength(
      Math.ceil(IMPORT_LIMITS.sourceFileBytes / 3) * 4
    );

    attach.mockClear();
    const justOver = await importParsedChecksheet({
      header: headerFor(list),
      items: list,
      sourceBytes: new Uint8Array(IMPORT_LIMITS.sourceFileBytes + 1)
    });
    expect(attach).not.toHaveBeenCalled();
    expect(justOver.sourceAttached).toBe(false);
  });

  it('too large is not sent, and the reviewer is told to upload it', async () => {
    const list = items(2);
    const result = await importParsedChecksheet({
      header: headerFor(list),
      items: list,
      sourceBytes: new Uint8Array(4 * 1024 * 1024),
      sourceFileName: 'big.xlsx'
    });
    expect(attach).not.toHaveBeenCalled();
    expect(result).toEqual({
      checksheet: saved,
      sourceAttached: false,
      warnings: [
        {
          code: 'sourceFileTooLarge',
          message:
            'big.xlsx (4 MB) is larger than 1.9 MB, the most an import sends through Apex: attach it to the checksheet with Upload Files.',
          params: { fileName: 'big.xlsx', bytes: 4194304, limitBytes: 2000000 }
        }
      ]
    });
  });

  it('too large for a staged import is left out of the steps', async () => {
    const list = items(700);
    const events: ImportProgressEvent[] = [];
    const result = await importParsedChecksheet(
      {
        header: headerFor(list, { sourceFileHash: '' }),
        items: list,
        sourceBytes: new Uint8Array(IMPORT_LIMITS.sourceFileBytes + 1)
      },
      { onProgress: (event) => events.push(event) }
    );
    expect(callOrder()).toEqual(['beginImport', 'appendItems', 'appendItems', 'finishImport']);
    expect(events.map((event) => `${event.done}/${event.total}`)).toEqual([
      '1/4',
      '2/4',
      '3/4',
      '4/4'
    ]);
    expect(result.sourceAttached).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['sourceFileTooLarge']);
    // Its hash is still kept, so a second import of the same file is recognised.
    expect(begin.mock.calls[0][0].header.sourceFileHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('importParsedChecksheet refuses before calling Apex', () => {
  it('items that do not match the header count', async () => {
    const list = items(3);
    await expect(
      importParsedChecksheet({ header: headerFor(list, { itemCount: 4 }), items: list })
    ).rejects.toThrow('The checksheet counts 4 items but 3 were given to save.');
    expect(callOrder()).toEqual([]);
  });
});

describe('chunkItems', () => {
  it('fills a chunk to exactly the item bound', () => {
    expect(chunkItems(items(1000)).map((chunk) => chunk.length)).toEqual([500, 500]);
    expect(chunkItems(items(501)).map((chunk) => chunk.length)).toEqual([500, 1]);
    expect(chunkItems([])).toEqual([]);
  });

  it('fills a chunk to exactly the character bound, counting every text property', () => {
    const list = items(4);
    const size = itemCharacters(list[0]);
    expect(size).toBe(
      list[0].itemNumber.length +
        list[0].section.length +
        list[0].question.length +
        list[0].status.length +
        list[0].statusMark.length +
        list[0].answer.length +
        list[0].matchKey.length
    );
    const limits = { itemsPerChunk: 500, charactersPerChunk: size * 2 };
    expect(chunkItems(list, limits).map((chunk) => chunk.length)).toEqual([2, 2]);
    expect(chunkItems(list, { ...limits, charactersPerChunk: size * 2 - 1 }).length).toBe(4);
  });

  it('puts an item larger than a whole chunk alone', () => {
    const list = [...items(1), ...items(1, 'x'.repeat(100)), ...items(1)];
    expect(
      chunkItems(list, { itemsPerChunk: 10, charactersPerChunk: 50 }).map((c) => c.length)
    ).toEqual([1, 1, 1]);
  });
});
