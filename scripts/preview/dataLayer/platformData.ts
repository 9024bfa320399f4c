/**
 * The records the preview's stand-ins for Lightning Data Service and the record picker ask the
 * data layer for (`uiRecordApi.getRecord`, `uiRecordApi.createRecord`,
 * `uiObjectInfoApi.getObjectInfo`, `uiObjectInfoApi.getPicklistValues`,
 * `lightningRecordPicker.search`), in the UI API's shapes, from the same database and with the
 * same permission sets as the Apex methods. Only what the package's components use: Accounts
 * (the vendor lookup, a new vendor), checksheets' header fields, users (the reviewer lookup).
 */
import {
  CHECKSHEET_FIELDS,
  CHECKSHEET_OBJECT,
  REVIEW_STATUS_VALUES,
  VENDOR_OBJECT
} from 'c/checksheetSchema';
import { PERMISSION_SETS } from './access';
import type { CallContext } from './context';
import { PREVIEW_USERS, userById } from './directory';
import { PlatformError } from './errors';
import { KEY_PREFIXES, newId } from './ids';
import type { Params } from './params';
import { stringParam } from './params';
import type { AccountRecord, ChecksheetRecord } from './records';
import { coverage } from './rollUps';
import { STORES } from './store';

const USER_OBJECT = 'User';
const NAME_FIELD = 'Name';

export interface RecordField {
  value: unknown;
  displayValue: string | null;
}

export interface RecordRepresentation {
  id: string;
  apiName: string;
  fields: Record<string, RecordField>;
}

/** Each Checksheet__c field the UI may read, from the record the data layer keeps. */
const CHECKSHEET_VALUES: Readonly<
  Record<keyof typeof CHECKSHEET_FIELDS, (record: ChecksheetRecord) => unknown>
> = {
  name: (r) => r.name,
  vendor: (r) => r.vendorId,
  serviceName: (r) => r.serviceName,
  framework: (r) => r.framework,
  documentVersion: (r) => r.documentVersion,
  issuedOn: (r) => r.issuedOn,
  receivedOn: (r) => r.receivedOn,
  reviewStatus: (r) => r.reviewStatus,
  reviewer: (r) => r.reviewerId,
  nextReviewOn: (r) => r.nextReviewOn,
  supersedes: (r) => r.supersedesId,
  preamble: (r) => r.preamble,
  sourceFileName: (r) => r.sourceFileName,
  sourceFormat: (r) => r.sourceFormat,
  sourceFileHash: (r) => r.sourceFileHash,
  importStatus: (r) => r.importStatus,
  expectedItemCount: (r) => r.expectedItemCount,
  itemCount: (r) => r.counts.itemCount,
  implementedCount: (r) => r.counts.implementedCount,
  partialCount: (r) => r.counts.partialCount,
  notImplementedCount: (r) => r.counts.notImplementedCount,
  notApplicableCount: (r) => r.counts.notApplicableCount,
  followUpCount: (r) => r.counts.followUpCount,
  flaggedCount: (r) => r.counts.flaggedCount,
  platformDelegatedCount: (r) => r.counts.platformDelegatedCount,
  coverage: (r) => coverage(r.counts)
};

const CHECKSHEET_FIELD_VALUES: ReadonlyMap<string, (record: ChecksheetRecord) => unknown> = new Map(
  (Object.keys(CHECKSHEET_FIELDS) as (keyof typeof CHECKSHEET_FIELDS)[]).map((key) => [
    CHECKSHEET_FIELDS[key],
    CHECKSHEET_VALUES[key]
  ])
);

function notFound(): PlatformError {
  return new PlatformError('The requested resource does not exist');
}

/** `Object.Field` → `Field`, for the fields of `apiName` only. */
function fieldsOf(apiName: string, names: unknown): string[] {
  if (!Array.isArray(names)) return [];
  return names
    .filter((name): name is string => typeof name === 'string')
    .filter((name) => name.startsWith(`${apiName}.`))
    .map((name) => name.slice(apiName.length + 1));
}

function representation(
  id: string,
  apiName: string,
  values: ReadonlyMap<string, unknown>,
  params: Params
): RecordRepresentation {
  const fields: Record<string, RecordField> = {};
  for (const field of fieldsOf(apiName, params.fields)) {
    if (!values.has(field)) throw new PlatformError(`No such column '${field}' on ${apiName}`);
    fields[field] = { value: values.get(field) ?? null, displayValue: null };
  }
  for (const field of fieldsOf(apiName, params.optionalFields)) {
    if (values.has(field)) fields[field] = { value: values.get(field) ?? null, displayValue: null };
  }
  return { id, apiName, fields };
}

export async function getRecord(context: CallContext, params: Params): Promise<unknown> {
  const recordId = stringParam(params, 'recordId');
  if (recordId === null) throw notFound();
  const user = userById(recordId);
  if (user !== undefined) {
    return representation(user.id, USER_OBJECT, new Map([[NAME_FIELD, user.name]]), params);
  }
  return context.store.transaction(
    [STORES.accounts, STORES.checksheets],
    'readonly',
    async (tx) => {
      const account = await tx.get<AccountRecord>(STORES.accounts, recordId);
      if (account !== undefined) {
        return representation(
          account.id,
          VENDOR_OBJECT,
          new Map([[NAME_FIELD, account.name]]),
          params
        );
      }
      const record = await tx.get<ChecksheetRecord>(STORES.checksheets, recordId);
      if (record === undefined) throw notFound();
      const values = new Map(
        [...CHECKSHEET_FIELD_VALUES].map(([field, read]) => [field, read(record)])
      );
      return representation(record.id, CHECKSHEET_OBJECT, values, params);
    }
  );
}

/** Account creation for a new vendor: only a user who may create Accounts (the preview's admin). */
export async function createRecord(context: CallContext, params: Params): Promise<unknown> {
  const apiName = stringParam(params, 'apiName');
  const fields = (params.fields ?? {}) as Record<string, unknown>;
  if (apiName !== VENDOR_OBJECT) {
    throw new PlatformError(
      `The preview creates only ${VENDOR_OBJECT} records here, not ${apiName}`
    );
  }
  if (!objectAccess(context, VENDOR_OBJECT).createable) {
    throw new PlatformError("You don't have access to create this record.");
  }
  const name = typeof fields[NAME_FIELD] === 'string' ? (fields[NAME_FIELD] as string).trim() : '';
  if (name === '') throw new PlatformError('Required fields are missing: [Name]');
  const account: AccountRecord = { id: newId(KEY_PREFIXES.account), name };
  await context.store.transaction([STORES.accounts], 'readwrite', async (tx) => {
    tx.put(STORES.accounts, account);
  });
  return representation(account.id, VENDOR_OBJECT, new Map([[NAME_FIELD, name]]), {
    fields: [`${VENDOR_OBJECT}.${NAME_FIELD}`]
  });
}

interface ObjectAccess {
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
}

/**
 * Object permissions: Checksheet__c as the permission sets grant it; Account read-only except for
 * the admin (who stands for an org administrator); User read-only.
 */
function objectAccess(context: CallContext, apiName: string | null): ObjectAccess {
  const permissions = PERMISSION_SETS[context.user.role];
  if (apiName === CHECKSHEET_OBJECT) {
    return {
      createable: permissions.create,
      updateable: permissions.edit,
      deletable: permissions.modifyAll
    };
  }
  const admin = context.user.role === 'admin';
  if (apiName === VENDOR_OBJECT) return { createable: admin, updateable: admin, deletable: admin };
  if (apiName === USER_OBJECT) return { createable: false, updateable: false, deletable: false };
  throw notFound();
}

export async function getObjectInfo(context: CallContext, params: Params): Promise<unknown> {
  const apiName = stringParam(params, 'objectApiName');
  return { apiName, ...objectAccess(context, apiName) };
}

/** Review_Status__c's values with their labels in the user's language (the one picklist asked for). */
export async function getPicklistValues(context: CallContext, params: Params): Promise<unknown> {
  const field = stringParam(params, 'fieldApiName');
  if (field !== `${CHECKSHEET_OBJECT}.${CHECKSHEET_FIELDS.reviewStatus}`) throw notFound();
  return {
    defaultValue: null,
    values: REVIEW_STATUS_VALUES.map((value) => ({
      value,
      label: context.reviewStatusLabel(value)
    }))
  };
}

/** Records offered by the record picker: vendors by name, or the users who may review. */
export async function searchRecords(context: CallContext, params: Params): Promise<unknown> {
  const apiName = stringParam(params, 'objectApiName');
  if (apiName === USER_OBJECT) {
    return Object.values(PREVIEW_USERS)
      .filter((user) => PERMISSION_SETS[user.role].edit)
      .map((user) => ({ id: user.id, name: user.name }));
  }
  if (apiName !== VENDOR_OBJECT) throw notFound();
  return context.store.transaction([STORES.accounts], 'readonly', async (tx) =>
    (await tx.all<AccountRecord>(STORES.accounts))
      .map((account) => ({ id: account.id, name: account.name }))
      .sort((a, b) => a.name.localeCompare(b.name))
  );
}
