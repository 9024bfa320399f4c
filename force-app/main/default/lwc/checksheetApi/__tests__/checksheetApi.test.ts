/**
 * The Apex door: each function calls its Apex method with the parameters named as in Apex (the
 * contract), returns what Apex answered, and turns every rejection into a ChecksheetApiError whose
 * message is the server's text.
 */
import abandonImportApex from '@salesforce/apex/ChecksheetImportController.abandonImport';
import appendItemsApex from '@salesforce/apex/ChecksheetImportController.appendItems';
import attachSourceFileApex from '@salesforce/apex/ChecksheetImportController.attachSourceFile';
import beginImportApex from '@salesforce/apex/ChecksheetImportController.beginImport';
import findDuplicateImportsApex from '@salesforce/apex/ChecksheetImportController.findDuplicateImports';
import finishImportApex from '@salesforce/apex/ChecksheetImportController.finishImport';
import importChecksheetApex from '@salesforce/apex/ChecksheetImportController.importChecksheet';
import getChecksheetApex from '@salesforce/apex/ChecksheetReadController.getChecksheet';
import getHomeListsApex from '@salesforce/apex/ChecksheetReadController.getHomeLists';
import getItemPageApex from '@salesforce/apex/ChecksheetReadController.getItemPage';
import getOpenFollowUpsApex from '@salesforce/apex/ChecksheetReadController.getOpenFollowUps';
import getVendorChecksheetsApex from '@salesforce/apex/ChecksheetReadController.getVendorChecksheets';
import createFollowUpsApex from '@salesforce/apex/ChecksheetReviewController.createFollowUps';
import saveVerdictsApex from '@salesforce/apex/ChecksheetReviewController.saveVerdicts';
import setReviewStatusApex from '@salesforce/apex/ChecksheetReviewController.setReviewStatus';
import setReviewerApex from '@salesforce/apex/ChecksheetReviewController.setReviewer';
import {
  ChecksheetApiError,
  abandonImport,
  appendItems,
  attachSourceFile,
  beginImport,
  createFollowUps,
  findDuplicateImports,
  findDuplicateImportsAdapter,
  finishImport,
  getChecksheet,
  getChecksheetAdapter,
  getHomeLists,
  getHomeListsAdapter,
  getItemPage,
  getItemPageAdapter,
  getOpenFollowUps,
  getOpenFollowUpsAdapter,
  getVendorChecksheets,
  getVendorChecksheetsAdapter,
  importChecksheet,
  loadAllItems,
  refreshApex,
  saveVerdicts,
  setReviewStatus,
  setReviewer,
  toChecksheetApiError
} from 'c/checksheetApi';
import type {
  ChecksheetItemDto,
  ChecksheetSummary,
  ImportHeader,
  ImportItem,
  ItemPage
} from 'c/checksheetApi';

jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn() }), { virtual: true });
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
jest.mock(
  '@salesforce/apex/ChecksheetImportController.findDuplicateImports',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReadController.getChecksheet',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex/ChecksheetReadController.getItemPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/ChecksheetReadController.getVendorChecksheets',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReadController.getHomeLists',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReadController.getOpenFollowUps',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReviewController.saveVerdicts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReviewController.setReviewStatus',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReviewController.setReviewer',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetReviewController.createFollowUps',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const mocked = (apex: unknown): jest.Mock => apex as jest.Mock;

const CHECKSHEET_ID = 'a01000000000001AAA';
const VENDOR_ID = '001000000000001AAA';

const header: ImportHeader = {
  name: 'Acme Cloud 2.0',
  vendorId: VENDOR_ID,
  reviewerId: null,
  serviceName: 'Acme Cloud',
  framework: 'METI_Cloud_2013',
  documentVersion: '2.0',
  issuedOn: '2025-04-01',
  receivedOn: null,
  preamble: 'Acme Cloud セキュリティチェックシート',
  sourceFileName: 'acme-cloud-meti-v2.txt',
  sourceFormat: 'meti',
  sourceFileHash: 'a'.repeat(64),
  itemCount: 1
};

const importItem: ImportItem = {
  itemNumber: '1-1',
  section: '1 情報セキュリティのための方針群',
  question: '情報セキュリティに関する基本方針を定めること。',
  status: 'Implemented',
  statusMark: '○',
  answer: '基本方針を定め、公開しております。',
  matchKey: 'k',
  sourceSheet: '',
  sortOrder: 1,
  sourceLine: 20,
  responsibility: 'Vendor',
  responsibleParty: '',
  answerFlag: 'None',
  answerFlagReason: ''
};

const summary: ChecksheetSummary = {
  id: CHECKSHEET_ID,
  name: 'Acme Cloud 2.0',
  importStatus: 'Complete',
  itemCount: 1
};

afterEach(() => {
  jest.resetAllMocks();
});

describe('each function calls its Apex method with the Apex parameter names', () => {
  const cases: [string, () => Promise<unknown>, unknown, Record<string, unknown>][] = [
    ['beginImport', () => beginImport(header), beginImportApex, { header }],
    [
      'appendItems',
      () => appendItems(CHECKSHEET_ID, [importItem]),
      appendItemsApex,
      { checksheetId: CHECKSHEET_ID, items: [importItem] }
    ],
    [
      'attachSourceFile',
      () => attachSourceFile(CHECKSHEET_ID, 'acme.txt', 'QUJD'),
      attachSourceFileApex,
      { checksheetId: CHECKSHEET_ID, fileName: 'acme.txt', base64Data: 'QUJD' }
    ],
    [
      'finishImport',
      () => finishImport(CHECKSHEET_ID),
      finishImportApex,
      { checksheetId: CHECKSHEET_ID }
    ],
    [
      'importChecksheet',
      () => importChecksheet(header, [importItem]),
      importChecksheetApex,
      { header, items: [importItem] }
    ],
    [
      'abandonImport',
      () => abandonImport(CHECKSHEET_ID),
      abandonImportApex,
      { checksheetId: CHECKSHEET_ID }
    ],
    [
      'findDuplicateImports',
      () => findDuplicateImports(VENDOR_ID, 'b'.repeat(64)),
      findDuplicateImportsApex,
      { vendorId: VENDOR_ID, sourceFileHash: 'b'.repeat(64) }
    ],
    [
      'getChecksheet',
      () => getChecksheet(CHECKSHEET_ID),
      getChecksheetApex,
      { checksheetId: CHECKSHEET_ID }
    ],
    [
      'getItemPage',
      () => getItemPage(CHECKSHEET_ID, 2000, 500),
      getItemPageApex,
      { checksheetId: CHECKSHEET_ID, afterSortOrder: 2000, pageSize: 500 }
    ],
    [
      'getVendorChecksheets',
      () => getVendorChecksheets(VENDOR_ID),
      getVendorChecksheetsApex,
      { vendorId: VENDOR_ID }
    ],
    ['getHomeLists', () => getHomeLists(20), getHomeListsApex, { maxRows: 20 }],
    [
      'getOpenFollowUps',
      () => getOpenFollowUps(CHECKSHEET_ID),
      getOpenFollowUpsApex,
      { checksheetId: CHECKSHEET_ID }
    ],
    [
      'saveVerdicts',
      () => saveVerdicts([{ itemId: 'a02000000000001AAA', verdict: 'Acceptable', comment: null }]),
      saveVerdictsApex,
      { changes: [{ itemId: 'a02000000000001AAA', verdict: 'Acceptable', comment: null }] }
    ],
    [
      'setReviewStatus',
      () => setReviewStatus(CHECKSHEET_ID, 'Approved', '2026-04-01'),
      setReviewStatusApex,
      { checksheetId: CHECKSHEET_ID, reviewStatus: 'Approved', nextReviewOn: '2026-04-01' }
    ],
    [
      'setReviewer',
      () => setReviewer(CHECKSHEET_ID, '005000000000001AAA'),
      setReviewerApex,
      { checksheetId: CHECKSHEET_ID, reviewerId: '005000000000001AAA' }
    ],
    [
      'createFollowUps',
      () => createFollowUps(['a02000000000001AAA', 'a02000000000002AAA'], '2025-05-01'),
      createFollowUpsApex,
      { itemIds: ['a02000000000001AAA', 'a02000000000002AAA'], dueDate: '2025-05-01' }
    ]
  ];

  it.each(cases)('%s', async (_name, call, apex, params) => {
    const answerOfApex = { answered: _name };
    mocked(apex).mockResolvedValue(answerOfApex);
    const result = await call();
    expect(mocked(apex)).toHaveBeenCalledTimes(1);
    // Exactly these keys, no others: Apex matches parameters by name.
    expect(Object.keys(mocked(apex).mock.calls[0][0]).sort()).toEqual(Object.keys(params).sort());
    expect(mocked(apex).mock.calls[0][0]).toEqual(params);
    // abandonImport is void in Apex: its function answers nothing.
    expect(result).toBe(_name === 'abandonImport' ? undefined : answerOfApex);
  });

  it.each(cases)(
    '%s rejects with the server message as a ChecksheetApiError',
    async (_n, call, apex) => {
      mocked(apex).mockRejectedValue({
        status: 400,
        body: { message: 'Vendor is not visible to you.' }
      });
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChecksheetApiError);
      expect(error).toMatchObject({
        code: 'server',
        message: 'Vendor is not visible to you.',
        status: 400
      });
    }
  );

  it('sends null for the omitted optional parameters that Apex defaults', async () => {
    mocked(getItemPageApex).mockResolvedValue({ checksheet: summary, items: [] });
    mocked(setReviewStatusApex).mockResolvedValue(summary);
    await getItemPage(CHECKSHEET_ID, null);
    await setReviewStatus(CHECKSHEET_ID, 'In_Review');
    expect(mocked(getItemPageApex).mock.calls[0][0]).toEqual({
      checksheetId: CHECKSHEET_ID,
      afterSortOrder: null,
      pageSize: undefined
    });
    expect(mocked(setReviewStatusApex).mock.calls[0][0]).toStrictEqual({
      checksheetId: CHECKSHEET_ID,
      reviewStatus: 'In_Review',
      nextReviewOn: null
    });
  });

  it('normalises an Apex module that throws instead of rejecting', async () => {
    mocked(getChecksheetApex).mockImplementation(() => {
      throw new TypeError('apex is not a function');
    });
    await expect(getChecksheet(CHECKSHEET_ID)).rejects.toMatchObject({
      name: 'ChecksheetApiError',
      code: 'browser',
      message: 'apex is not a function'
    });
  });
});

describe('wire adapters', () => {
  it('are the cacheable Apex methods themselves, which the wire service knows by identity', () => {
    expect(getChecksheetAdapter).toBe(getChecksheetApex);
    expect(getItemPageAdapter).toBe(getItemPageApex);
    expect(getVendorChecksheetsAdapter).toBe(getVendorChecksheetsApex);
    expect(getHomeListsAdapter).toBe(getHomeListsApex);
    expect(getOpenFollowUpsAdapter).toBe(getOpenFollowUpsApex);
    expect(findDuplicateImportsAdapter).toBe(findDuplicateImportsApex);
  });

  it('refreshApex hands the wired value to the platform', async () => {
    const wired = { data: summary };
    const refreshed = Promise.resolve();
    const platform = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex');
    platform.refreshApex.mockReturnValue(refreshed);
    expect(refreshApex(wired)).toBe(refreshed);
    expect(platform.refreshApex).toHaveBeenCalledWith(wired);
  });
});

describe('toChecksheetApiError', () => {
  it.each([
    [
      'an AuraHandledException',
      {
        status: 500,
        statusText: 'Server Error',
        body: {
          message: 'このチェックシートを編集する権限がありません。',
          isUserDefinedException: true
        }
      },
      'server',
      'このチェックシートを編集する権限がありません。',
      500
    ],
    [
      'a UI API read error list',
      {
        status: 404,
        body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
      },
      'server',
      'The requested resource does not exist',
      404
    ],
    [
      'a DML failure with page and field errors',
      {
        body: {
          pageErrors: [
            {
              statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
              message: 'Issued On is in the future.'
            }
          ],
          fieldErrors: {
            Name: [
              {
                statusCode: 'REQUIRED_FIELD_MISSING',
                message: 'Required fields are missing: [Name]'
              }
            ]
          }
        }
      },
      'server',
      'Issued On is in the future.; Required fields are missing: [Name]',
      undefined
    ],
    [
      'a UI API write error (its specific errors, not the generic message)',
      {
        status: 400,
        body: {
          message: 'An error occurred while trying to update the record. Please try again.',
          output: {
            errors: [],
            fieldErrors: { Answer__c: [{ message: 'Answer: data value too large' }] }
          }
        }
      },
      'server',
      'Answer: data value too large',
      400
    ],
    [
      'a JavaScript Error',
      new RangeError('Invalid array length'),
      'browser',
      'Invalid array length',
      undefined
    ],
    ['a string', 'Disconnected or Canceled', 'browser', 'Disconnected or Canceled', undefined],
    [
      'an array of errors, repeats dropped',
      [{ body: { message: 'A' } }, { body: { message: 'A' } }, new Error('B')],
      'server',
      'A; B',
      undefined
    ],
    [
      'a response with only a status text',
      { status: 503, statusText: 'Service Unavailable', body: null },
      'server',
      'Service Unavailable',
      503
    ],
    [
      'a rejection without any text',
      { status: 500, body: { message: '  ' } },
      'unknown',
      'The request failed (HTTP 500) without saying why.',
      500
    ],
    ['undefined', undefined, 'unknown', 'The request failed without saying why.', undefined],
    ['an empty array', [], 'unknown', 'The request failed without saying why.', undefined],
    ['a blank string', ' ', 'unknown', 'The request failed without saying why.', undefined]
  ])('reads %s', (_what, reason, code, message, status) => {
    const error = toChecksheetApiError(reason);
    expect(error).toBeInstanceOf(ChecksheetApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ChecksheetApiError');
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.status).toBe(status);
    expect(error.cause).toBe(reason);
  });

  it('keeps each message separately for a list in the UI', () => {
    const error = toChecksheetApiError({
      body: { pageErrors: [{ message: 'One.' }, { message: 'Two.' }, 'Three.'] }
    });
    expect(error.messages).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('returns a ChecksheetApiError as it is', () => {
    const error = new ChecksheetApiError('importFailed', 'appendItems failed');
    expect(toChecksheetApiError(error)).toBe(error);
    expect(error.messages).toEqual(['appendItems failed']);
  });
});

function item(sortOrder: number): ChecksheetItemDto {
  return {
    id: `a02${String(sortOrder).padStart(15, '0')}`,
    checksheetId: CHECKSHEET_ID,
    sortOrder
  };
}

/** A server holding `count` items with sort orders 1…count, paged like ChecksheetReadController. */
function serveItems(count: number): void {
  const all = Array.from({ length: count }, (_, i) => item(i + 1));
  mocked(getItemPageApex).mockImplementation(
    async ({ afterSortOrder, pageSize }: { afterSortOrder: number | null; pageSize?: number }) => {
      const size = pageSize ?? 2000;
      const start = afterSortOrder ?? 0;
      const items = all.filter((i) => (i.sortOrder as number) > start).slice(0, size);
      const last = items.length > 0 ? (items[items.length - 1].sortOrder as number) : start;
      const page: ItemPage = { checksheet: { ...summary, itemCount: count }, items };
      if (last < count) page.nextAfterSortOrder = last;
      return page;
    }
  );
}

describe('loadAllItems', () => {
  it('reads a 5,000-item checksheet in three pages of at most 2,000, in order', async () => {
    serveItems(5000);
    const seen: number[] = [];
    const loaded = await loadAllItems(CHECKSHEET_ID, {
      onPage: (page, total) => seen.push(page.items.length, total)
    });
    expect(loaded.pages).toBe(3);
    expect(loaded.items).toHaveLength(5000);
    expect(loaded.items.map((i) => i.sortOrder)).toEqual(
      Array.from({ length: 5000 }, (_, i) => i + 1)
    );
    expect(loaded.checksheet).toMatchObject({ id: CHECKSHEET_ID, itemCount: 5000 });
    expect(seen).toEqual([2000, 2000, 2000, 4000, 1000, 5000]);
    expect(mocked(getItemPageApex).mock.calls.map(([params]) => params.afterSortOrder)).toEqual([
      null,
      2000,
      4000
    ]);
  });

  it('passes the page size on every call', async () => {
    serveItems(1234);
    const loaded = await loadAllItems(CHECKSHEET_ID, { pageSize: 500 });
    expect(loaded.pages).toBe(3);
    expect(loaded.items).toHaveLength(1234);
    for (const [params] of mocked(getItemPageApex).mock.calls) {
      expect(params).toEqual(
        expect.objectContaining({ checksheetId: CHECKSHEET_ID, pageSize: 500 })
      );
    }
  });

  it('reads an empty checksheet in one call', async () => {
    serveItems(0);
    const loaded = await loadAllItems(CHECKSHEET_ID);
    expect(loaded).toEqual({ checksheet: { ...summary, itemCount: 0 }, items: [], pages: 1 });
  });

  it('stops with an error when the server does not move past the last page', async () => {
    mocked(getItemPageApex).mockResolvedValue({
      checksheet: summary,
      items: [item(1)],
      nextAfterSortOrder: 1
    });
    await expect(loadAllItems(CHECKSHEET_ID)).rejects.toThrow(
      'Reading the items stopped: page 2 ended at sort order 1, which does not move past 1.'
    );
    expect(mocked(getItemPageApex)).toHaveBeenCalledTimes(2);
  });

  it('rejects with the server message when a page fails', async () => {
    serveItems(3000);
    mocked(getItemPageApex)
      .mockImplementationOnce(async () => ({
        checksheet: summary,
        items: [item(1)],
        nextAfterSortOrder: 1
      }))
      .mockRejectedValueOnce({ body: { message: 'The checksheet was deleted.' } });
    await expect(loadAllItems(CHECKSHEET_ID)).rejects.toMatchObject({
      code: 'server',
      message: 'The checksheet was deleted.'
    });
  });
});
