/**
 * The saved comparisons' door to Apex: each function calls its ChecksheetComparisonController
 * method with exactly the Apex parameter names, returns what Apex answered, and turns a refusal
 * into a ChecksheetApiError carrying the server's text; `getComparisonsAdapter` is the cacheable
 * method itself, so the wire service knows it.
 */
import getComparisonApex from '@salesforce/apex/ChecksheetComparisonController.getComparison';
import getComparisonsApex from '@salesforce/apex/ChecksheetComparisonController.getComparisons';
import getItemLinksApex from '@salesforce/apex/ChecksheetComparisonController.getItemLinks';
import removeItemLinksApex from '@salesforce/apex/ChecksheetComparisonController.removeItemLinks';
import saveComparisonApex from '@salesforce/apex/ChecksheetComparisonController.saveComparison';
import saveItemLinksApex from '@salesforce/apex/ChecksheetComparisonController.saveItemLinks';
import {
  ChecksheetApiError,
  getComparison,
  getComparisons,
  getComparisonsAdapter,
  getItemLinks,
  removeItemLinks,
  saveComparison,
  saveItemLinks
} from 'c/checksheetApi';
import type { ComparisonDto, ComparisonInput, ItemLinkDto, ItemLinkInput } from 'c/checksheetApi';

jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.saveComparison',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.getComparison',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.getComparisons',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ChecksheetComparisonController.getItemLinks',
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

const mocked = (apex: unknown): jest.Mock => apex as jest.Mock;

const COMPARISON_ID = 'a03000000000001AAA';
const SHEET_A = 'a00000000000001AAA';
const SHEET_B = 'a00000000000002AAA';
const ITEM_A = 'a01000000000001AAA';
const ITEM_B = 'a01000000000002AAA';

const input: ComparisonInput = {
  id: null,
  name: 'Acme vs Globex',
  purpose: 'Choose a hosting vendor',
  decisionNotes: null,
  status: 'Draft',
  checksheetIds: [SHEET_B, SHEET_A]
};

const saved: ComparisonDto = {
  id: COMPARISON_ID,
  name: 'Acme vs Globex',
  status: 'Draft',
  canEdit: true,
  members: [
    { checksheetId: SHEET_B, columnOrder: 1, checksheetName: 'Globex Hosting 3.1' },
    {
      checksheetId: SHEET_A,
      columnOrder: 2,
      checksheetName: 'Acme Cloud 1.0',
      newerVersionId: 'a00000000000003AAA',
      newerVersionLabel: 'Acme Cloud 2.0'
    }
  ]
};

const decision: ItemLinkInput = {
  itemAId: ITEM_B,
  itemBId: ITEM_A,
  relationship: 'Partly_Same',
  method: 'Automatic',
  score: 0.62
};

const link: ItemLinkDto = {
  id: 'a05000000000001AAA',
  itemAId: ITEM_A,
  itemBId: ITEM_B,
  checksheetAId: SHEET_A,
  checksheetBId: SHEET_B,
  relationship: 'Partly_Same',
  method: 'Automatic',
  score: 0.62,
  comparisonId: COMPARISON_ID
};

afterEach(() => {
  jest.resetAllMocks();
});

const cases: [string, () => Promise<unknown>, unknown, Record<string, unknown>, unknown][] = [
  ['saveComparison', () => saveComparison(input), saveComparisonApex, { comparison: input }, saved],
  [
    'getComparison',
    () => getComparison(COMPARISON_ID),
    getComparisonApex,
    { comparisonId: COMPARISON_ID },
    saved
  ],
  [
    'getComparisons',
    () => getComparisons(20),
    getComparisonsApex,
    { maxRows: 20 },
    [{ id: COMPARISON_ID, name: 'Acme vs Globex', memberCount: 2 }]
  ],
  [
    'getItemLinks',
    () => getItemLinks([SHEET_A, SHEET_B]),
    getItemLinksApex,
    { checksheetIds: [SHEET_A, SHEET_B] },
    [link]
  ],
  [
    'saveItemLinks',
    () => saveItemLinks(COMPARISON_ID, [decision]),
    saveItemLinksApex,
    { comparisonId: COMPARISON_ID, links: [decision] },
    [link]
  ],
  [
    'removeItemLinks',
    () => removeItemLinks([link.id]),
    removeItemLinksApex,
    { linkIds: [link.id] },
    null
  ]
];

describe('each function calls its Apex method with the Apex parameter names', () => {
  it.each(cases)('%s', async (name, call, apex, params, answered) => {
    mocked(apex).mockResolvedValue(answered);
    const result = await call();
    expect(mocked(apex)).toHaveBeenCalledTimes(1);
    // Exactly these keys: Apex matches parameters by name.
    expect(mocked(apex).mock.calls[0][0]).toStrictEqual(params);
    // removeItemLinks is void in Apex: its function answers nothing.
    expect(result).toEqual(name === 'removeItemLinks' ? undefined : answered);
  });

  it.each(cases)(
    '%s rejects with the server message as a ChecksheetApiError',
    async (_n, call, apex) => {
      mocked(apex).mockRejectedValue({
        status: 400,
        body: { message: 'A comparison needs at least 2 checksheets.' }
      });
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChecksheetApiError);
      expect(error).toMatchObject({
        code: 'server',
        message: 'A comparison needs at least 2 checksheets.',
        status: 400
      });
    }
  );

  it('getComparisons without a row count leaves the default to Apex', async () => {
    mocked(getComparisonsApex).mockResolvedValue([]);
    await getComparisons();
    expect(mocked(getComparisonsApex).mock.calls[0][0]).toEqual({ maxRows: undefined });
  });

  it('saveItemLinks outside a saved comparison passes a null comparisonId', async () => {
    mocked(saveItemLinksApex).mockResolvedValue([link]);
    await saveItemLinks(null, [decision]);
    expect(mocked(saveItemLinksApex).mock.calls[0][0]).toStrictEqual({
      comparisonId: null,
      links: [decision]
    });
  });
});

it('getComparisonsAdapter is the cacheable Apex method itself', () => {
  expect(getComparisonsAdapter).toBe(getComparisonsApex);
});
