/**
 * The preview's first start: the sample documents imported through the real path (parser,
 * staged import) and reviewed a little, so that every page has data; reset puts that back.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PREVIEW_USERS } from '../dataLayer';
import type { ChecksheetSummary, FollowUpDto, HomeLists } from '../dtos';
import { resetSampleData, seedSampleData } from '../seeding';
import type { SampleFile } from '../seeding';
import { makeHarness, ROOT } from './harness';
import type { Harness } from './harness';

const SAMPLES_DIR = path.join(ROOT, 'data', 'samples');
const SAMPLES: SampleFile[] = readdirSync(SAMPLES_DIR)
  .filter((file) => file !== 'README.md')
  .map((fileName) => ({ fileName, text: readFileSync(path.join(SAMPLES_DIR, fileName), 'utf8') }));

let harness: Harness;

beforeEach(async () => {
  harness = makeHarness(PREVIEW_USERS.reviewer);
  await harness.layer.clear();
});

afterEach(() => harness.layer.close());

const homeLists = async () =>
  (await harness.layer.implementations['ChecksheetReadController.getHomeLists']({})) as HomeLists;

test('every sample becomes a complete checksheet with all its items and the file hash', async () => {
  const made = await seedSampleData(harness.layer, SAMPLES);
  const byFile = new Map(made.map((summary) => [summary.sourceFileName, summary]));
  expect([...byFile.keys()].sort()).toEqual(SAMPLES.map((sample) => sample.fileName).sort());
  expect(
    Object.fromEntries([...byFile].map(([file, summary]) => [file, summary.itemCount]))
  ).toEqual({
    'acme-cloud-meti-v1.txt': 55,
    'acme-cloud-meti-v2.txt': 56,
    'acme-whitepaper.txt': 17,
    'globex-meti.txt': 56,
    'harukaze-questionnaire.md': 7,
    'initech-caiq.csv': 20,
    'willowbrook-caiq-v3.csv': 10
  });
  const v1 = byFile.get('acme-cloud-meti-v1.txt') as ChecksheetSummary;
  expect(v1).toMatchObject({
    framework: 'METI_Cloud_2013',
    documentVersion: '1.0',
    partialCount: 4
  });
  expect(v1.sourceFileHash).toBe(
    createHash('sha256')
      .update(SAMPLES.find((s) => s.fileName === v1.sourceFileName)!.text)
      .digest('hex')
  );
  expect(byFile.get('initech-caiq.csv')).toMatchObject({
    framework: 'CAIQ_v4',
    reviewerId: PREVIEW_USERS.otherReviewer.id
  });
  // The Markdown table and the ticks under Yes / No / N/A arrive with their statuses.
  expect(byFile.get('harukaze-questionnaire.md')).toMatchObject({
    sourceFormat: 'markdown',
    documentVersion: '1.2',
    implementedCount: 4,
    partialCount: 1,
    notImplementedCount: 1,
    notApplicableCount: 1
  });
  expect(byFile.get('willowbrook-caiq-v3.csv')).toMatchObject({
    vendorName: 'Willowbrook Analytics Ltd.',
    documentVersion: '2.1',
    implementedCount: 7,
    notImplementedCount: 2,
    notApplicableCount: 1
  });
});

test('every home list has rows: Acme Cloud 2.0 supersedes 1.0, due for review skips the old one', async () => {
  await seedSampleData(harness.layer, SAMPLES);
  const lists = await homeLists();
  const v2 = lists.recent.find((row) => row.sourceFileName === 'acme-cloud-meti-v2.txt')!;
  const v1 = lists.recent.find((row) => row.sourceFileName === 'acme-cloud-meti-v1.txt')!;
  expect(v2).toMatchObject({
    supersedesId: v1.id,
    supersedesVersion: '1.0',
    reviewStatus: 'In_Review'
  });
  expect(lists.dueForReview.map((row) => [row.sourceFileName, row.isOverdue])).toEqual([
    ['acme-whitepaper.txt', true],
    ['globex-meti.txt', false]
  ]);
  expect(lists.myReviews.map((row) => row.sourceFileName)).toEqual([
    'acme-cloud-meti-v2.txt',
    'harukaze-questionnaire.md',
    'willowbrook-caiq-v3.csv'
  ]);
  expect(lists.statusCounts).toEqual({
    Approved: 2,
    Approved_With_Conditions: 1,
    In_Review: 1,
    Received: 3
  });
  expect(v2.followUpCount).toBe(1);
  const followUps = (await harness.layer.implementations[
    'ChecksheetReadController.getOpenFollowUps'
  ]({
    checksheetId: v2.id
  })) as FollowUpDto[];
  expect(followUps.map((task) => (task.subject ?? '').split(' ')[0])).toEqual(['11-3']);
  const vendors = (await harness.layer.vendors()).map((vendor) => vendor.name);
  expect(vendors).toEqual(
    expect.arrayContaining(['アクメクラウド株式会社', 'グロベックス・システムズ株式会社'])
  );
});

test('reset restores the seeded state after changes', async () => {
  const first = await seedSampleData(harness.layer, SAMPLES);
  const apex = harness.layer.implementations;
  const extra = await apex['ChecksheetImportController.importChecksheet']({
    header: { name: 'Extra', vendorId: first[0].vendorId, itemCount: 0 }
  });
  expect(extra).toMatchObject({ name: 'Extra' });
  expect((await homeLists()).recent).toHaveLength(SAMPLES.length + 1);

  await resetSampleData(harness.layer, SAMPLES);
  const lists = await homeLists();
  expect(lists.recent.map((row) => row.sourceFileName).sort()).toEqual(
    SAMPLES.map((sample) => sample.fileName).sort()
  );
  expect(lists.recent.map((row) => row.id)).not.toContain((extra as ChecksheetSummary).id);
});
