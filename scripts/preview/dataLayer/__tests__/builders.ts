/** Headers and items for tests: valid unless a test changes them. */
import { PREVIEW_USERS } from '../dataLayer';
import type { ApexImplementations } from '../dataLayer';
import type {
  ChecksheetItemDto,
  ChecksheetSummary,
  ImportHeader,
  ImportItem,
  ImportProgress,
  ItemPage
} from '../dtos';
import type { Harness } from './harness';

const STATUSES = ['Implemented', 'Partial', 'Not_Implemented', 'Not_Applicable', 'None'];
const MARKS = ['○', '△', '×', '-', ''];

/** `count` items numbered 1..count, statuses in turn, with answers of `answerLength` characters. */
export function sheetItems(count: number, answerLength = 40): ImportItem[] {
  return Array.from({ length: count }, (_, index) => ({
    itemNumber: `${Math.floor(index / 10) + 1}-${(index % 10) + 1}`,
    section: `Section ${Math.floor(index / 10) + 1}`,
    question: `Question ${index + 1}: is control ${index + 1} in place?`,
    status: STATUSES[index % STATUSES.length],
    statusMark: MARKS[index % MARKS.length],
    answer: `Answer ${index + 1} `.padEnd(answerLength, 'x'),
    matchKey: `question ${index + 1}`,
    sourceSheet: '',
    sortOrder: index + 1,
    sourceLine: index + 10,
    responsibility: index % 7 === 0 ? 'Platform' : 'Vendor',
    responsibleParty: '',
    answerFlag: index % 11 === 0 ? 'Hedged' : 'None',
    answerFlagReason: ''
  }));
}

/** A header as a caller may send it: any property left out or null. */
export type HeaderInput = { [K in keyof ImportHeader]?: ImportHeader[K] | null };

export function sheetHeader(vendorId: string, overrides: HeaderInput = {}): HeaderInput {
  return {
    name: 'Acme Cloud checksheet',
    vendorId,
    serviceName: 'Acme Cloud',
    framework: 'METI_Cloud_2013',
    documentVersion: '1.0',
    issuedOn: '2025-04-01',
    receivedOn: '2025-04-03',
    sourceFileName: 'acme.txt',
    sourceFormat: 'meti',
    sourceFileHash: 'b'.repeat(64),
    itemCount: 3,
    ...overrides
  };
}

/** begin + append in chunks + finish, as the wizard does. */
export async function stagedImport(
  apex: ApexImplementations,
  header: HeaderInput,
  items: readonly ImportItem[],
  chunkSize = 500
): Promise<ChecksheetSummary> {
  const begun = (await apex['ChecksheetImportController.beginImport']({
    header: { ...header, itemCount: items.length }
  })) as ImportProgress;
  for (let start = 0; start < items.length; start += chunkSize) {
    await apex['ChecksheetImportController.appendItems']({
      checksheetId: begun.checksheetId,
      items: items.slice(start, start + chunkSize)
    });
  }
  return (await apex['ChecksheetImportController.finishImport']({
    checksheetId: begun.checksheetId
  })) as ChecksheetSummary;
}

/** A vendor and a checksheet of `count` items imported by `harness`'s reviewer, with its items as read back. */
export async function importedSheet(
  harness: Harness,
  count: number
): Promise<{ checksheet: ChecksheetSummary; items: ChecksheetItemDto[] }> {
  const vendorId = (await harness.layer.createVendor('Acme Cloud Co.')).id;
  const apex = harness.layer.as(PREVIEW_USERS.reviewer);
  const checksheet = await stagedImport(apex, sheetHeader(vendorId), sheetItems(count));
  const page = (await harness.layer.implementations['ChecksheetReadController.getItemPage']({
    checksheetId: checksheet.id
  })) as ItemPage;
  return { checksheet, items: page.items };
}
