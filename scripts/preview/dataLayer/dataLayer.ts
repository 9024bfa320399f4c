/**
 * The local preview's data layer: the Apex contract (helpers' CONTRACT.md, issue 6) implemented
 * in the browser over IndexedDB, so that the package's real components and its one Apex service
 * bundle run unchanged. The preview maps each `@salesforce/apex/Class.method` import to
 * `layer.implementations['Class.method']`; a call resolves with the DTO Apex would return or
 * rejects with `{ status, body: { message } }`, the message being the custom label Apex uses.
 */
import { dateOf, Stamps } from './clock';
import type { Clock } from './clock';
import * as comparisons from './comparisons';
import type { CallContext } from './context';
import type { PreviewUser } from './directory';
import { SAMPLE_VENDOR_NAMES } from './directory';
import { toApexFailure } from './errors';
import type { ApexFailure } from './errors';
import { KEY_PREFIXES, newId } from './ids';
import * as history from './history';
import * as importing from './importing';
import type { Language, LabelTable } from './labels';
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from './limits';
import type { Params } from './params';
import * as platformData from './platformData';
import * as reads from './reads';
import type { AccountRecord } from './records';
import * as review from './review';
import { openStore, STORES } from './store';
import type { DatabaseAccess, Store } from './store';

export type { ApexFailure } from './errors';
export type { DatabaseAccess } from './store';
export type { PreviewUser, Role } from './directory';
export { PREVIEW_USERS } from './directory';

type Method = (context: CallContext, params: Params) => Promise<unknown>;

/**
 * A result as it reaches the browser from Apex: @AuraEnabled serialisation leaves out every
 * property whose value is null (a void method still answers null).
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(value)) {
    if (property !== null && property !== undefined) out[key] = withoutNulls(property);
  }
  return out;
}

/**
 * Every @AuraEnabled method of the contract with its parameter names, in order: the contract
 * check compares these with what the components import and with the Apex classes.
 */
export const APEX_METHODS = {
  'ChecksheetImportController.beginImport': ['header'],
  'ChecksheetImportController.appendItems': ['checksheetId', 'items'],
  'ChecksheetImportController.attachSourceFile': ['checksheetId', 'fileName', 'base64Data'],
  'ChecksheetImportController.finishImport': ['checksheetId'],
  'ChecksheetImportController.importChecksheet': ['header', 'items'],
  'ChecksheetImportController.abandonImport': ['checksheetId'],
  'ChecksheetImportController.discardChecksheet': ['checksheetId'],
  'ChecksheetImportController.findDuplicateImports': ['vendorId', 'sourceFileHash'],
  'ChecksheetReadController.getChecksheet': ['checksheetId'],
  'ChecksheetReadController.getItemPage': ['checksheetId', 'afterSortOrder', 'pageSize'],
  'ChecksheetReadController.getVendorChecksheets': ['vendorId'],
  'ChecksheetReadController.getHomeLists': ['maxRows'],
  'ChecksheetReadController.getOpenFollowUps': ['checksheetId'],
  'ChecksheetReadController.getChecksheetHistory': ['checksheetId', 'itemId', 'maxRows'],
  'ChecksheetReviewController.saveVerdicts': ['changes'],
  'ChecksheetReviewController.correctItems': ['corrections'],
  'ChecksheetReviewController.setReviewStatus': ['checksheetId', 'reviewStatus', 'nextReviewOn'],
  'ChecksheetReviewController.setReviewer': ['checksheetId', 'reviewerId'],
  'ChecksheetReviewController.createFollowUps': ['itemIds', 'dueDate'],
  'ChecksheetComparisonController.saveComparison': ['comparison'],
  'ChecksheetComparisonController.getComparison': ['comparisonId'],
  'ChecksheetComparisonController.getComparisons': ['maxRows'],
  'ChecksheetComparisonController.getItemLinks': ['checksheetIds'],
  'ChecksheetComparisonController.saveItemLinks': ['comparisonId', 'links'],
  'ChecksheetComparisonController.removeItemLinks': ['linkIds']
} as const satisfies Record<string, readonly string[]>;

export type ApexMethodName = keyof typeof APEX_METHODS;

/** The methods marked `cacheable=true` (what `@wire` may call). */
export const CACHEABLE_METHODS: readonly ApexMethodName[] = [
  'ChecksheetImportController.findDuplicateImports',
  'ChecksheetReadController.getChecksheet',
  'ChecksheetReadController.getItemPage',
  'ChecksheetReadController.getVendorChecksheets',
  'ChecksheetReadController.getHomeLists',
  'ChecksheetReadController.getOpenFollowUps',
  'ChecksheetReadController.getChecksheetHistory',
  'ChecksheetComparisonController.getComparisons'
];

const METHODS: Readonly<Record<ApexMethodName, Method>> = {
  'ChecksheetImportController.beginImport': importing.beginImport,
  'ChecksheetImportController.appendItems': importing.appendItems,
  'ChecksheetImportController.attachSourceFile': importing.attachSourceFile,
  'ChecksheetImportController.finishImport': importing.finishImport,
  'ChecksheetImportController.importChecksheet': importing.importChecksheet,
  'ChecksheetImportController.abandonImport': importing.abandonImport,
  'ChecksheetImportController.discardChecksheet': importing.discardChecksheet,
  'ChecksheetImportController.findDuplicateImports': importing.findDuplicateImports,
  'ChecksheetReadController.getChecksheet': reads.getChecksheet,
  'ChecksheetReadController.getItemPage': reads.getItemPage,
  'ChecksheetReadController.getVendorChecksheets': reads.getVendorChecksheets,
  'ChecksheetReadController.getHomeLists': reads.getHomeLists,
  'ChecksheetReadController.getOpenFollowUps': reads.getOpenFollowUps,
  'ChecksheetReadController.getChecksheetHistory': history.getChecksheetHistory,
  'ChecksheetReviewController.saveVerdicts': review.saveVerdicts,
  'ChecksheetReviewController.correctItems': review.correctItems,
  'ChecksheetReviewController.setReviewStatus': review.setReviewStatus,
  'ChecksheetReviewController.setReviewer': review.setReviewer,
  'ChecksheetReviewController.createFollowUps': review.createFollowUps,
  'ChecksheetComparisonController.saveComparison': comparisons.saveComparison,
  'ChecksheetComparisonController.getComparison': comparisons.getComparison,
  'ChecksheetComparisonController.getComparisons': comparisons.getComparisons,
  'ChecksheetComparisonController.getItemLinks': comparisons.getItemLinks,
  'ChecksheetComparisonController.saveItemLinks': comparisons.saveItemLinks,
  'ChecksheetComparisonController.removeItemLinks': comparisons.removeItemLinks
};

/**
 * What the preview's stand-ins for `lightning/uiRecordApi`, `lightning/uiObjectInfoApi` and
 * `lightning-record-picker` ask the data layer for, by the names they call.
 */
export const PLATFORM_METHODS = {
  'uiRecordApi.getRecord': platformData.getRecord,
  'uiRecordApi.createRecord': platformData.createRecord,
  'uiObjectInfoApi.getObjectInfo': platformData.getObjectInfo,
  'uiObjectInfoApi.getPicklistValues': platformData.getPicklistValues,
  'lightningRecordPicker.search': platformData.searchRecords
} as const satisfies Record<string, Method>;

export type PlatformMethodName = keyof typeof PLATFORM_METHODS;

/** What `@salesforce/apex/Class.method` resolves to in the preview. */
export type ApexImplementation = (params?: Record<string, unknown>) => Promise<unknown>;
export type ApexImplementations = Readonly<Record<ApexMethodName, ApexImplementation>>;
export type PlatformImplementations = Readonly<Record<PlatformMethodName, ApexImplementation>>;

export interface DataLayerOptions {
  /** `window` in the browser; `{ indexedDB: new IDBFactory(), IDBKeyRange }` in tests. */
  db: DatabaseAccess;
  /** The preview's user switch. */
  currentUser: () => PreviewUser;
  /** Custom labels (labelFiles.loadLabelTable at build time). */
  labels: LabelTable;
  /** The language refusals are written in (the preview's language switch); English by default. */
  language?: () => Language;
  databaseName?: string;
  clock?: Clock;
  /** Vendor_Checksheets_Setting__mdt Default.Review_Interval_Months__c (12). */
  reviewIntervalMonths?: number;
  /** Review_Status__c picklist labels by value (labelFiles.loadReviewStatusLabels). */
  reviewStatusLabels?: LabelTable;
}

export interface DataLayer {
  /** The Apex methods, run as the preview's current user. */
  readonly implementations: ApexImplementations;
  /** The Apex methods run as `user` (System.runAs): for seeding and tests. */
  as(user: PreviewUser): ApexImplementations;
  /** The UI API and record picker answers, as the preview's current user. */
  readonly platform: PlatformImplementations;
  /** Date.today() as the layer sees it. */
  today(): string;
  /** Vendor Accounts (standard Account records, which no package Apex method creates). */
  vendors(): Promise<AccountRecord[]>;
  createVendor(name: string): Promise<AccountRecord>;
  deleteVendor(id: string): Promise<void>;
  /** Empties the database and puts back the sample vendors (seeding then imports the samples). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export function createDataLayer(options: DataLayerOptions): DataLayer {
  const clock = options.clock ?? (() => new Date());
  const stamps = new Stamps(clock);
  const language = options.language ?? (() => 'en');
  let opened: Promise<Store> | undefined;
  const store = (): Promise<Store> => {
    opened ??= openStore(options.db, options.databaseName);
    return opened;
  };

  const bind = <Name extends string>(
    methods: Readonly<Record<Name, Method>>,
    user: () => PreviewUser,
    /** Apex drops null properties; the UI API keeps them (`displayValue: null`). */
    result: (value: unknown) => unknown
  ): Readonly<Record<Name, ApexImplementation>> => {
    const entries = (Object.keys(methods) as Name[]).map((name) => {
      const implementation: ApexImplementation = async (params = {}) => {
        try {
          const context: CallContext = {
            store: await store(),
            user: user(),
            today: dateOf(clock()),
            stamps,
            clock,
            reviewIntervalMonths: options.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS,
            reviewStatusLabel: (value) => {
              const label = value === null ? undefined : options.reviewStatusLabels?.[value];
              if (label === undefined) return String(value);
              return (language() === 'ja' ? label.ja : undefined) ?? label.en;
            }
          };
          return result(await methods[name](context, params));
        } catch (error) {
          throw toApexFailure(error, options.labels, language()) satisfies ApexFailure;
        }
      };
      return [name, implementation] as const;
    });
    return Object.freeze(Object.fromEntries(entries)) as Readonly<Record<Name, ApexImplementation>>;
  };

  const createVendor = async (name: string): Promise<AccountRecord> => {
    const account: AccountRecord = { id: newId(KEY_PREFIXES.account), name };
    await (
      await store()
    ).transaction([STORES.accounts], 'readwrite', async (tx) => {
      tx.put(STORES.accounts, account);
    });
    return account;
  };

  return {
    implementations: bind(METHODS, options.currentUser, withoutNulls),
    as: (user) => bind(METHODS, () => user, withoutNulls),
    platform: bind(PLATFORM_METHODS, options.currentUser, (value) => value),
    today: () => dateOf(clock()),
    vendors: async () =>
      (await store()).transaction([STORES.accounts], 'readonly', (tx) =>
        tx.all<AccountRecord>(STORES.accounts)
      ),
    createVendor,
    deleteVendor: async (id) =>
      (await store()).transaction([STORES.accounts], 'readwrite', async (tx) => {
        tx.delete(STORES.accounts, id);
      }),
    clear: async () => {
      await (await store()).clear();
      for (const name of Object.values(SAMPLE_VENDOR_NAMES)) await createVendor(name);
    },
    close: async () => {
      if (opened !== undefined) (await opened).close();
      opened = undefined;
    }
  };
}
