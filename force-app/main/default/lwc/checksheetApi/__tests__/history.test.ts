/**
 * The field history's door to Apex: `getChecksheetHistory` passes exactly the Apex parameter
 * names, returns what Apex answered and turns a refusal into a ChecksheetApiError; the adapter is
 * the cacheable method itself, so the wire service knows it.
 */
import getChecksheetHistoryApex from '@salesforce/apex/ChecksheetReadController.getChecksheetHistory';
import {
  ChecksheetApiError,
  getChecksheetHistory,
  getChecksheetHistoryAdapter
} from 'c/checksheetApi';
import type { HistoryPage } from 'c/checksheetApi';

jest.mock(
  '@salesforce/apex/ChecksheetReadController.getChecksheetHistory',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const mocked = getChecksheetHistoryApex as unknown as jest.Mock;
const CHECKSHEET_ID = 'a00000000000001AAA';
const ITEM_ID = 'a01000000000001AAA';

const PAGE: HistoryPage = {
  rows: [
    {
      id: '017000000000001AAA',
      changedAt: '2026-03-10T03:00:00.000Z',
      changedById: '005000000000002AAA',
      changedByName: 'Riko Reviewer',
      field: 'Reviewer_Verdict__c',
      newValue: 'Acceptable',
      itemId: ITEM_ID,
      itemNumber: '1-1'
    }
  ],
  hasMore: false
};

afterEach(() => jest.clearAllMocks());

describe('getChecksheetHistory', () => {
  it('asks for the whole checksheet by default, up to the Apex bound', async () => {
    mocked.mockResolvedValue(PAGE);
    await expect(getChecksheetHistory(CHECKSHEET_ID)).resolves.toEqual(PAGE);
    expect(mocked).toHaveBeenCalledWith({
      checksheetId: CHECKSHEET_ID,
      itemId: null,
      maxRows: null
    });
  });

  it('passes one item and a bound', async () => {
    mocked.mockResolvedValue(PAGE);
    await getChecksheetHistory(CHECKSHEET_ID, ITEM_ID, 20);
    expect(mocked).toHaveBeenCalledWith({
      checksheetId: CHECKSHEET_ID,
      itemId: ITEM_ID,
      maxRows: 20
    });
  });

  it('turns a refusal into a ChecksheetApiError with the server text', async () => {
    mocked.mockRejectedValue({ status: 500, body: { message: 'Checksheet not found.' } });
    const failure = getChecksheetHistory(CHECKSHEET_ID);
    await expect(failure).rejects.toBeInstanceOf(ChecksheetApiError);
    await expect(failure).rejects.toMatchObject({ message: 'Checksheet not found.' });
  });

  it('wires the Apex method itself', () => {
    expect(getChecksheetHistoryAdapter).toBe(getChecksheetHistoryApex);
  });
});
