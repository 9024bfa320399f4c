/**
 * A data layer over fake-indexeddb for the tests, with the package's real labels and a fixed
 * clock. The tests run in Jest's default (jsdom) environment: under `@jest-environment node` the
 * LWC transform of c/checksheetModel (the limits, the parser) loads the LWC engine, which needs
 * a DOM. jsdom lacks structuredClone and TextDecoder, which fake-indexeddb and the parser use,
 * so Node's are lent to it.
 */
import path from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDataLayer, PREVIEW_USERS } from '../dataLayer';
import type { ApexFailure, DataLayer, PreviewUser } from '../dataLayer';
import type { Language } from '../labels';
import { formatLabel } from '../labels';
import { loadLabelTable, loadReviewStatusLabels } from '../labelFiles';
import { openStore } from '../store';
import type { StoreName } from '../store';

const lent = globalThis as unknown as Record<string, unknown>;
lent.structuredClone ??= (value: unknown) => deserialize(serialize(value));
lent.TextDecoder ??= TextDecoder;
lent.TextEncoder ??= TextEncoder;

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const LABELS = loadLabelTable(ROOT);
export const REVIEW_STATUS_LABELS = loadReviewStatusLabels(ROOT);

/** Noon on 2026-03-10 local time: "today" in every test unless it moves the clock. */
export const TODAY = '2026-03-10';

export interface Harness {
  layer: DataLayer;
  /** The preview's user switch. */
  switchTo(user: PreviewUser): void;
  /** The preview's language switch. */
  setLanguage(language: Language): void;
  /** Moves the clock to noon of a date. */
  setToday(date: string): void;
  /** How many records a store of the database holds (what no read shows, e.g. staged items). */
  count(store: StoreName): Promise<number>;
}

let databases = 0;

export function makeHarness(user: PreviewUser = PREVIEW_USERS.reviewer): Harness {
  let current = user;
  let language: Language = 'en';
  let now = new Date(`${TODAY}T12:00:00`);
  const access = { indexedDB: new IDBFactory(), IDBKeyRange };
  const databaseName = `test-${++databases}`;
  const layer = createDataLayer({
    db: access,
    databaseName,
    currentUser: () => current,
    labels: LABELS,
    reviewStatusLabels: REVIEW_STATUS_LABELS,
    language: () => language,
    clock: () => now
  });
  return {
    layer,
    switchTo: (next) => {
      current = next;
    },
    setLanguage: (next) => {
      language = next;
    },
    setToday: (date) => {
      now = new Date(`${date}T12:00:00`);
    },
    count: async (name) => {
      const store = await openStore(access, databaseName);
      try {
        return await store.transaction(
          [name],
          'readonly',
          async (tx) => (await tx.all(name)).length
        );
      } finally {
        store.close();
      }
    }
  };
}

/** The message a refusal with this label and these arguments carries, as Apex formats it. */
export function refusalMessage(label: string, args: unknown[] = [], language: Language = 'en') {
  const text = LABELS[label];
  const template = (language === 'ja' ? text.ja : undefined) ?? text.en;
  return args.length === 0 ? template : formatLabel(template, args);
}

/** The failure a call rejected with; fails the test when it resolved. */
export async function failureOf(call: Promise<unknown>): Promise<ApexFailure> {
  try {
    const result = await call;
    throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  } catch (error) {
    if (error instanceof Error) throw error;
    return error as ApexFailure;
  }
}
