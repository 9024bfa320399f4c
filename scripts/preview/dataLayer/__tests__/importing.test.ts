/**
 * The staged import as a reviewer meets it: who may import, what a refused call says, that an
 * Importing checksheet shows nowhere, that a failed chunk changes nothing and abandon removes it.
 */
import { IMPORT_LIMITS } from 'c/checksheetSchema';
import { PREVIEW_USERS } from '../dataLayer';
import type { ChecksheetSummary, HomeLists, ImportProgress } from '../dtos';
import { STORES } from '../store';
import { sheetHeader, sheetItems, stagedImport } from './builders';
import { failureOf, makeHarness, refusalMessage } from './harness';
import type { Harness } from './harness';

const { admin, reviewer, viewer } = PREVIEW_USERS;
const CHUNK_ITEMS = IMPORT_LIMITS.itemsPerChunk;
const CHUNK_CHARACTERS = IMPORT_LIMITS.charactersPerChunk;
const FILE_BYTES = IMPORT_LIMITS.sourceFileBytes;

let harness: Harness;
let vendorId: string;

beforeEach(async () => {
  harness = makeHarness(reviewer);
  vendorId = (await harness.layer.createVendor('Acme Cloud Co.')).id;
});

afterEach(() => harness.layer.close());

const apex = () => harness.layer.implementations;

async function begin(itemCount: number): Promise<string> {
  const progress = (await apex()['ChecksheetImportController.beginImport']({
    header: sheetHeader(vendorId, { itemCount })
  })) as ImportProgress;
  return progress.checksheetId;
}

describe('importChecksheet', () => {
  test('a reviewer imports a 3-item sheet and sees it first in recent, with its counts', async () => {
    const summary = (await apex()['ChecksheetImportController.importChecksheet']({
      header: sheetHeader(vendorId),
      items: sheetItems(3)
    })) as ChecksheetSummary;
    expect(summary).toMatchObject({
      name: 'Acme Cloud checksheet',
      vendorName: 'Acme Cloud Co.',
      importStatus: 'Complete',
      reviewStatus: 'Received',
      reviewerId: reviewer.id,
      reviewerName: reviewer.name,
      itemCount: 3,
      implementedCount: 1,
      partialCount: 1,
      notImplementedCount: 1,
      coverage: 33.3,
      canEdit: true,
      isOverdue: false
    });
    const home = (await apex()['ChecksheetReadController.getHomeLists']({})) as HomeLists;
    expect(home.recent.map((row) => row.id)).toEqual([summary.id]);
    expect(home.myReviews.map((row) => row.id)).toEqual([summary.id]);
  });

  test("a viewer's import is refused with the No Permission label, in the user's language", async () => {
    harness.switchTo(viewer);
    const call = () =>
      apex()['ChecksheetImportController.importChecksheet']({
        header: sheetHeader(vendorId),
        items: sheetItems(3)
      });
    expect(await failureOf(call())).toEqual({
      status: 400,
      body: { message: refusalMessage('Error_No_Permission') }
    });
    harness.setLanguage('ja');
    expect((await failureOf(call())).body.message).toBe(
      refusalMessage('Error_No_Permission', [], 'ja')
    );
    expect(await harness.count(STORES.checksheets)).toBe(0);
  });

  test('a sheet larger than one chunk is refused whole', async () => {
    const failure = await failureOf(
      apex()['ChecksheetImportController.importChecksheet']({
        header: sheetHeader(vendorId, { itemCount: CHUNK_ITEMS + 1 }),
        items: sheetItems(CHUNK_ITEMS + 1)
      })
    );
    expect(failure.body.message).toBe(
      refusalMessage('Error_Chunk_Too_Large', [CHUNK_ITEMS, CHUNK_CHARACTERS])
    );
    expect(await harness.count(STORES.checksheets)).toBe(0);
  });

  test('a refusal at the end of the transaction (item count) leaves no checksheet behind', async () => {
    const failure = await failureOf(
      apex()['ChecksheetImportController.importChecksheet']({
        header: sheetHeader(vendorId, { itemCount: 4 }),
        items: sheetItems(3)
      })
    );
    expect(failure.body.message).toBe(refusalMessage('Error_Item_Count_Mismatch', [3, 4]));
    expect(await harness.count(STORES.checksheets)).toBe(0);
    expect(await harness.count(STORES.items)).toBe(0);
  });
});

describe('beginImport', () => {
  test('refuses a vendor the user cannot see, too many items and an over-long field', async () => {
    const gone = await harness.layer.createVendor('Gone Ltd.');
    await harness.layer.deleteVendor(gone.id);
    const begin = (header: object) =>
      failureOf(apex()['ChecksheetImportController.beginImport']({ header }));
    expect((await begin(sheetHeader(gone.id))).body.message).toBe(
      refusalMessage('Error_Vendor_Not_Visible')
    );
    expect((await begin(sheetHeader(vendorId, { itemCount: 50001 }))).body.message).toBe(
      refusalMessage('Error_Too_Many_Items', [50001, 50000])
    );
    expect(
      (await begin(sheetHeader(vendorId, { documentVersion: 'v'.repeat(41) }))).body.message
    ).toBe(refusalMessage('Error_Field_Too_Long', ['documentVersion', 40]));
    expect(await harness.count(STORES.checksheets)).toBe(0);
  });

  test('the reviewer defaults to the importing user; another reviewer gets a share row', async () => {
    const own = (await apex()['ChecksheetImportController.importChecksheet']({
      header: sheetHeader(vendorId),
      items: sheetItems(3)
    })) as ChecksheetSummary;
    expect(own.reviewerId).toBe(reviewer.id);
    expect(await harness.count(STORES.shares)).toBe(0);
    const assigned = (await apex()['ChecksheetImportController.importChecksheet']({
      header: sheetHeader(vendorId, { reviewerId: PREVIEW_USERS.otherReviewer.id }),
      items: sheetItems(3)
    })) as ChecksheetSummary;
    expect(assigned.reviewerName).toBe(PREVIEW_USERS.otherReviewer.name);
    expect(await harness.count(STORES.shares)).toBe(1);
  });
});

describe('an Importing checksheet', () => {
  test('is invisible to getChecksheet, getItemPage, getHomeLists and getVendorChecksheets', async () => {
    const checksheetId = await begin(3);
    await apex()['ChecksheetImportController.appendItems']({ checksheetId, items: sheetItems(3) });
    for (const method of [
      'ChecksheetReadController.getChecksheet',
      'ChecksheetReadController.getItemPage'
    ] as const) {
      expect((await failureOf(apex()[method]({ checksheetId }))).body.message).toBe(
        refusalMessage('Error_Checksheet_Not_Found')
      );
    }
    const home = (await apex()['ChecksheetReadController.getHomeLists']({})) as HomeLists;
    expect(home).toEqual({ recent: [], dueForReview: [], myReviews: [], statusCounts: {} });
    expect(await apex()['ChecksheetReadController.getVendorChecksheets']({ vendorId })).toEqual([]);

    const finished = (await apex()['ChecksheetImportController.finishImport']({
      checksheetId
    })) as ChecksheetSummary;
    expect(finished.importStatus).toBe('Complete');
    const listed = (await apex()['ChecksheetReadController.getVendorChecksheets']({
      vendorId
    })) as ChecksheetSummary[];
    expect(listed.map((row) => row.id)).toEqual([checksheetId]);
  });
});

describe('appendItems', () => {
  test('a failing chunk changes nothing: the staged items stay as they were', async () => {
    const checksheetId = await begin(6);
    const items = sheetItems(6);
    const first = (await apex()['ChecksheetImportController.appendItems']({
      checksheetId,
      items: items.slice(0, 3)
    })) as ImportProgress;
    expect(first).toEqual({ checksheetId, importStatus: 'Importing', itemsSaved: 3 });

    // The second item of the next chunk is too long: the first one, already written, is undone.
    const bad = items
      .slice(3)
      .map((item, index) => (index === 1 ? { ...item, answer: 'x'.repeat(131073) } : item));
    const failure = await failureOf(
      apex()['ChecksheetImportController.appendItems']({ checksheetId, items: bad })
    );
    expect(failure.body.message).toBe(refusalMessage('Error_Field_Too_Long', ['answer', 131072]));
    expect(await harness.count(STORES.items)).toBe(3);
    // A restricted picklist's bad value fails the same way, with the platform's message.
    const badStatus = items
      .slice(3)
      .map((item, index) => (index === 2 ? { ...item, status: 'Maybe' } : item));
    expect(
      (
        await failureOf(
          apex()['ChecksheetImportController.appendItems']({ checksheetId, items: badStatus })
        )
      ).body.message
    ).toBe(
      refusalMessage('Error_Generic', ['Status__c: bad value for restricted picklist field: Maybe'])
    );
    expect(await harness.count(STORES.items)).toBe(3);

    const retried = (await apex()['ChecksheetImportController.appendItems']({
      checksheetId,
      items: items.slice(3)
    })) as ImportProgress;
    expect(retried.itemsSaved).toBe(6);
    const summary = (await apex()['ChecksheetImportController.finishImport']({
      checksheetId
    })) as ChecksheetSummary;
    expect(summary.itemCount).toBe(6);
  });

  test('chunk bounds: more than IMPORT_LIMITS.itemsPerChunk items or charactersPerChunk characters', async () => {
    const checksheetId = await begin(CHUNK_ITEMS + 1);
    const tooMany = await failureOf(
      apex()['ChecksheetImportController.appendItems']({
        checksheetId,
        items: sheetItems(CHUNK_ITEMS + 1)
      })
    );
    expect(tooMany.body.message).toBe(
      refusalMessage('Error_Chunk_Too_Large', [CHUNK_ITEMS, CHUNK_CHARACTERS])
    );
    // 20 answers of a twentieth of the bound each, plus their other text: over the bound in all.
    const tooLong = await failureOf(
      apex()['ChecksheetImportController.appendItems']({
        checksheetId,
        items: sheetItems(20, CHUNK_CHARACTERS / 20 + 1)
      })
    );
    expect(tooLong.body.message).toBe(
      refusalMessage('Error_Chunk_Too_Large', [CHUNK_ITEMS, CHUNK_CHARACTERS])
    );
    expect(await harness.count(STORES.items)).toBe(0);
    const fits = (await apex()['ChecksheetImportController.appendItems']({
      checksheetId,
      items: sheetItems(CHUNK_ITEMS)
    })) as ImportProgress;
    expect(fits.itemsSaved).toBe(CHUNK_ITEMS);
  });

  test('more items than the header announced are refused, and nothing of the chunk is kept', async () => {
    const checksheetId = await begin(3);
    await apex()['ChecksheetImportController.appendItems']({ checksheetId, items: sheetItems(2) });
    const failure = await failureOf(
      apex()['ChecksheetImportController.appendItems']({ checksheetId, items: sheetItems(2) })
    );
    expect(failure.body.message).toBe(refusalMessage('Error_Too_Many_Items', [4, 3]));
    expect(await harness.count(STORES.items)).toBe(2);
  });

  test("refuses another user's import and a complete checksheet", async () => {
    harness.switchTo(admin);
    const othersId = await begin(1);
    harness.switchTo(reviewer);
    const notOpen = refusalMessage('Error_Import_Not_Open');
    const append = (checksheetId: string) =>
      failureOf(
        apex()['ChecksheetImportController.appendItems']({ checksheetId, items: sheetItems(1) })
      );
    expect((await append(othersId)).body.message).toBe(notOpen);
    const complete = await stagedImport(apex(), sheetHeader(vendorId), sheetItems(2));
    expect((await append(complete.id)).body.message).toBe(notOpen);
    expect((await append('a00000000000000')).body.message).toBe(notOpen);
  });
});

describe('abandonImport', () => {
  test('removes the checksheet with its staged items and file; nothing can be added after', async () => {
    const checksheetId = await begin(3);
    await apex()['ChecksheetImportController.appendItems']({ checksheetId, items: sheetItems(2) });
    const fileId = await apex()['ChecksheetImportController.attachSourceFile']({
      checksheetId,
      fileName: 'acme.txt',
      base64Data: Buffer.from('項番\t確認事項').toString('base64')
    });
    expect(fileId).toMatch(/^068/);
    expect(await harness.count(STORES.items)).toBe(2);

    expect(await apex()['ChecksheetImportController.abandonImport']({ checksheetId })).toBeNull();
    for (const store of [STORES.checksheets, STORES.items, STORES.files, STORES.shares]) {
      expect(await harness.count(store)).toBe(0);
    }
    const again = await failureOf(
      apex()['ChecksheetImportController.appendItems']({ checksheetId, items: sheetItems(1) })
    );
    expect(again.body.message).toBe(refusalMessage('Error_Import_Not_Open'));
  });

  test("only the user's own Importing checksheet: not another's, not a complete one", async () => {
    harness.switchTo(admin);
    const othersId = await begin(1);
    harness.switchTo(reviewer);
    const complete = await stagedImport(apex(), sheetHeader(vendorId), sheetItems(2));
    for (const checksheetId of [othersId, complete.id]) {
      const failure = await failureOf(
        apex()['ChecksheetImportController.abandonImport']({ checksheetId })
      );
      expect(failure.body.message).toBe(refusalMessage('Error_Import_Not_Open'));
    }
    expect(await harness.count(STORES.checksheets)).toBe(2);
    harness.switchTo(viewer);
    expect(
      (
        await failureOf(
          apex()['ChecksheetImportController.abandonImport']({ checksheetId: othersId })
        )
      ).body.message
    ).toBe(refusalMessage('Error_Import_Not_Open'));
  });
});

describe('discardChecksheet', () => {
  const discard = (checksheetId: string) =>
    apex()['ChecksheetImportController.discardChecksheet']({ checksheetId });

  test('the owner discards a Received checksheet with its items, follow-ups and file', async () => {
    const summary = await stagedImport(apex(), sheetHeader(vendorId), sheetItems(3));
    expect(summary.canDiscard).toBe(true);
    const page = (await apex()['ChecksheetReadController.getItemPage']({
      checksheetId: summary.id
    })) as { items: { id: string }[] };
    await apex()['ChecksheetReviewController.createFollowUps']({
      itemIds: [page.items[0].id],
      dueDate: null
    });
    expect(await harness.count(STORES.tasks)).toBe(1);
    expect(await discard(summary.id)).toBeNull();
    for (const store of [STORES.checksheets, STORES.items, STORES.tasks, STORES.shares]) {
      expect(await harness.count(store)).toBe(0);
    }
  });

  test('refuses once the review started, another user, and a version a later one supersedes', async () => {
    const older = await stagedImport(
      apex(),
      sheetHeader(vendorId, { itemCount: 1 }),
      sheetItems(1)
    );
    const inReview = (await apex()['ChecksheetReviewController.setReviewStatus']({
      checksheetId: older.id,
      reviewStatus: 'In_Review',
      nextReviewOn: null
    })) as ChecksheetSummary;
    expect(inReview.canDiscard).toBe(false);
    expect((await failureOf(discard(older.id))).body.message).toBe(
      refusalMessage('Error_Discard_Not_Allowed')
    );
    await apex()['ChecksheetReviewController.setReviewStatus']({
      checksheetId: older.id,
      reviewStatus: 'Rejected',
      nextReviewOn: null
    });
    const first = await stagedImport(
      apex(),
      sheetHeader(vendorId, {
        serviceName: 'Acme Mail',
        documentVersion: '1.0',
        issuedOn: '2025-01-01',
        itemCount: 1
      }),
      sheetItems(1)
    );
    const later = await stagedImport(
      apex(),
      sheetHeader(vendorId, {
        serviceName: 'Acme Mail',
        documentVersion: '2.0',
        issuedOn: '2025-06-01',
        itemCount: 1
      }),
      sheetItems(1)
    );
    expect(later.supersedesId).toBe(first.id);
    expect((await failureOf(discard(first.id))).body.message).toBe(
      refusalMessage('Error_Discard_Not_Allowed')
    );
    harness.switchTo(admin);
    expect((await failureOf(discard(later.id))).body.message).toBe(
      refusalMessage('Error_Discard_Not_Allowed')
    );
    expect(await harness.count(STORES.checksheets)).toBe(3);
  });
});

describe('attachSourceFile', () => {
  test('refuses a file over IMPORT_LIMITS.sourceFileBytes', async () => {
    const checksheetId = await begin(1);
    const failure = await failureOf(
      apex()['ChecksheetImportController.attachSourceFile']({
        checksheetId,
        fileName: 'big.xlsx',
        base64Data: Buffer.alloc(FILE_BYTES + 1).toString('base64')
      })
    );
    expect(failure.body.message).toBe(
      refusalMessage('Error_Source_File_Too_Large', [FILE_BYTES + 1, FILE_BYTES])
    );
    expect(await harness.count(STORES.files)).toBe(0);
  });
});

describe('findDuplicateImports', () => {
  test("lists the vendor's complete checksheets with that hash, latest first", async () => {
    const hash = 'c'.repeat(64);
    const older = await stagedImport(
      apex(),
      sheetHeader(vendorId, { sourceFileHash: hash }),
      sheetItems(1)
    );
    const newer = await stagedImport(
      apex(),
      sheetHeader(vendorId, { sourceFileHash: hash, issuedOn: '2025-05-01' }),
      sheetItems(1)
    );
    await stagedImport(apex(), sheetHeader(vendorId), sheetItems(1));
    await begin(1);
    const found = (await apex()['ChecksheetImportController.findDuplicateImports']({
      vendorId,
      sourceFileHash: hash.toUpperCase()
    })) as ChecksheetSummary[];
    expect(found.map((row) => row.id)).toEqual([newer.id, older.id]);
    const elsewhere = await harness.layer.createVendor('Other Co.');
    expect(
      await apex()['ChecksheetImportController.findDuplicateImports']({
        vendorId: elsewhere.id,
        sourceFileHash: hash
      })
    ).toEqual([]);
  });
});
