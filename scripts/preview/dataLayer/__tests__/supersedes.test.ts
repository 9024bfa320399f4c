/**
 * Supersedes__c as a reviewer sees it on the record page ("supersedes version 1.0"): the newest
 * earlier complete version of the same vendor and service, an older version imported late
 * taking its place in the chain.
 */
import { PREVIEW_USERS } from '../dataLayer';
import type { ChecksheetSummary, ImportProgress } from '../dtos';
import { normaliseServiceName } from '../supersedes';
import { sheetHeader, sheetItems, stagedImport } from './builders';
import type { HeaderInput } from './builders';
import { makeHarness } from './harness';
import type { Harness } from './harness';

let harness: Harness;
let vendorId: string;

beforeEach(async () => {
  harness = makeHarness(PREVIEW_USERS.reviewer);
  vendorId = (await harness.layer.createVendor('Acme Cloud Co.')).id;
});

afterEach(() => harness.layer.close());

function version(documentVersion: string, overrides: HeaderInput = {}) {
  return stagedImport(
    harness.layer.implementations,
    sheetHeader(vendorId, { documentVersion, ...overrides }),
    sheetItems(2)
  );
}

async function read(id: string): Promise<ChecksheetSummary> {
  return (await harness.layer.implementations['ChecksheetReadController.getChecksheet']({
    checksheetId: id
  })) as ChecksheetSummary;
}

test('each version supersedes the one before it; an older one imported late re-points the newer', async () => {
  const v1 = await version('1.0', { issuedOn: '2024-04-01' });
  // Apex leaves null properties out of what it returns: no Supersedes__c, no supersedesId.
  expect(v1).not.toHaveProperty('supersedesId');
  const v3 = await version('3.0', { issuedOn: '2025-10-01' });
  expect(v3).toMatchObject({ supersedesId: v1.id, supersedesVersion: '1.0' });

  const v2 = await version('2.0', { issuedOn: '2025-01-15' });
  expect(v2).toMatchObject({ supersedesId: v1.id, supersedesVersion: '1.0' });
  expect(await read(v3.id)).toMatchObject({ supersedesId: v2.id, supersedesVersion: '2.0' });
  expect((await read(v1.id)).supersedesId).toBeUndefined();

  // Older than everything: it goes to the start of the chain.
  const v0 = await version('0.9', { issuedOn: '2023-01-01' });
  expect(v0.supersedesId).toBeUndefined();
  expect((await read(v1.id)).supersedesId).toBe(v0.id);
  expect((await read(v2.id)).supersedesId).toBe(v1.id);
});

test('"earlier" is by Issued_On, then Received_On, then creation; a missing date is the earliest', async () => {
  const a = await version('A', { issuedOn: '2025-01-01', receivedOn: '2025-02-01' });
  const b = await version('B', { issuedOn: '2025-01-01', receivedOn: '2025-01-10' });
  expect(b.supersedesId).toBeUndefined();
  expect((await read(a.id)).supersedesId).toBe(b.id);
  const c = await version('C', { issuedOn: '2025-01-01', receivedOn: '2025-02-01' });
  expect(c.supersedesId).toBe(a.id);
  const undated = await version('D', { issuedOn: null, receivedOn: null });
  expect(undated.supersedesId).toBeUndefined();
  expect((await read(b.id)).supersedesId).toBe(undated.id);
});

test('service names match after trim, case and full/half width; other services and vendors do not', async () => {
  expect(normaliseServiceName('　ＡＣＭＥ　Ｃｌｏｕｄ ')).toBe('acme cloud');
  const first = await version('1.0', { serviceName: 'Acme Cloud', issuedOn: '2024-01-01' });
  const wide = await version('2.0', {
    serviceName: ' ＡＣＭＥ　ＣＬＯＵＤ　',
    issuedOn: '2025-01-01'
  });
  expect(wide.supersedesId).toBe(first.id);
  const other = await version('1.0', { serviceName: 'Acme Mail', issuedOn: '2025-06-01' });
  expect(other.supersedesId).toBeUndefined();
  const blank = await version('1.0', { serviceName: '', issuedOn: '2024-01-01' });
  const blankToo = await version('2.0', { serviceName: null, issuedOn: '2025-01-01' });
  expect(blank.supersedesId).toBeUndefined();
  expect(blankToo.supersedesId).toBe(blank.id);

  const otherVendor = (await harness.layer.createVendor('Globex')).id;
  const elsewhere = await stagedImport(
    harness.layer.implementations,
    sheetHeader(otherVendor, { serviceName: 'Acme Cloud', issuedOn: '2026-01-01' }),
    sheetItems(1)
  );
  expect(elsewhere.supersedesId).toBeUndefined();
});

test('an Importing checksheet is in no chain until it finishes', async () => {
  const v1 = await version('1.0', { issuedOn: '2024-01-01' });
  const begun = (await harness.layer.implementations['ChecksheetImportController.beginImport']({
    header: sheetHeader(vendorId, { documentVersion: '2.0', issuedOn: '2025-01-01', itemCount: 0 })
  })) as ImportProgress;
  const v3 = await version('3.0', { issuedOn: '2026-01-01' });
  expect(v3.supersedesId).toBe(v1.id);
  const v2 = (await harness.layer.implementations['ChecksheetImportController.finishImport']({
    checksheetId: begun.checksheetId
  })) as ChecksheetSummary;
  expect(v2.supersedesId).toBe(v1.id);
  expect((await read(v3.id)).supersedesId).toBe(v2.id);
});
