/**
 * Field history (issue 8), as the org keeps it in `Checksheet__History` and
 * `Checksheet_Item__History`: one row per tracked field a save changes, with who and when. Which
 * fields are tracked comes from c/checksheetSchema (`CHECKSHEET_TRACKED_FIELDS`,
 * `CHECKSHEET_ITEM_TRACKED_FIELDS`, checked against `objects/`), so a field tracked there is
 * recorded here without a list of its own. `recordChecksheetChanges` / `recordItemChanges` are
 * called from the one place each record is updated (review.ts `saveChecksheet`, `saveItem`).
 *
 * The read is `ChecksheetReadController.getChecksheetHistory`: the checksheet's rows and its
 * items', merged newest first (at the same instant an item's before the checksheet's, then the
 * higher Id first, as Apex orders them), bounded, with a "more" flag.
 */
import {
  CHECKSHEET_FIELDS,
  CHECKSHEET_ITEM_FIELDS,
  CHECKSHEET_ITEM_TRACKED_FIELDS,
  CHECKSHEET_TRACKED_FIELDS
} from 'c/checksheetSchema';
import type { HistoryValueKind } from 'c/checksheetSchema';
import { datetimeText } from './clock';
import type { CallContext } from './context';
import { userById } from './directory';
import type { HistoryPage, HistoryRowDto } from './dtos';
import { KEY_PREFIXES, newId } from './ids';
import { MAX_HISTORY_ROWS } from './limits';
import type { Params } from './params';
import { integerParam, stringParam } from './params';
import { completeChecksheet } from './reads';
import type { AccountRecord, ChecksheetRecord, ItemRecord } from './records';
import type { StoreName, Tx } from './store';
import { INDEXES, STORES } from './store';

/** One `Checksheet__History` or `Checksheet_Item__History` row. */
export interface HistoryRecord {
  id: string;
  /** The checksheet the change belongs to (its own field or an item's): the byChecksheet index. */
  checksheetId: string;
  /** ParentId: the checksheet, or the item. */
  parentId: string;
  /** The item changed; null for the checksheet's own fields. */
  itemId: string | null;
  /** The field's API name. */
  field: string;
  /**
   * As history keeps it: picklist API values, dates, text; null for a long text area. A lookup
   * keeps the record's Id here and is named when read (the preview's names never change).
   */
  oldValue: string | null;
  newValue: string | null;
  createdById: string;
  createdStamp: number;
}

interface TrackedObject {
  fields: Readonly<Record<string, string>>;
  tracked: Readonly<Record<string, HistoryValueKind>>;
}

const CHECKSHEET: TrackedObject = { fields: CHECKSHEET_FIELDS, tracked: CHECKSHEET_TRACKED_FIELDS };
const ITEM: TrackedObject = {
  fields: CHECKSHEET_ITEM_FIELDS,
  tracked: CHECKSHEET_ITEM_TRACKED_FIELDS
};

/** Where the data layer's records keep a field: by its schema key, a lookup's with `Id` (`reviewerId`). */
export function recordProperty(key: string, kind: HistoryValueKind): string {
  return kind === 'lookup' ? `${key}Id` : key;
}

function valueOf(record: object, property: string): string | null {
  const value = (record as Record<string, unknown>)[property];
  return value === null || value === undefined || value === '' ? null : String(value);
}

/** The rows a change of `before` into `after` makes: one per tracked field whose value differs. */
function historyRows(
  object: TrackedObject,
  before: object,
  after: object,
  row: Pick<HistoryRecord, 'checksheetId' | 'parentId' | 'itemId' | 'createdById'>,
  stamp: () => number
): HistoryRecord[] {
  const rows: HistoryRecord[] = [];
  for (const [key, kind] of Object.entries(object.tracked)) {
    const property = recordProperty(key, kind);
    const oldValue = valueOf(before, property);
    const newValue = valueOf(after, property);
    if (oldValue === newValue) continue;
    const kept = kind !== 'longText';
    rows.push({
      id: newId(KEY_PREFIXES.history),
      ...row,
      field: object.fields[key],
      oldValue: kept ? oldValue : null,
      newValue: kept ? newValue : null,
      createdStamp: stamp()
    });
  }
  return rows;
}

function putAll(tx: Tx, rows: readonly HistoryRecord[]): void {
  for (const row of rows) tx.put(STORES.history, row);
}

/** Records the history of a checksheet update (`before` as it was read, `after` as saved). */
export function recordChecksheetChanges(
  tx: Tx,
  context: CallContext,
  before: ChecksheetRecord,
  after: ChecksheetRecord
): void {
  const stamp = context.stamps.next();
  putAll(
    tx,
    historyRows(
      CHECKSHEET,
      before,
      after,
      { checksheetId: after.id, parentId: after.id, itemId: null, createdById: context.user.id },
      () => stamp
    )
  );
}

/** Records the history of an item update. */
export function recordItemChanges(
  tx: Tx,
  context: CallContext,
  before: ItemRecord,
  after: ItemRecord
): void {
  const stamp = context.stamps.next();
  putAll(
    tx,
    historyRows(
      ITEM,
      before,
      after,
      {
        checksheetId: after.checksheetId,
        parentId: after.id,
        itemId: after.id,
        createdById: context.user.id
      },
      () => stamp
    )
  );
}

/** Newest first; at the same instant an item's change first, then the higher Id. */
function newestFirst(a: HistoryRecord, b: HistoryRecord): number {
  if (a.createdStamp !== b.createdStamp) return b.createdStamp - a.createdStamp;
  if ((a.itemId === null) !== (b.itemId === null)) return a.itemId === null ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

const READ_STORES: readonly StoreName[] = [
  STORES.accounts,
  STORES.checksheets,
  STORES.items,
  STORES.history
];

export async function getChecksheetHistory(
  context: CallContext,
  params: Params
): Promise<HistoryPage> {
  const itemId = stringParam(params, 'itemId');
  const wanted = integerParam(params, 'maxRows');
  const size = wanted === null ? MAX_HISTORY_ROWS : Math.min(Math.max(wanted, 1), MAX_HISTORY_ROWS);
  return context.store.transaction(READ_STORES, 'readonly', async (tx) => {
    const record = await completeChecksheet(tx, stringParam(params, 'checksheetId'));
    const all = await tx.byIndex<HistoryRecord>(STORES.history, INDEXES.byChecksheet, record.id);
    const rows = all.filter((row) => itemId === null || row.itemId === itemId).sort(newestFirst);
    const shown = rows.slice(0, size);
    const [items, accounts] = await Promise.all([
      Promise.all(
        [...new Set(shown.map((row) => row.itemId).filter((id) => id !== null))].map((id) =>
          tx.get<ItemRecord>(STORES.items, id)
        )
      ),
      tx.all<AccountRecord>(STORES.accounts)
    ]);
    const numbers = new Map(
      items.filter((item) => item !== undefined).map((item) => [item.id, item.itemNumber])
    );
    const names = new Map(accounts.map((account) => [account.id, account.name]));
    const lookupKinds = lookupFields();
    const value = (field: string, stored: string | null): string | null => {
      if (stored === null || !lookupKinds.has(field)) return stored;
      return userById(stored)?.name ?? names.get(stored) ?? stored;
    };
    return {
      rows: shown.map((row): HistoryRowDto => ({
        id: row.id,
        changedAt: datetimeText(row.createdStamp),
        changedById: row.createdById,
        changedByName: userById(row.createdById)?.name ?? null,
        field: row.field,
        oldValue: value(row.field, row.oldValue),
        newValue: value(row.field, row.newValue),
        itemId: row.itemId,
        itemNumber: row.itemId === null ? null : (numbers.get(row.itemId) ?? null)
      })),
      hasMore: rows.length > size
    };
  });
}

/** API names of the tracked lookups, whose stored Ids read as the records' names. */
function lookupFields(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const object of [CHECKSHEET, ITEM]) {
    for (const [key, kind] of Object.entries(object.tracked)) {
      if (kind === 'lookup') names.add(object.fields[key]);
    }
  }
  return names;
}
