/**
 * The preview's database: one IndexedDB database whose object stores stand for the org's records
 * (checksheets, items, share rows, Tasks, files, vendor Accounts, saved comparisons, their members
 * and the item-link ledger). Every Apex transaction of the
 * contract is one IndexedDB transaction here, so a refused call changes nothing: a failure
 * inside `transaction` aborts it, as a rollback to the savepoint does in Apex.
 */

/** Where the database lives: `window` in the browser, fake-indexeddb's exports in tests. */
export interface DatabaseAccess {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export const DATABASE_NAME = 'vendor-checksheets-preview';
/** 2: the saved comparisons' stores (comparisons, members, itemLinks); 3: field history. */
const DATABASE_VERSION = 3;

export const STORES = {
  accounts: 'accounts',
  checksheets: 'checksheets',
  items: 'items',
  shares: 'shares',
  tasks: 'tasks',
  files: 'files',
  comparisons: 'comparisons',
  members: 'members',
  itemLinks: 'itemLinks',
  /** Checksheet__History and Checksheet_Item__History rows (history.ts). */
  history: 'history'
} as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

/** Index names; `byChecksheet` exists on every store whose records belong to a checksheet. */
export const INDEXES = {
  byChecksheet: 'byChecksheet',
  byChecksheetSortOrder: 'byChecksheetSortOrder',
  byVendor: 'byVendor',
  byComparison: 'byComparison'
} as const;

const CHILD_STORES: readonly StoreName[] = [
  STORES.items,
  STORES.shares,
  STORES.tasks,
  STORES.files,
  STORES.history
];

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function createSchema(db: IDBDatabase): void {
  for (const name of Object.values(STORES)) {
    if (db.objectStoreNames.contains(name)) continue;
    const store = db.createObjectStore(name, { keyPath: 'id' });
    if (CHILD_STORES.includes(name)) store.createIndex(INDEXES.byChecksheet, 'checksheetId');
    if (name === STORES.items) {
      store.createIndex(INDEXES.byChecksheetSortOrder, ['checksheetId', 'sortOrder']);
    }
    if (name === STORES.checksheets) store.createIndex(INDEXES.byVendor, 'vendorId');
    if (name === STORES.members) store.createIndex(INDEXES.byComparison, 'comparisonId');
  }
}

/** Opens (creating or upgrading) the preview's database. */
export async function openStore(access: DatabaseAccess, name = DATABASE_NAME): Promise<Store> {
  const request = access.indexedDB.open(name, DATABASE_VERSION);
  request.onupgradeneeded = () => createSchema(request.result);
  const db = await requestResult(request);
  return new Store(db, access.IDBKeyRange);
}

export class Store {
  private readonly db: IDBDatabase;
  private readonly keyRange: typeof IDBKeyRange;

  constructor(db: IDBDatabase, keyRange: typeof IDBKeyRange) {
    this.db = db;
    this.keyRange = keyRange;
  }

  /**
   * Runs `work` in one transaction over `names`. `work` may await only this transaction's
   * requests (anything else lets IndexedDB commit early). When it throws, every write it made
   * is undone and the error is thrown on.
   */
  async transaction<T>(
    names: readonly StoreName[],
    mode: IDBTransactionMode,
    work: (tx: Tx) => Promise<T>
  ): Promise<T> {
    const transaction = this.db.transaction(names as StoreName[], mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
    });
    let result: T;
    try {
      result = await work(new Tx(transaction, this.keyRange));
    } catch (error) {
      done.catch(() => undefined);
      try {
        transaction.abort();
      } catch {
        // Already finished: nothing was left to undo.
      }
      throw error;
    }
    await done;
    return result;
  }

  /** Empties every store. */
  clear(): Promise<void> {
    const names = Object.values(STORES);
    return this.transaction(names, 'readwrite', async (tx) => {
      for (const name of names) tx.clear(name);
    });
  }

  close(): void {
    this.db.close();
  }
}

/** One transaction's requests, as promises. Writes are queued and checked when it commits. */
export class Tx {
  private readonly transaction: IDBTransaction;
  private readonly keyRange: typeof IDBKeyRange;

  constructor(transaction: IDBTransaction, keyRange: typeof IDBKeyRange) {
    this.transaction = transaction;
    this.keyRange = keyRange;
  }

  private store(name: StoreName): IDBObjectStore {
    return this.transaction.objectStore(name);
  }

  get<T>(name: StoreName, id: string): Promise<T | undefined> {
    return requestResult(this.store(name).get(id) as IDBRequest<T | undefined>);
  }

  all<T>(name: StoreName): Promise<T[]> {
    return requestResult(this.store(name).getAll() as IDBRequest<T[]>);
  }

  byIndex<T>(name: StoreName, index: string, key: IDBValidKey): Promise<T[]> {
    return requestResult(this.store(name).index(index).getAll(key) as IDBRequest<T[]>);
  }

  countByIndex(name: StoreName, index: string, key: IDBValidKey): Promise<number> {
    return requestResult(this.store(name).index(index).count(key));
  }

  /** Items of a checksheet with Sort_Order__c > afterSortOrder, in sort order, at most `count`. */
  itemsAfter<T>(checksheetId: string, afterSortOrder: number | null, count: number): Promise<T[]> {
    const lower = afterSortOrder ?? -Infinity;
    const range = this.keyRange.bound([checksheetId, lower], [checksheetId, Infinity], true, false);
    const index = this.store(STORES.items).index(INDEXES.byChecksheetSortOrder);
    return requestResult(index.getAll(range, count) as IDBRequest<T[]>);
  }

  put(name: StoreName, value: { id: string }): void {
    this.store(name).put(value);
  }

  delete(name: StoreName, id: string): void {
    this.store(name).delete(id);
  }

  /** Deletes every record of `name` that belongs to the checksheet. */
  async deleteChildren(name: StoreName, checksheetId: string): Promise<void> {
    const keys = await requestResult(
      this.store(name).index(INDEXES.byChecksheet).getAllKeys(checksheetId)
    );
    for (const key of keys) this.store(name).delete(key);
  }

  clear(name: StoreName): void {
    this.store(name).clear();
  }
}
