/**
 * The contract scenarios' fixtures (CONTRACT.md "Scenario fixtures"), built through the data
 * layer itself: users admin / reviewer / viewer / otherReviewer; `vendor`, `deletedVendor`,
 * `completeChecksheet`, `importingChecksheet`, `othersImportingChecksheet`, and those the saved
 * comparisons added (scripts/contract/scenarios.ts): `otherChecksheet`, `newerChecksheet`,
 * `savedComparison`, `itemLink`; and the field history's (issue 8): `reviewHistory`.
 */
import { PREVIEW_USERS } from '../dataLayer';
import type { DataLayer, PreviewUser } from '../dataLayer';
import type {
  ChecksheetItemDto,
  ChecksheetSummary,
  ComparisonDto,
  ImportHeader,
  ImportItem,
  ImportProgress,
  ItemLinkDto,
  ItemPage
} from '../dtos';

export const FIXTURE_NAMES = [
  'vendor',
  'deletedVendor',
  'completeChecksheet',
  'importingChecksheet',
  'othersImportingChecksheet',
  'otherChecksheet',
  'newerChecksheet',
  'savedComparison',
  'itemLink',
  'reviewHistory'
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

/** The two items of `otherChecksheet`, another vendor's sheet. */
export const OTHER_CHECKSHEET_ITEMS: readonly Partial<ImportItem>[] = [
  {
    itemNumber: 'A.1',
    question: 'Is customer data encrypted at rest?',
    status: 'Implemented',
    statusMark: '○',
    sortOrder: 1
  },
  {
    itemNumber: 'A.2',
    question: 'Is there a bug bounty programme?',
    status: 'Not_Implemented',
    statusMark: '×',
    sortOrder: 2
  }
];

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
    values.secondItemId = page.items[1].id;
  }
  const reviewerApex = layer.as(PREVIEW_USERS.reviewer);
  /** A checksheet imported by the reviewer; its summary and its items' Ids in sort order. */
  const imported = async (
    header: Partial<ImportHeader>,
    items: readonly Partial<ImportItem>[]
  ): Promise<{ id: string; itemIds: string[] }> => {
    const summary = (await reviewerApex['ChecksheetImportController.importChecksheet']({
      header,
      items
    })) as ChecksheetSummary;
    const page = (await reviewerApex['ChecksheetReadController.getItemPage']({
      checksheetId: summary.id
    })) as ItemPage;
    return { id: summary.id, itemIds: page.items.map((item: ChecksheetItemDto) => item.id) };
  };
  if (wants('otherChecksheet')) {
    values.otherVendorId = (await layer.createVendor('Globex Hosting KK')).id;
    const other = await imported(
      {
        name: 'Globex Hosting 3.1',
        vendorId: values.otherVendorId as string,
        reviewerId: PREVIEW_USERS.reviewer.id,
        serviceName: 'Globex Hosting',
        framework: 'Security_White_Paper',
        documentVersion: '3.1',
        issuedOn: '2025-10-01',
        itemCount: OTHER_CHECKSHEET_ITEMS.length
      },
      OTHER_CHECKSHEET_ITEMS
    );
    values.otherChecksheetId = other.id;
    values.otherItemIds = other.itemIds;
    values.otherItemId = other.itemIds[0];
  }
  if (wants('newerChecksheet')) {
    // Same vendor and service, issued later: the import links Supersedes__c to completeChecksheet.
    const newer = await imported(
      {
        name: 'Acme Cloud 2.0',
        vendorId: await vendorId(),
        reviewerId: PREVIEW_USERS.reviewer.id,
        serviceName: 'Acme Cloud',
        documentVersion: '2.0',
        issuedOn: '2026-04-01',
        itemCount: 0
      },
      []
    );
    values.newerChecksheetId = newer.id;
  }
  if (wants('savedComparison')) {
    const saved = (await reviewerApex['ChecksheetComparisonController.saveComparison']({
      comparison: {
        id: null,
        name: 'Acme vs Globex',
        purpose: 'Choose a hosting vendor',
        decisionNotes: null,
        status: 'Draft',
        checksheetIds: [values.checksheetId, values.otherChecksheetId]
      }
    })) as ComparisonDto;
    values.comparisonId = saved.id;
  }
  if (wants('itemLink')) {
    const [link] = (await reviewerApex['ChecksheetComparisonController.saveItemLinks']({
      comparisonId: values.comparisonId ?? null,
      links: [
        {
          itemAId: values.itemId,
          itemBId: values.otherItemId,
          relationship: 'Same',
          method: 'Manual',
          score: null
        }
      ]
    })) as ItemLinkDto[];
    values.itemLinkId = link.id;
  }
  if (wants('reviewHistory')) {
    // The reviewer starts the review, then records a verdict: the layer writes their history.
    await reviewerApex['ChecksheetReviewController.setReviewStatus']({
      checksheetId: values.checksheetId,
      reviewStatus: 'In_Review',
      nextReviewOn: null
    });
    await reviewerApex['ChecksheetReviewController.saveVerdicts']({
      changes: [{ itemId: values.itemId, verdict: 'Acceptable', comment: null }]
    });
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
