/**
 * The records the data layer keeps: what the org stores in Checksheet__c, Checksheet_Item__c,
 * Checksheet__Share, Task, ContentVersion, Account, Checksheet_Comparison__c,
 * Comparison_Member__c and Item_Link__c, with plain property names. Blank text is
 * kept as null, as Salesforce keeps it.
 */
import type { ComparisonStatusValue, ImportStatusValue, VerdictValue } from 'c/checksheetSchema';
import type { RollUpCounts } from './rollUps';

export interface AccountRecord {
  id: string;
  name: string;
}

export interface ChecksheetRecord {
  id: string;
  name: string;
  vendorId: string;
  serviceName: string | null;
  framework: string | null;
  documentVersion: string | null;
  issuedOn: string | null;
  receivedOn: string | null;
  preamble: string | null;
  sourceFileName: string | null;
  sourceFormat: string | null;
  sourceFileHash: string | null;
  reviewStatus: string;
  reviewerId: string | null;
  nextReviewOn: string | null;
  supersedesId: string | null;
  importStatus: ImportStatusValue;
  expectedItemCount: number | null;
  ownerId: string;
  createdById: string;
  /** CreatedDate and LastModifiedDate as milliseconds, strictly increasing within a layer. */
  createdStamp: number;
  lastModifiedStamp: number;
  /** The roll-up summary fields, kept up to date on every item write as the platform does. */
  counts: RollUpCounts;
}

export interface ItemRecord {
  id: string;
  checksheetId: string;
  itemNumber: string | null;
  section: string | null;
  question: string | null;
  status: string | null;
  statusMark: string | null;
  answer: string | null;
  sortOrder: number;
  sourceLine: number | null;
  sourceSheet: string | null;
  reviewerVerdict: VerdictValue | null;
  reviewerComment: string | null;
  matchKey: string | null;
  responsibility: string | null;
  responsibleParty: string | null;
  answerFlag: string | null;
  answerFlagReason: string | null;
  /**
   * Original_Reading__c, Corrected_By__c, Corrected_On__c: what the document said before a
   * reviewer's first correction of each field (JSON), who last corrected the item and when.
   * Absent on records saved before corrections existed, which reads as never corrected.
   */
  originalReading?: string | null;
  correctedById?: string | null;
  correctedOn?: string | null;
}

/** A Checksheet__Share row: Edit access for the checksheet's reviewer. */
export interface ShareRecord {
  id: string;
  checksheetId: string;
  userId: string;
  rowCause: string;
  accessLevel: 'Edit';
}

export interface TaskRecord {
  id: string;
  /** WhatId: the item the follow-up is about; checksheetId is kept beside it for lookups. */
  whatId: string;
  checksheetId: string;
  subject: string;
  status: string;
  ownerId: string;
  activityDate: string | null;
  isClosed: boolean;
}

/** A ContentVersion whose FirstPublishLocationId is the checksheet. */
export interface FileRecord {
  id: string;
  checksheetId: string;
  fileName: string;
  base64Data: string;
  size: number;
}

/** A Checksheet_Comparison__c (Public Read Only: its owner and admins edit it). */
export interface ComparisonRecord {
  id: string;
  name: string;
  purpose: string | null;
  decisionNotes: string | null;
  status: ComparisonStatusValue;
  ownerId: string;
  createdStamp: number;
  lastModifiedStamp: number;
}

/** A Comparison_Member__c: one column of a comparison (master-detail to it). */
export interface MemberRecord {
  id: string;
  comparisonId: string;
  /** Null once the checksheet is deleted (the lookup's SetNull). */
  checksheetId: string | null;
  columnOrder: number;
}

/** An Item_Link__c: one decision on an unordered pair of items, the lower Id as Item A. */
export interface ItemLinkRecord {
  id: string;
  itemAId: string;
  itemBId: string;
  /** "<itemAId>:<itemBId>", unique. */
  pairKey: string;
  relationship: string;
  method: string;
  score: number | null;
  confirmedById: string;
  /** Confirmed_On__c as an Apex Datetime reaches JavaScript. */
  confirmedOn: string;
  comparisonId: string | null;
  /** Who created the row: only they and admins delete it. */
  ownerId: string;
}

/** Text as Salesforce stores it: blank is null. */
export function textValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text === '' ? null : text;
}
