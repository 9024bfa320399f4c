/**
 * Saved comparisons and the ledger as colleagues meet them, beyond the contract scenarios: who
 * may change a comparison, its columns growing and shrinking, one ledger row per pair whoever
 * decides, undo only by the row's owner or an admin, links scoped to the checksheets asked, a
 * staged import that cannot be a column, refusals in Japanese, and a database from before the
 * comparison stores.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PREVIEW_USERS } from '../dataLayer';
import type { ApexImplementations, PreviewUser } from '../dataLayer';
import type { ComparisonDto, ComparisonSummaryDto, ItemLinkDto } from '../dtos';
import { openStore, STORES } from '../store';
import { buildFixtures } from './fixtures';
import type { FixtureValues } from './fixtures';
import { failureOf, makeHarness, refusalMessage } from './harness';
import type { Harness } from './harness';

const { admin, reviewer, viewer, otherReviewer } = PREVIEW_USERS;

let harness: Harness;
let values: FixtureValues;

beforeEach(async () => {
  harness = makeHarness(reviewer);
  values = await buildFixtures(harness.layer, 'reviewer', [
    'vendor',
    'completeChecksheet',
    'otherChecksheet',
    'newerChecksheet',
    'savedComparison',
    'itemLink'
  ]);
});

afterEach(() => harness.layer.close());

const as = (user: PreviewUser): ApexImplementations => harness.layer.as(user);

function save(user: PreviewUser, checksheetIds: unknown[], status = 'Draft') {
  return as(user)['ChecksheetComparisonController.saveComparison']({
    comparison: {
      id: values.comparisonId,
      name: 'Acme vs Globex',
      purpose: 'Choose a hosting vendor',
      decisionNotes: null,
      status,
      checksheetIds
    }
  }) as Promise<ComparisonDto>;
}

function link(user: PreviewUser, itemAId: unknown, itemBId: unknown, relationship: string) {
  return as(user)['ChecksheetComparisonController.saveItemLinks']({
    comparisonId: null,
    links: [{ itemAId, itemBId, relationship, method: 'Manual', score: null }]
  }) as Promise<ItemLinkDto[]>;
}

function linksOf(user: PreviewUser, checksheetIds: unknown[]) {
  return as(user)['ChecksheetComparisonController.getItemLinks']({
    checksheetIds
  }) as Promise<ItemLinkDto[]>;
}

describe('saveComparison', () => {
  test('a colleague reads a comparison but cannot change it; an admin can', async () => {
    const { checksheetId, otherChecksheetId } = values;
    const read = (await as(otherReviewer)['ChecksheetComparisonController.getComparison']({
      comparisonId: values.comparisonId
    })) as ComparisonDto;
    expect(read.canEdit).toBe(false);
    expect(read.ownerName).toBe(reviewer.name);
    const refused = await failureOf(save(otherReviewer, [otherChecksheetId, checksheetId]));
    expect(refused.body.message).toBe(refusalMessage('Error_No_Permission'));
    const decided = await save(admin, [otherChecksheetId, checksheetId], 'Decided');
    expect(decided.status).toBe('Decided');
    expect(decided.canEdit).toBe(true);
    expect(decided.members.map((member) => member.checksheetId)).toEqual([
      otherChecksheetId,
      checksheetId
    ]);
  });

  test('columns grow and shrink; member rows are reused and the surplus deleted', async () => {
    const { checksheetId, otherChecksheetId, newerChecksheetId } = values;
    const three = await save(reviewer, [checksheetId, otherChecksheetId, newerChecksheetId]);
    expect(three.members.map((member) => member.columnOrder)).toEqual([1, 2, 3]);
    expect(await harness.count(STORES.members)).toBe(3);
    const two = await save(reviewer, [newerChecksheetId, checksheetId]);
    expect(two.members).toEqual([
      expect.objectContaining({ checksheetId: newerChecksheetId, columnOrder: 1 }),
      expect.objectContaining({
        checksheetId,
        columnOrder: 2,
        newerVersionId: newerChecksheetId,
        newerVersionLabel: 'Acme Cloud 2.0'
      })
    ]);
    expect(two.members[0].newerVersionId).toBeUndefined();
    expect(await harness.count(STORES.members)).toBe(2);
  });

  test('a refused save changes nothing, and a staged import cannot be a column', async () => {
    const staged = await buildFixtures(harness.layer, 'reviewer', ['importingChecksheet']);
    const refused = await failureOf(save(reviewer, [values.checksheetId, staged.importingId]));
    expect(refused.body.message).toBe(refusalMessage('Error_Checksheet_Not_Found'));
    const tooLong = await failureOf(
      as(reviewer)['ChecksheetComparisonController.saveComparison']({
        comparison: {
          id: null,
          name: 'x'.repeat(81),
          checksheetIds: [values.checksheetId, values.otherChecksheetId]
        }
      })
    );
    expect(tooLong.body.message).toBe(refusalMessage('Error_Field_Too_Long', ['name', 80]));
    const unchanged = (await as(viewer)['ChecksheetComparisonController.getComparison']({
      comparisonId: values.comparisonId
    })) as ComparisonDto;
    expect(unchanged.members.map((member) => member.checksheetId)).toEqual([
      values.checksheetId,
      values.otherChecksheetId
    ]);
    expect(await harness.count(STORES.comparisons)).toBe(1);
    const list = (await as(viewer)['ChecksheetComparisonController.getComparisons']({
      maxRows: null
    })) as ComparisonSummaryDto[];
    expect(list).toEqual([expect.objectContaining({ id: values.comparisonId, memberCount: 2 })]);
  });

  test('refusals read in Japanese for a Japanese user', async () => {
    harness.setLanguage('ja');
    const refused = await failureOf(save(reviewer, [values.checksheetId]));
    expect(refused.body.message).toBe('比較には 2 件以上のチェックシートが必要です。');
    const itself = await failureOf(link(reviewer, values.itemId, values.itemId, 'Same'));
    expect(itself.body.message).toBe('項目をそれ自身と結び付けることはできません。');
  });

  test('the most recently changed comparison lists first', async () => {
    const second = (await as(admin)['ChecksheetComparisonController.saveComparison']({
      comparison: {
        id: null,
        name: '',
        checksheetIds: [values.newerChecksheetId, values.otherChecksheetId]
      }
    })) as ComparisonDto;
    expect(second.name).toBe(second.id);
    expect(second.status).toBe('Draft');
    const list = (await as(viewer)['ChecksheetComparisonController.getComparisons']({
      maxRows: 1
    })) as ComparisonSummaryDto[];
    expect(list.map((row) => row.id)).toEqual([second.id]);
    await save(reviewer, [values.checksheetId, values.otherChecksheetId]);
    const again = (await as(viewer)['ChecksheetComparisonController.getComparisons']({
      maxRows: 5
    })) as ComparisonSummaryDto[];
    expect(again.map((row) => row.id)).toEqual([values.comparisonId, second.id]);
  });
});

describe('the ledger', () => {
  test('one row per pair, whoever decides; only its owner or an admin undoes it', async () => {
    const corrected = await link(otherReviewer, values.otherItemId, values.itemId, 'Partly_Same');
    expect(corrected).toEqual([
      expect.objectContaining({
        id: values.itemLinkId,
        itemAId: values.itemId,
        itemBId: values.otherItemId,
        relationship: 'Partly_Same',
        confirmedById: otherReviewer.id,
        confirmedByName: otherReviewer.name
      })
    ]);
    expect(await harness.count(STORES.itemLinks)).toBe(1);
    const refused = await failureOf(
      as(otherReviewer)['ChecksheetComparisonController.removeItemLinks']({
        linkIds: [values.itemLinkId]
      })
    );
    expect(refused.body.message).toBe(refusalMessage('Error_No_Permission'));
    expect(await harness.count(STORES.itemLinks)).toBe(1);
    await as(admin)['ChecksheetComparisonController.removeItemLinks']({
      linkIds: [values.itemLinkId, values.itemLinkId]
    });
    expect(await linksOf(viewer, [values.checksheetId, values.otherChecksheetId])).toEqual([]);
  });

  test('a link holds in every set of checksheets that has both items, and only there', async () => {
    // A checksheet Id is no item: refused, nothing saved.
    const notAnItem = await failureOf(
      link(reviewer, values.otherItemId, values.newerChecksheetId, 'Same')
    );
    expect(notAnItem.body.message).toBe(refusalMessage('Error_Checksheet_Not_Found'));
    const all = await linksOf(viewer, [
      values.newerChecksheetId,
      values.otherChecksheetId,
      values.checksheetId
    ]);
    expect(all.map((row) => row.id)).toEqual([values.itemLinkId]);
    expect(await linksOf(viewer, [values.checksheetId, values.newerChecksheetId])).toEqual([]);
    expect(await linksOf(viewer, [values.checksheetId])).toEqual([]);
  });

  test('the same pair twice in one call keeps the last decision; a bad score is refused', async () => {
    const saved = (await as(reviewer)['ChecksheetComparisonController.saveItemLinks']({
      comparisonId: values.comparisonId,
      links: [
        {
          itemAId: values.itemId,
          itemBId: values.otherItemId,
          relationship: 'Same',
          method: 'Automatic',
          score: 0.9
        },
        {
          itemAId: values.otherItemId,
          itemBId: values.itemId,
          relationship: 'Not_Same',
          method: null,
          score: null
        }
      ]
    })) as ItemLinkDto[];
    expect(saved).toEqual([
      expect.objectContaining({ id: values.itemLinkId, relationship: 'Not_Same', method: 'Manual' })
    ]);
    const badScore = await failureOf(
      as(reviewer)['ChecksheetComparisonController.saveItemLinks']({
        comparisonId: null,
        links: [
          {
            itemAId: values.itemId,
            itemBId: values.otherItemId,
            relationship: 'Same',
            method: 'Automatic',
            score: 1.5
          }
        ]
      })
    );
    expect(badScore.body.message).toBe(refusalMessage('Error_Invalid_Choice', ['score', 1.5]));
  });
});

test('a database from before the comparison stores opens with them', async () => {
  const access = { indexedDB: new IDBFactory(), IDBKeyRange };
  const request = access.indexedDB.open('old-preview', 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(STORES.checksheets, { keyPath: 'id' });
  };
  await new Promise((resolve, reject) => {
    request.onsuccess = resolve;
    request.onerror = reject;
  });
  request.result.close();
  const store = await openStore(access, 'old-preview');
  try {
    const rows = await store.transaction([STORES.comparisons, STORES.itemLinks], 'readonly', (tx) =>
      tx.all(STORES.itemLinks)
    );
    expect(rows).toEqual([]);
  } finally {
    store.close();
  }
});
