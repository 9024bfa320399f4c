/**
 * Contract scenarios: what each `@AuraEnabled` method does for a given user and fixtures, once,
 * for both implementations of the contract (CONTRACT.md, issue 6). The Apex tests
 * (`<Class>_Tests.cls`) have one `@IsTest static void <name>()` per scenario doing what it says;
 * the local preview's data layer runs the same list; the gate checks both exist.
 *
 * Vocabulary (CONTRACT.md, "Scenario fixtures"):
 * - `user` runs the call: a user with the Vendor Checksheets permission set of that name.
 * - `given` names fixtures, created as the admin unless said: `vendor` (Account "Acme Cloud Co.",
 *   `$vendorId`), `deletedVendor` (`$deletedVendorId`), `completeChecksheet` (`$checksheetId`,
 *   `$itemIds`, `$itemId`), `importingChecksheet` (created by the scenario's user, Expected Item
 *   Count 2, no items, `$importingId`), `othersImportingChecksheet` (created by the admin,
 *   `$othersImportingId`).
 * - Placeholders: a string value that is exactly `'$name'` stands for that fixture value, in inputs
 *   and — an addition to CONTRACT.md — in expectations too. The users are placeholders as well:
 *   `$adminId`, `$reviewerId`, `$viewerId`, `$otherReviewerId` (the second reviewer CONTRACT.md
 *   names for sharing).
 * - `{ result: X }` matches when every key of X deep-equals the actual value's key (objects by
 *   subset, recursively; arrays by length and element-wise subset). X may be an array — an
 *   addition to CONTRACT.md's `Record<string, unknown>`, for the methods that return lists —
 *   or null (a void method). Dates are `'YYYY-MM-DD'`, as JSON carries them.
 * - `{ refusal: 'Error_X' }` matches when the call fails with a message that starts with the
 *   English text of custom label Error_X up to its first `{`.
 * Fixtures added to CONTRACT.md's list for the saved comparisons (issue 9), built the same way on
 * both sides:
 * - `otherChecksheet`: a Complete checksheet of a second vendor, Account "Globex Hosting KK"
 *   (`$otherVendorId`): Name "Globex Hosting 3.1", service "Globex Hosting", version "3.1",
 *   Issued_On 2025-10-01, owner and reviewer `reviewer`, two items ("A.1" Implemented ○, "A.2"
 *   Not_Implemented ×) → `$otherChecksheetId`, `$otherItemIds`, `$otherItemId` (the first). It is
 *   created after `completeChecksheet`, so its items' Ids are the higher ones of any pair.
 * - `newerChecksheet`: the next version of `completeChecksheet` (same vendor and service, Name
 *   "Acme Cloud 2.0", version "2.0", Issued_On 2026-04-01, Supersedes__c = `completeChecksheet`)
 *   → `$newerChecksheetId`.
 * - `savedComparison`: created by the reviewer: Name "Acme vs Globex", Purpose "Choose a hosting
 *   vendor", Status Draft, members `completeChecksheet` (column 1) and `otherChecksheet` (column 2)
 *   → `$comparisonId`.
 * - `itemLink`: created by the reviewer in `savedComparison`: `$itemId` ↔ `$otherItemId`, Same,
 *   Manual, no score → `$itemLinkId`.
 * - `completeChecksheet` also gives `$secondItemId` (its second item).
 * Fixture added for the field history (issue 8):
 * - `reviewHistory`: on `completeChecksheet`, the reviewer sets Review_Status__c Received →
 *   In_Review, then records Acceptable on `$itemId`. The data layer records the history of both
 *   as the org does; an Apex test cannot make the platform write history, so the factory inserts
 *   the two `__History` rows (ParentId, Field; their values cannot be set in a test), which is why
 *   the history scenarios expect no values.
 */

export type ScenarioUser = 'admin' | 'reviewer' | 'viewer';

export type ScenarioFixture =
  | 'vendor'
  | 'deletedVendor'
  | 'completeChecksheet'
  | 'importingChecksheet'
  | 'othersImportingChecksheet'
  | 'otherChecksheet'
  | 'newerChecksheet'
  | 'savedComparison'
  | 'itemLink'
  | 'reviewHistory';

/** Every refusal the Apex services raise: the custom labels whose text reaches the UI. */
export const REFUSAL_LABELS = [
  'Error_No_Permission',
  'Error_Vendor_Not_Visible',
  'Error_Too_Many_Items',
  'Error_Chunk_Too_Large',
  'Error_Import_Not_Open',
  'Error_Item_Count_Mismatch',
  'Error_Field_Too_Long',
  'Error_Source_File_Too_Large',
  'Error_Invalid_Verdict',
  'Error_Invalid_Status_Transition',
  'Error_Not_Owner_Or_Admin',
  'Error_Checksheet_Not_Found',
  'Error_Too_Few_Checksheets',
  'Error_Comparison_Not_Found',
  'Error_Link_Same_Item',
  'Error_Link_Same_Checksheet',
  'Error_Invalid_Choice',
  'Error_Discard_Not_Allowed'
] as const;
export type RefusalLabel = (typeof REFUSAL_LABELS)[number];

export type ScenarioExpectation =
  { result: Record<string, unknown> | unknown[] | null } | { refusal: RefusalLabel };

export interface ContractScenario {
  /** Also the Apex test method's name. */
  name: string;
  /** `<ApexClass>.<method>`. */
  method: string;
  user: ScenarioUser;
  given?: ScenarioFixture[];
  /** The method's parameters by name. */
  input: Record<string, unknown>;
  expect: ScenarioExpectation;
}

/** Two parsed items of the next version of the Acme Cloud sheet (one implemented, one partial). */
const NEXT_VERSION_ITEMS = [
  {
    itemNumber: '1-1',
    section: '1. Data protection',
    question: 'Is customer data encrypted at rest?',
    status: 'Implemented',
    statusMark: '○',
    answer: 'AES-256 on every volume.',
    matchKey: 'is customer data encrypted at rest',
    sourceSheet: 'Checksheet',
    sortOrder: 1,
    sourceLine: 5
  },
  {
    itemNumber: '1-2',
    section: '1. Data protection',
    question: 'Are backups kept in a second region?',
    status: 'Partial',
    statusMark: '△',
    answer: 'Daily backups; second region planned.',
    matchKey: 'are backups kept in a second region',
    sourceSheet: 'Checksheet',
    sortOrder: 2,
    sourceLine: 6
  }
];

/** Header of the next version; its service name is the fixture's, typed full width and padded. */
const NEXT_VERSION_HEADER = {
  name: 'Acme Cloud 2.0',
  vendorId: '$vendorId',
  reviewerId: null,
  serviceName: ' ＡＣＭＥ　Ｃｌｏｕｄ ',
  framework: 'METI_Cloud_2013',
  documentVersion: '2.0',
  issuedOn: '2026-04-01',
  receivedOn: '2026-04-10',
  preamble: null,
  sourceFileName: 'acme-cloud-2.0.xlsx',
  sourceFormat: 'xlsx',
  sourceFileHash: 'b'.repeat(64),
  itemCount: 2
};

/** One item more than a chunk may carry. */
const OVERSIZED_CHUNK = Array.from({ length: 501 }, (_, index) => ({
  itemNumber: String(index + 1),
  question: `Question ${index + 1}`,
  status: 'Implemented',
  sortOrder: index + 1
}));

export const CONTRACT_SCENARIOS: ContractScenario[] = [
  // ChecksheetImportController
  {
    name: 'importChecksheet_reviewerImportsSmallSheet',
    method: 'ChecksheetImportController.importChecksheet',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { header: NEXT_VERSION_HEADER, items: NEXT_VERSION_ITEMS },
    expect: {
      result: {
        name: 'Acme Cloud 2.0',
        importStatus: 'Complete',
        reviewStatus: 'Received',
        reviewerId: '$reviewerId',
        itemCount: 2,
        implementedCount: 1,
        partialCount: 1,
        supersedesId: '$checksheetId',
        supersedesVersion: '1.0',
        sourceFileHash: 'b'.repeat(64)
      }
    }
  },
  {
    name: 'importChecksheet_viewerIsRefused',
    method: 'ChecksheetImportController.importChecksheet',
    user: 'viewer',
    given: ['vendor'],
    input: { header: NEXT_VERSION_HEADER, items: NEXT_VERSION_ITEMS },
    expect: { refusal: 'Error_No_Permission' }
  },
  {
    name: 'beginImport_reviewerStartsImport',
    method: 'ChecksheetImportController.beginImport',
    user: 'reviewer',
    given: ['vendor'],
    input: { header: NEXT_VERSION_HEADER },
    expect: { result: { importStatus: 'Importing', itemsSaved: 0 } }
  },
  {
    name: 'beginImport_deletedVendorIsRefused',
    method: 'ChecksheetImportController.beginImport',
    user: 'reviewer',
    given: ['deletedVendor'],
    input: { header: { ...NEXT_VERSION_HEADER, vendorId: '$deletedVendorId' } },
    expect: { refusal: 'Error_Vendor_Not_Visible' }
  },
  {
    name: 'beginImport_tooManyItemsIsRefused',
    method: 'ChecksheetImportController.beginImport',
    user: 'reviewer',
    given: ['vendor'],
    input: { header: { ...NEXT_VERSION_HEADER, itemCount: 50001 } },
    expect: { refusal: 'Error_Too_Many_Items' }
  },
  {
    name: 'beginImport_nameTooLongIsRefused',
    method: 'ChecksheetImportController.beginImport',
    user: 'reviewer',
    given: ['vendor'],
    input: { header: { ...NEXT_VERSION_HEADER, name: 'x'.repeat(81) } },
    expect: { refusal: 'Error_Field_Too_Long' }
  },
  {
    name: 'appendItems_reviewerAppendsToOwnImport',
    method: 'ChecksheetImportController.appendItems',
    user: 'reviewer',
    given: ['vendor', 'importingChecksheet'],
    input: { checksheetId: '$importingId', items: NEXT_VERSION_ITEMS },
    expect: { result: { checksheetId: '$importingId', importStatus: 'Importing', itemsSaved: 2 } }
  },
  {
    name: 'appendItems_othersImportIsRefused',
    method: 'ChecksheetImportController.appendItems',
    user: 'reviewer',
    given: ['vendor', 'othersImportingChecksheet'],
    input: { checksheetId: '$othersImportingId', items: NEXT_VERSION_ITEMS },
    expect: { refusal: 'Error_Import_Not_Open' }
  },
  {
    name: 'appendItems_chunkTooLargeIsRefused',
    method: 'ChecksheetImportController.appendItems',
    user: 'reviewer',
    given: ['vendor', 'importingChecksheet'],
    input: { checksheetId: '$importingId', items: OVERSIZED_CHUNK },
    expect: { refusal: 'Error_Chunk_Too_Large' }
  },
  {
    name: 'attachSourceFile_tooLargeIsRefused',
    method: 'ChecksheetImportController.attachSourceFile',
    user: 'reviewer',
    given: ['vendor', 'importingChecksheet'],
    // 4,000,004 base64 characters decode to 3,000,003 bytes: three over the limit.
    input: { checksheetId: '$importingId', fileName: 'acme.xlsx', base64Data: 'A'.repeat(4000004) },
    expect: { refusal: 'Error_Source_File_Too_Large' }
  },
  {
    name: 'finishImport_missingItemsIsRefused',
    method: 'ChecksheetImportController.finishImport',
    user: 'reviewer',
    given: ['vendor', 'importingChecksheet'],
    input: { checksheetId: '$importingId' },
    expect: { refusal: 'Error_Item_Count_Mismatch' }
  },
  {
    name: 'abandonImport_reviewerAbandonsOwnImport',
    method: 'ChecksheetImportController.abandonImport',
    user: 'reviewer',
    given: ['vendor', 'importingChecksheet'],
    input: { checksheetId: '$importingId' },
    expect: { result: null }
  },
  {
    name: 'abandonImport_completeChecksheetIsRefused',
    method: 'ChecksheetImportController.abandonImport',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId' },
    expect: { refusal: 'Error_Import_Not_Open' }
  },
  {
    name: 'discardChecksheet_ownerDiscardsReceived',
    method: 'ChecksheetImportController.discardChecksheet',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId' },
    expect: { result: null }
  },
  {
    name: 'discardChecksheet_notOwnerIsRefused',
    method: 'ChecksheetImportController.discardChecksheet',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId' },
    expect: { refusal: 'Error_Discard_Not_Allowed' }
  },
  {
    name: 'findDuplicateImports_sameFileIsFound',
    method: 'ChecksheetImportController.findDuplicateImports',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { vendorId: '$vendorId', sourceFileHash: 'A'.repeat(64) },
    expect: { result: [{ id: '$checksheetId', name: 'Acme Cloud 1.0' }] }
  },
  // ChecksheetReadController
  {
    name: 'getChecksheet_viewerReadsCompleteChecksheet',
    method: 'ChecksheetReadController.getChecksheet',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId' },
    expect: {
      result: {
        id: '$checksheetId',
        name: 'Acme Cloud 1.0',
        vendorId: '$vendorId',
        vendorName: 'Acme Cloud Co.',
        serviceName: 'Acme Cloud',
        documentVersion: '1.0',
        issuedOn: '2025-04-01',
        reviewStatus: 'Received',
        reviewerId: '$reviewerId',
        importStatus: 'Complete',
        itemCount: 3,
        implementedCount: 1,
        partialCount: 1,
        notImplementedCount: 1,
        notApplicableCount: 0,
        followUpCount: 0,
        isOverdue: false,
        canEdit: false,
        canDiscard: false
      }
    }
  },
  {
    name: 'getChecksheet_importingIsNotFound',
    method: 'ChecksheetReadController.getChecksheet',
    user: 'reviewer',
    given: ['vendor', 'importingChecksheet'],
    input: { checksheetId: '$importingId' },
    expect: { refusal: 'Error_Checksheet_Not_Found' }
  },
  {
    name: 'getItemPage_viewerReadsFirstPage',
    method: 'ChecksheetReadController.getItemPage',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId', afterSortOrder: null, pageSize: 2 },
    expect: {
      result: {
        checksheet: { id: '$checksheetId' },
        items: [
          { itemNumber: '1-1', status: 'Implemented', statusMark: '○', sortOrder: 1 },
          { itemNumber: '1-2', status: 'Partial', statusMark: '△', sortOrder: 2 }
        ],
        nextAfterSortOrder: 2
      }
    }
  },
  {
    name: 'getItemPage_viewerReadsLastPage',
    method: 'ChecksheetReadController.getItemPage',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId', afterSortOrder: 2, pageSize: 2 },
    expect: {
      result: {
        items: [{ itemNumber: '1-3', status: 'Not_Implemented', statusMark: '×', sortOrder: 3 }],
        nextAfterSortOrder: null
      }
    }
  },
  {
    name: 'getVendorChecksheets_viewerListsVendor',
    method: 'ChecksheetReadController.getVendorChecksheets',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet', 'othersImportingChecksheet'],
    input: { vendorId: '$vendorId' },
    expect: { result: [{ id: '$checksheetId', documentVersion: '1.0' }] }
  },
  {
    name: 'getHomeLists_reviewerSeesOwnReview',
    method: 'ChecksheetReadController.getHomeLists',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet', 'othersImportingChecksheet'],
    input: { maxRows: 10 },
    expect: {
      result: {
        recent: [{ id: '$checksheetId' }],
        dueForReview: [],
        myReviews: [{ id: '$checksheetId' }],
        statusCounts: { Received: 1 }
      }
    }
  },
  {
    name: 'getOpenFollowUps_noneAtFirst',
    method: 'ChecksheetReadController.getOpenFollowUps',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId' },
    expect: { result: [] }
  },
  // ChecksheetReadController.getChecksheetHistory (issue 8)
  {
    name: 'getChecksheetHistory_noneAtFirst',
    method: 'ChecksheetReadController.getChecksheetHistory',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId', itemId: null, maxRows: null },
    expect: { result: { rows: [], hasMore: false } }
  },
  {
    name: 'getChecksheetHistory_viewerReadsReviewChanges',
    method: 'ChecksheetReadController.getChecksheetHistory',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet', 'reviewHistory'],
    input: { checksheetId: '$checksheetId', itemId: null, maxRows: null },
    expect: {
      result: {
        hasMore: false,
        rows: [
          {
            field: 'Reviewer_Verdict__c',
            itemId: '$itemId',
            itemNumber: '1-1',
            changedById: '$reviewerId'
          },
          { field: 'Review_Status__c', itemId: null, changedById: '$reviewerId' }
        ]
      }
    }
  },
  {
    name: 'getChecksheetHistory_itemFilterShowsOnlyThatItem',
    method: 'ChecksheetReadController.getChecksheetHistory',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet', 'reviewHistory'],
    input: { checksheetId: '$checksheetId', itemId: '$itemId', maxRows: 10 },
    expect: {
      result: {
        hasMore: false,
        rows: [{ field: 'Reviewer_Verdict__c', itemId: '$itemId', itemNumber: '1-1' }]
      }
    }
  },
  {
    name: 'getChecksheetHistory_importingIsNotFound',
    method: 'ChecksheetReadController.getChecksheetHistory',
    user: 'reviewer',
    given: ['vendor', 'importingChecksheet'],
    input: { checksheetId: '$importingId', itemId: null, maxRows: null },
    expect: { refusal: 'Error_Checksheet_Not_Found' }
  },
  // ChecksheetReviewController
  {
    name: 'saveVerdicts_reviewerRecordsVerdict',
    method: 'ChecksheetReviewController.saveVerdicts',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: {
      changes: [{ itemId: '$itemId', verdict: 'Acceptable', comment: 'Encryption verified.' }]
    },
    expect: {
      result: [
        {
          id: '$itemId',
          itemNumber: '1-1',
          reviewerVerdict: 'Acceptable',
          reviewerComment: 'Encryption verified.'
        }
      ]
    }
  },
  {
    name: 'saveVerdicts_viewerIsRefused',
    method: 'ChecksheetReviewController.saveVerdicts',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { changes: [{ itemId: '$itemId', verdict: 'Acceptable', comment: null }] },
    expect: { refusal: 'Error_No_Permission' }
  },
  {
    name: 'saveVerdicts_unknownVerdictIsRefused',
    method: 'ChecksheetReviewController.saveVerdicts',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { changes: [{ itemId: '$itemId', verdict: 'Fine', comment: null }] },
    expect: { refusal: 'Error_Invalid_Verdict' }
  },
  {
    name: 'correctItems_reviewerCorrectsReading',
    method: 'ChecksheetReviewController.correctItems',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: {
      corrections: [
        {
          itemId: '$itemId',
          status: 'Partial',
          statusMark: '△',
          question: 'Is customer data encrypted at rest?',
          answer: 'Encrypted at rest; keys rotated yearly.',
          responsibility: 'Platform',
          answerFlag: 'Hedged'
        }
      ]
    },
    expect: {
      result: [
        {
          id: '$itemId',
          itemNumber: '1-1',
          status: 'Partial',
          statusMark: '△',
          question: 'Is customer data encrypted at rest?',
          answer: 'Encrypted at rest; keys rotated yearly.',
          responsibility: 'Platform',
          answerFlag: 'Hedged',
          correctedById: '$reviewerId'
        }
      ]
    }
  },
  {
    name: 'correctItems_viewerIsRefused',
    method: 'ChecksheetReviewController.correctItems',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: {
      corrections: [
        {
          itemId: '$itemId',
          status: 'Partial',
          statusMark: '△',
          question: 'Is customer data encrypted at rest?',
          answer: null,
          responsibility: 'Vendor',
          answerFlag: 'None'
        }
      ]
    },
    expect: { refusal: 'Error_No_Permission' }
  },
  {
    name: 'correctItems_unknownStatusIsRefused',
    method: 'ChecksheetReviewController.correctItems',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: {
      corrections: [
        {
          itemId: '$itemId',
          status: 'Done',
          statusMark: '○',
          question: 'Is customer data encrypted at rest?',
          answer: null,
          responsibility: 'Vendor',
          answerFlag: 'None'
        }
      ]
    },
    expect: { refusal: 'Error_Invalid_Choice' }
  },
  {
    name: 'setReviewStatus_reviewerStartsReview',
    method: 'ChecksheetReviewController.setReviewStatus',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId', reviewStatus: 'In_Review', nextReviewOn: null },
    expect: { result: { id: '$checksheetId', reviewStatus: 'In_Review', nextReviewOn: null } }
  },
  {
    name: 'setReviewStatus_receivedToApprovedIsRefused',
    method: 'ChecksheetReviewController.setReviewStatus',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId', reviewStatus: 'Approved', nextReviewOn: null },
    expect: { refusal: 'Error_Invalid_Status_Transition' }
  },
  {
    name: 'setReviewer_ownerAssignsOtherReviewer',
    method: 'ChecksheetReviewController.setReviewer',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId', reviewerId: '$otherReviewerId' },
    expect: { result: { id: '$checksheetId', reviewerId: '$otherReviewerId', canEdit: true } }
  },
  {
    name: 'setReviewer_viewerIsRefused',
    method: 'ChecksheetReviewController.setReviewer',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { checksheetId: '$checksheetId', reviewerId: '$viewerId' },
    expect: { refusal: 'Error_Not_Owner_Or_Admin' }
  },
  {
    name: 'createFollowUps_reviewerCreatesFollowUp',
    method: 'ChecksheetReviewController.createFollowUps',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: { itemIds: ['$itemId'], dueDate: '2026-12-31' },
    expect: {
      result: [
        { itemId: '$itemId', ownerId: '$reviewerId', activityDate: '2026-12-31', isClosed: false }
      ]
    }
  },
  {
    name: 'createFollowUps_viewerIsRefused',
    method: 'ChecksheetReviewController.createFollowUps',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { itemIds: ['$itemId'], dueDate: '2026-12-31' },
    expect: { refusal: 'Error_No_Permission' }
  },
  // ChecksheetComparisonController
  {
    name: 'saveComparison_reviewerSavesComparison',
    method: 'ChecksheetComparisonController.saveComparison',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet'],
    input: {
      comparison: {
        id: null,
        name: 'Acme vs Globex',
        purpose: 'Choose a hosting vendor',
        decisionNotes: null,
        status: 'Draft',
        checksheetIds: ['$otherChecksheetId', '$checksheetId']
      }
    },
    expect: {
      result: {
        name: 'Acme vs Globex',
        purpose: 'Choose a hosting vendor',
        decisionNotes: null,
        status: 'Draft',
        canEdit: true,
        members: [
          {
            checksheetId: '$otherChecksheetId',
            columnOrder: 1,
            checksheetName: 'Globex Hosting 3.1',
            vendorName: 'Globex Hosting KK',
            serviceName: 'Globex Hosting',
            documentVersion: '3.1',
            newerVersionId: null,
            newerVersionLabel: null
          },
          {
            checksheetId: '$checksheetId',
            columnOrder: 2,
            checksheetName: 'Acme Cloud 1.0',
            vendorName: 'Acme Cloud Co.',
            newerVersionId: null
          }
        ]
      }
    }
  },
  {
    name: 'saveComparison_reviewerDecidesAndReordersOwnComparison',
    method: 'ChecksheetComparisonController.saveComparison',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet', 'savedComparison'],
    input: {
      comparison: {
        id: '$comparisonId',
        name: 'Acme vs Globex',
        purpose: 'Choose a hosting vendor',
        decisionNotes: 'Globex: encryption at rest and a bug bounty.',
        status: 'Decided',
        checksheetIds: ['$otherChecksheetId', '$checksheetId']
      }
    },
    expect: {
      result: {
        id: '$comparisonId',
        status: 'Decided',
        decisionNotes: 'Globex: encryption at rest and a bug bounty.',
        members: [
          { checksheetId: '$otherChecksheetId', columnOrder: 1 },
          { checksheetId: '$checksheetId', columnOrder: 2 }
        ]
      }
    }
  },
  {
    name: 'saveComparison_viewerIsRefused',
    method: 'ChecksheetComparisonController.saveComparison',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet'],
    input: {
      comparison: {
        id: null,
        name: 'Acme vs Globex',
        purpose: null,
        decisionNotes: null,
        status: 'Draft',
        checksheetIds: ['$checksheetId', '$otherChecksheetId']
      }
    },
    expect: { refusal: 'Error_No_Permission' }
  },
  {
    name: 'saveComparison_oneChecksheetIsRefused',
    method: 'ChecksheetComparisonController.saveComparison',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: {
      comparison: {
        id: null,
        name: 'Acme alone',
        purpose: null,
        decisionNotes: null,
        status: 'Draft',
        checksheetIds: ['$checksheetId', '$checksheetId']
      }
    },
    expect: { refusal: 'Error_Too_Few_Checksheets' }
  },
  {
    name: 'saveComparison_unknownStatusIsRefused',
    method: 'ChecksheetComparisonController.saveComparison',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet'],
    input: {
      comparison: {
        id: null,
        name: 'Acme vs Globex',
        purpose: null,
        decisionNotes: null,
        status: 'Final',
        checksheetIds: ['$checksheetId', '$otherChecksheetId']
      }
    },
    expect: { refusal: 'Error_Invalid_Choice' }
  },
  {
    name: 'getComparison_viewerSeesSupersededMember',
    method: 'ChecksheetComparisonController.getComparison',
    user: 'viewer',
    given: [
      'vendor',
      'completeChecksheet',
      'otherChecksheet',
      'savedComparison',
      'newerChecksheet'
    ],
    input: { comparisonId: '$comparisonId' },
    expect: {
      result: {
        id: '$comparisonId',
        name: 'Acme vs Globex',
        purpose: 'Choose a hosting vendor',
        status: 'Draft',
        canEdit: false,
        members: [
          {
            checksheetId: '$checksheetId',
            columnOrder: 1,
            documentVersion: '1.0',
            newerVersionId: '$newerChecksheetId',
            newerVersionLabel: 'Acme Cloud 2.0'
          },
          { checksheetId: '$otherChecksheetId', columnOrder: 2, newerVersionId: null }
        ]
      }
    }
  },
  {
    name: 'getComparison_unknownIsNotFound',
    method: 'ChecksheetComparisonController.getComparison',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet'],
    input: { comparisonId: '$checksheetId' },
    expect: { refusal: 'Error_Comparison_Not_Found' }
  },
  {
    name: 'getComparisons_viewerListsSavedComparison',
    method: 'ChecksheetComparisonController.getComparisons',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet', 'savedComparison'],
    input: { maxRows: 10 },
    expect: {
      result: [{ id: '$comparisonId', name: 'Acme vs Globex', status: 'Draft', memberCount: 2 }]
    }
  },
  {
    name: 'getItemLinks_viewerReadsLedger',
    method: 'ChecksheetComparisonController.getItemLinks',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet', 'savedComparison', 'itemLink'],
    input: { checksheetIds: ['$otherChecksheetId', '$checksheetId'] },
    expect: {
      result: [
        {
          id: '$itemLinkId',
          itemAId: '$itemId',
          itemBId: '$otherItemId',
          checksheetAId: '$checksheetId',
          checksheetBId: '$otherChecksheetId',
          relationship: 'Same',
          method: 'Manual',
          score: null,
          confirmedById: '$reviewerId',
          comparisonId: '$comparisonId',
          canRemove: false
        }
      ]
    }
  },
  {
    name: 'getItemLinks_reviewerMayForgetOwnDecision',
    method: 'ChecksheetComparisonController.getItemLinks',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet', 'savedComparison', 'itemLink'],
    input: { checksheetIds: ['$checksheetId', '$otherChecksheetId'] },
    expect: { result: [{ id: '$itemLinkId', canRemove: true }] }
  },
  {
    name: 'saveItemLinks_reviewerConfirmsPair',
    method: 'ChecksheetComparisonController.saveItemLinks',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet', 'savedComparison'],
    input: {
      comparisonId: '$comparisonId',
      links: [
        {
          itemAId: '$otherItemId',
          itemBId: '$itemId',
          relationship: 'Partly_Same',
          method: 'Automatic',
          score: 0.62
        }
      ]
    },
    expect: {
      result: [
        {
          itemAId: '$itemId',
          itemBId: '$otherItemId',
          checksheetAId: '$checksheetId',
          checksheetBId: '$otherChecksheetId',
          relationship: 'Partly_Same',
          method: 'Automatic',
          score: 0.62,
          confirmedById: '$reviewerId',
          comparisonId: '$comparisonId'
        }
      ]
    }
  },
  {
    name: 'saveItemLinks_secondDecisionUpdatesPair',
    method: 'ChecksheetComparisonController.saveItemLinks',
    user: 'admin',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet', 'savedComparison', 'itemLink'],
    input: {
      comparisonId: null,
      links: [
        {
          itemAId: '$itemId',
          itemBId: '$otherItemId',
          relationship: 'Not_Same',
          method: 'Manual',
          score: null
        }
      ]
    },
    expect: {
      result: [
        {
          id: '$itemLinkId',
          relationship: 'Not_Same',
          confirmedById: '$adminId',
          comparisonId: null
        }
      ]
    }
  },
  {
    name: 'saveItemLinks_viewerIsRefused',
    method: 'ChecksheetComparisonController.saveItemLinks',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet'],
    input: {
      comparisonId: null,
      links: [
        {
          itemAId: '$itemId',
          itemBId: '$otherItemId',
          relationship: 'Same',
          method: 'Manual',
          score: null
        }
      ]
    },
    expect: { refusal: 'Error_No_Permission' }
  },
  {
    name: 'saveItemLinks_itemWithItselfIsRefused',
    method: 'ChecksheetComparisonController.saveItemLinks',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: {
      comparisonId: null,
      links: [
        {
          itemAId: '$itemId',
          itemBId: '$itemId',
          relationship: 'Same',
          method: 'Manual',
          score: null
        }
      ]
    },
    expect: { refusal: 'Error_Link_Same_Item' }
  },
  {
    name: 'saveItemLinks_sameChecksheetIsRefused',
    method: 'ChecksheetComparisonController.saveItemLinks',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet'],
    input: {
      comparisonId: null,
      links: [
        {
          itemAId: '$itemId',
          itemBId: '$secondItemId',
          relationship: 'Same',
          method: 'Manual',
          score: null
        }
      ]
    },
    expect: { refusal: 'Error_Link_Same_Checksheet' }
  },
  {
    name: 'removeItemLinks_reviewerUndoesOwnDecision',
    method: 'ChecksheetComparisonController.removeItemLinks',
    user: 'reviewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet', 'savedComparison', 'itemLink'],
    input: { linkIds: ['$itemLinkId'] },
    expect: { result: null }
  },
  {
    name: 'removeItemLinks_viewerIsRefused',
    method: 'ChecksheetComparisonController.removeItemLinks',
    user: 'viewer',
    given: ['vendor', 'completeChecksheet', 'otherChecksheet', 'savedComparison', 'itemLink'],
    input: { linkIds: ['$itemLinkId'] },
    expect: { refusal: 'Error_No_Permission' }
  }
];
