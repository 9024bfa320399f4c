/**
 * The data layer as the preview page installs it: every method of the contract registered,
 * the samples seeded on the first start only (a reload keeps what the user did), calls waiting
 * for that seeding, and "Reset data" putting the seeded state back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { APEX_METHODS, PLATFORM_METHODS, PREVIEW_USERS } from '../dataLayer';
import type { ApexImplementation } from '../dataLayer';
import type { HomeLists } from '../dtos';
import { installDataLayer } from '../install';
import type { InstallOptions } from '../install';
import { LABELS, REVIEW_STATUS_LABELS, ROOT } from './harness';

const SAMPLES_DIR = path.join(ROOT, 'data', 'samples');

/** A registry like the preview's: methods by name, and the data layer for "Reset data". */
function makeRegistry() {
  const methods = new Map<string, ApexImplementation>();
  let reset: (() => Promise<void>) | undefined;
  return {
    methods,
    reset: () => reset!(),
    registerApexMethod: (name: string, implementation: ApexImplementation) => {
      methods.set(name, implementation);
    },
    registerDataLayer: (layer: { reset(): Promise<void> }) => {
      reset = () => layer.reset();
    }
  };
}

const db = { indexedDB: new IDBFactory(), IDBKeyRange };
let sampleLoads = 0;
const options: InstallOptions = {
  db,
  databaseName: 'install-test',
  currentUser: () => PREVIEW_USERS.reviewer,
  labels: LABELS,
  reviewStatusLabels: REVIEW_STATUS_LABELS,
  samples: async () => {
    sampleLoads++;
    return readdirSync(SAMPLES_DIR)
      .filter((file) => file !== 'README.md')
      .map((fileName) => ({
        fileName,
        text: readFileSync(path.join(SAMPLES_DIR, fileName), 'utf8')
      }));
  }
};

async function homeOf(registry: ReturnType<typeof makeRegistry>): Promise<HomeLists> {
  return (await registry.methods.get('ChecksheetReadController.getHomeLists')!({})) as HomeLists;
}

test('first start seeds, a reload keeps the data, reset restores the samples', async () => {
  const first = makeRegistry();
  const installed = installDataLayer(first, options);
  expect([...first.methods.keys()].sort()).toEqual(
    [...Object.keys(APEX_METHODS), ...Object.keys(PLATFORM_METHODS)].sort()
  );
  // Called at once: the call waits for the first seeding.
  expect((await homeOf(first)).recent).toHaveLength(7);
  expect(sampleLoads).toBe(1);

  const vendorId = (await homeOf(first)).recent[0].vendorId;
  await first.methods.get('ChecksheetImportController.importChecksheet')!({
    header: { name: 'Mine', vendorId, itemCount: 0 }
  });
  await installed.layer.close();

  const reloaded = makeRegistry();
  const again = installDataLayer(reloaded, options);
  await again.ready;
  expect(sampleLoads).toBe(1);
  expect((await homeOf(reloaded)).recent.map((row) => row.name)).toContain('Mine');

  await reloaded.reset();
  const names = (await homeOf(reloaded)).recent.map((row) => row.name);
  expect(names).toHaveLength(7);
  expect(names).not.toContain('Mine');
  await again.layer.close();
});
