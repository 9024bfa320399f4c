/**
 * The DTOs of the Apex contract (`ChecksheetDtos.X`), as the data layer returns them.
 *
 * TODO(lead): import these from c/checksheetApi (`import type`) once it lands; the shapes are the
 * contract's, property for property.
 */

export interface ImportHeader {
  name: string | null;
  vendorId: string | null;
  reviewerId?: string | null;
  serviceName?: string | null;
  framework?: string | null;
  documentVersion?: string | null;
  issuedOn?: string | null;
  receivedOn?: string | null;
  preamble?: string | null;
  sourceFileName?: string | null;
  sourceFormat?: string | null;
  sourceFileHash?: string | null;
  itemCount: number | null;
}

export interface ImportItem {
  itemNumber?: string | null;
  section?: string | null;
  question?: string | null;
  status?: string | null;
  statusMark?: string | null;
  answer?: string | null;
  matchKey?: string | null;
  sourceSheet?: string | null;
  sortOrder: number | null;
  sourceLine?: number | null;
}

export interface ImportProgress {
  checksheetId: string;
  importStatus: string;
  itemsSaved: number;
}

export interface ChecksheetSummary {
  id: string;
  name: string | null;
  vendorId: string | null;
  vendorName: string | null;
  serviceName: string | null;
  framework: string | null;
  documentVersion: string | null;
  reviewStatus: string | null;
  reviewerId: string | null;
  reviewerName: string | null;
  supersedesId: string | null;
  supersedesVersion: string | null;
  sourceFileName: string | null;
  sourceFormat: string | null;
  sourceFileHash: string | null;
  importStatus: string;
  issuedOn: string | null;
  receivedOn: string | null;
  nextReviewOn: string | null;
  itemCount: number;
  implementedCount: number;
  partialCount: number;
  notImplementedCount: number;
  notApplicableCount: number;
  followUpCount: number;
  coverage: number | null;
  isOverdue: boolean;
  canEdit: boolean;
  lastModifiedDate: string;
}

export interface ChecksheetItemDto {
  id: string;
  checksheetId: string;
  itemNumber: string | null;
  section: string | null;
  question: string | null;
  status: string | null;
  statusMark: string | null;
  answer: string | null;
  sourceSheet: string | null;
  reviewerVerdict: string | null;
  reviewerComment: string | null;
  matchKey: string | null;
  sortOrder: number;
  sourceLine: number | null;
}

export interface ItemPage {
  checksheet: ChecksheetSummary;
  items: ChecksheetItemDto[];
  nextAfterSortOrder: number | null;
}

export interface HomeLists {
  recent: ChecksheetSummary[];
  dueForReview: ChecksheetSummary[];
  myReviews: ChecksheetSummary[];
  statusCounts: Record<string, number>;
}

export interface VerdictChange {
  itemId: string;
  verdict: string | null;
  comment?: string | null;
}

export interface FollowUpDto {
  id: string;
  itemId: string;
  subject: string;
  status: string;
  ownerId: string;
  ownerName: string | null;
  activityDate: string | null;
  isClosed: boolean;
}
