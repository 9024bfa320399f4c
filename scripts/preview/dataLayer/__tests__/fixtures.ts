/**
 * The contract scenarios' fixtures (CONTRACT.md "Scenario fixtures"), built through the data
 * layer itself: users admin / reviewer / viewer / otherReviewer; `vendor`, `deletedVendor`,
 * `completeChecksheet`, `importingChecksheet`, `othersImportingChecksheet`.
 */
import { PREVIEW_USERS } from '../dataLayer';
import type { DataLayer, PreviewUser } from '../dataLayer';
import type {
  ChecksheetItemDto,
  ChecksheetSummary,
  ImportHeader,
  ImportItem,
  ImportProgress,
  ItemPage
} from '../dtos';

export const FIXTURE_NAMES = [
  'vendor',
  'deletedVendor',
  'completeChecksheet',
  'importingChecksheet',
  'othersImportingChecksheet'
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export const SCENARIO_USERS = {
  admin: PREVIEW_USERS.admin,
  reviewer: PREVIEW_USERS.reviewer,
  viewer: PREVIEW_USERS.viewer
} as const;
export type ScenarioUser = keyof typeof SCENARIO_USERS;

/** The three items of `completeChecksheet`. */
export const COMPLETE_CHECKSHEET_ITEMS: readonly Partial<ImportItem>[] = [
  {
    itemNumber: '1-1',
    question: 'Question one',
    status: 'Implemented',
    statusMark: '○',
    sortOrder: 1
  },
  { itemNumber: '1-2', question: 'Question two', status: 'Partial', statusMark: '△', sortOrder: 2 },
  {
    itemNumber: '1-3',
    question: 'Question three',
    status: 'Not_Implemented',
    statusMark: '×',
    sortOrder: 3
  }
];

export function completeChecksheetHeader(vendorId: string): Partial<ImportHeader> {
  return {
    name: 'Acme Cloud 1.0',
    vendorId,
    reviewerId: PREVIEW_USERS.reviewer.id,
    serviceName: 'Acme Cloud',
    documentVersion: '1.0',
    issuedOn: '2025-04-01',
    sourceFileHash: 'a'.repeat(64),
    itemCount: COMPLETE_CHECKSHEET_ITEMS.length
  };
}

/** The same user with the admin's permissions: a test data factory's system-mode insert. */
function systemMode(user: PreviewUser): PreviewUser {
  return { ...user, role: 'admin' };
}

export interface FixtureValues {
  [placeholder: string]: unknown;
}

/**
 * Builds the named fixtures (and those they need) as the contract says; returns the placeholder
 * values (`vendorId`, `checksheetId`, …, and every user's Id as `adminId`, `reviewerId`, …).
 */
export async function buildFixtures(
  layer: DataLayer,
  user: ScenarioUser,
  given: readonly string[] = []
): Promise<FixtureValues> {
  const values: FixtureValues = {};
  for (const [key, previewUser] of Object.entries(PREVIEW_USERS))
    values[`${key}Id`] = previewUser.id;
  for (const name of given) {
    if (!(FIXTURE_NAMES as readonly string[]).includes(name)) {
      throw new Error(`unknown fixture "${name}" (CONTRACT.md names ${FIXTURE_NAMES.join(', ')})`);
    }
  }
  const wants = (name: FixtureName) => given.includes(name);
  const vendorId = async (): Promise<string> => {
    if (values.vendorId === undefined)
      values.vendorId = (await layer.createVendor('Acme Cloud Co.')).id;
    return values.vendorId as string;
  };
  if (wants('vendor')) await vendorId();
  if (wants('deletedVendor')) {
    const vendor = await layer.createVendor('Gone Vendor Ltd.');
    await layer.deleteVendor(vendor.id);
    values.deletedVendorId = vendor.id;
  }
  if (wants('completeChecksheet')) {
    const apex = layer.as(PREVIEW_USERS.reviewer);
    const summary = (await apex['ChecksheetImportController.importChecksheet']({
      header: completeChecksheetHeader(await vendorId()),
      items: COMPLETE_CHECKSHEET_ITEMS
    })) as ChecksheetSummary;
    const page = (await apex['ChecksheetReadController.getItemPage']({
      checksheetId: summary.id
    })) as ItemPage;
    values.checksheetId = summary.id;
    values.itemIds = page.items.map((item: ChecksheetItemDto) => item.id);
    values.itemId = page.items[0].id;
  }
  const beginAs = async (creator: PreviewUser): Promise<string> => {
    const begin = layer.as(systemMode(creator))['ChecksheetImportController.beginImport'];
    const progress = (await begin({
      header: {
        name: 'Staged import',
        vendorId: await vendorId(),
        serviceName: 'Acme Cloud',
        itemCount: 2
      }
    })) as ImportProgress;
    return progress.checksheetId;
  };
  if (wants('importingChecksheet')) values.importingId = await beginAs(SCENARIO_USERS[user]);
  if (wants('othersImportingChecksheet'))
    values.othersImportingId = await beginAs(PREVIEW_USERS.admin);
  return values;
}
