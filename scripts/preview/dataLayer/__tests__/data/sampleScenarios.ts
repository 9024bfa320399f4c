/**
 * A handful of contract scenarios in the shape of scripts/contract/scenarios.ts, which proves the
 * scenario runner before (and besides) the shared list.
 */
import type { ContractScenario } from '../scenarioRunner';

export const SAMPLE_SCENARIOS: ContractScenario[] = [
  {
    name: 'importChecksheet_reviewerImportsSmallSheet',
    method: 'ChecksheetImportController.importChecksheet',
    user: 'reviewer',
    given: ['vendor'],
    input: {
      header: { name: 'Small sheet', vendorId: '$vendorId', serviceName: 'Acme Cloud', itemCount: 2 },
      items: [
        { itemNumber: '1', question: 'Q1', status: 'Implemented', statusMark: '○', sortOrder: 1 },
        { itemNumber: '2', question: 'Q2', status: 'Not_Applicable', statusMark: '-', sortOrder: 2 }
      ]
    },
    expect: {
      result: {
        name: 'Small sheet',
        vendorId: '$vendorId',
        vendorName: 'Acme Cloud Co.',
        importStatus: 'Complete',
        reviewStatus: 'Received',
        reviewerId: '$reviewerId',
        itemCount: 2,
        implementedCount: 1,
        notApplicableCount: 1,
        coverage: 100,
        canEdit: true
      }
    }
  },
  {
    name: 'beginImport_viewerIsRefused',
    method: 'ChecksheetImportController.beginImport',
    user: 'viewer',
    given: ['vendor'],
    input: { header: { name: 'X', vendorId: '$vendorId', itemCount: 1 } },
    expect: { refusal: 'Error_No_Permission' }
  },
  {
    name: 'beginImport_deletedVendorIsRefused',
    method: 'ChecksheetImportController.beginImport',
    user: 'reviewer',
    given: ['deletedVendor'],
    input: { header: { name: 'X', vendorId: '$deletedVendorId', itemCount: 1 } },
    expect: { refusal: 'Error_Vendor_Not_Visible' }
  },
  {
    name: 'appendItems_othersImportIsRefused',
    method: 'ChecksheetImportController.appendItems',
    user: 'reviewer',
    given: ['othersImportingChecksheet'],
    input: { checksheetId: '$othersImportingId', items: [{ itemNumber: '1', sortOrder: 1 }] },
    expect: { refusal: 'Error_Import_Not_Open' }
  },
  {
    name: 'finishImport_itemCountMismatch',
    method: 'ChecksheetImportController.finishImport',
    user: 'reviewer',
    given: ['importingChecksheet'],
    input: { checksheetId: '$importingId' },
    expect: { refusal: 'Error_Item_Count_Mismatch' }
  },
  {
    name: 'abandonImport_ownImport',
    method: 'ChecksheetImportController.abandonImport',
    user: 'reviewer',
    given: ['importingChecksheet'],
    input: { checksheetId: '$importingId' },
    expect: { result: null }
  },
  {
    name: 'getChecksheet_importingIsNotFound',
    method: 'ChecksheetReadController.getChecksheet',
    user: 'reviewer',
    given: ['importingChecksheet'],
    input: { checksheetId: '$importingId' },
    expect: { refusal: 'Error_Checksheet_Not_Found' }
  },
  {
    name: 'getItemPage_viewerReadsItems',
    method: 'ChecksheetReadController.getItemPage',
    user: 'viewer',
    given: ['completeChecksheet'],
    input: { checksheetId: '$checksheetId', afterSortOrder: 1, pageSize: 1 },
    expect: {
      result: {
        checksheet: { id: '$checksheetId', canEdit: false, coverage: 33.3 },
        items: [{ itemNumber: '1-2', status: 'Partial', statusMark: '△' }],
        nextAfterSortOrder: 2
      }
    }
  },
  {
    name: 'getHomeLists_recentAndCounts',
    method: 'ChecksheetReadController.getHomeLists',
    user: 'reviewer',
    given: ['completeChecksheet', 'importingChecksheet'],
    input: { maxRows: 10 },
    expect: {
      result: {
        recent: [{ id: '$checksheetId' }],
        myReviews: [{ id: '$checksheetId' }],
        dueForReview: [],
        statusCounts: { Received: 1 }
      }
    }
  },
  {
    name: 'saveVerdicts_invalidVerdictIsRefused',
    method: 'ChecksheetReviewController.saveVerdicts',
    user: 'reviewer',
    given: ['completeChecksheet'],
    input: { changes: [{ itemId: '$itemId', verdict: 'Maybe', comment: null }] },
    expect: { refusal: 'Error_Invalid_Verdict' }
  },
  {
    name: 'setReviewStatus_receivedToApprovedIsRefused',
    method: 'ChecksheetReviewController.setReviewStatus',
    user: 'reviewer',
    given: ['completeChecksheet'],
    input: { checksheetId: '$checksheetId', reviewStatus: 'Approved' },
    expect: { refusal: 'Error_Invalid_Status_Transition' }
  },
  {
    name: 'setReviewer_adminAssignsOtherReviewer',
    method: 'ChecksheetReviewController.setReviewer',
    user: 'admin',
    given: ['completeChecksheet'],
    input: { checksheetId: '$checksheetId', reviewerId: '$otherReviewerId' },
    expect: { result: { reviewerId: '$otherReviewerId', reviewerName: 'Sam Second-Reviewer' } }
  }
];
