/**
 * Corrections of how items were read, as a reviewer meets them: the stored values change, the
 * document's reading is kept from the first correction of each field however often the item is
 * corrected, who and when are recorded, the roll-ups follow, and refusals change nothing.
 */
import { PREVIEW_USERS } from '../dataLayer';
import type { ApexImplementations, PreviewUser } from '../dataLayer';
import type { ChecksheetItemDto, ChecksheetSummary, ItemCorrection, ItemPage } from '../dtos';
import { ORIGINAL_READING_LENGTH, originalOf, serializedReading } from '../corrections';
import { importedSheet } from './builders';
import { failureOf, makeHarness, refusalMessage } from './harness';
import type { Harness } from './harness';

const { admin, reviewer, viewer, otherReviewer } = PREVIEW_USERS;

let harness: Harness;
let checksheet: ChecksheetSummary;
let items: ChecksheetItemDto[];

beforeEach(async () => {
  harness = makeHarness(reviewer);
  ({ checksheet, items } = await importedSheet(harness, 5));
});

afterEach(() => harness.layer.close());

const as = (user: PreviewUser): ApexImplementations => harness.layer.as(user);

/** A correction of `item` that keeps every value but those given. */
function correctionOf(item: ChecksheetItemDto, change: Partial<ItemCorrection>): ItemCorrection {
  return {
    itemId: item.id,
    status: item.status ?? 'None',
    statusMark: item.statusMark ?? null,
    question: item.question ?? null,
    answer: item.answer ?? null,
    responsibility: item.responsibility ?? null,
    answerFlag: item.answerFlag ?? null,
    ...change
  };
}

function correct(user: PreviewUser, corrections: unknown[]): Promise<ChecksheetItemDto[]> {
  return as(user)['ChecksheetReviewController.correctItems']({ corrections }) as Promise<
    ChecksheetItemDto[]
  >;
}

async function summary(): Promise<ChecksheetSummary> {
  return (await as(reviewer)['ChecksheetReadController.getChecksheet']({
    checksheetId: checksheet.id
  })) as ChecksheetSummary;
}

async function stored(id: string): Promise<ChecksheetItemDto> {
  const page = (await as(viewer)['ChecksheetReadController.getItemPage']({
    checksheetId: checksheet.id
  })) as ItemPage;
  return page.items.find((item) => item.id === id)!;
}

test('a correction is stored, with who, when and what the document said', async () => {
  const [saved] = await correct(reviewer, [
    correctionOf(items[0], { status: 'Partial', statusMark: '△', answer: 'Keys rotated yearly.' })
  ]);
  expect(saved).toMatchObject({
    id: items[0].id,
    status: 'Partial',
    statusMark: '△',
    answer: 'Keys rotated yearly.',
    correctedById: reviewer.id,
    correctedByName: reviewer.name
  });
  expect(saved.correctedOn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(originalOf(saved.originalReading)).toEqual({
    status: 'Implemented',
    statusMark: '○',
    answer: items[0].answer
  });
  // Everyone reads it so, the viewer too.
  expect(await stored(items[0].id)).toMatchObject({
    status: 'Partial',
    correctedById: reviewer.id
  });
});

test('the original reading is kept across corrections; a second field adds its own', async () => {
  await correct(reviewer, [correctionOf(items[1], { status: 'Implemented', statusMark: '○' })]);
  const [second] = await correct(admin, [
    correctionOf(await stored(items[1].id), { status: 'Not_Applicable', question: 'Fixed?' })
  ]);
  expect(second).toMatchObject({
    status: 'Not_Applicable',
    statusMark: '○',
    question: 'Fixed?',
    correctedById: admin.id
  });
  expect(originalOf(second.originalReading)).toEqual({
    status: 'Partial',
    statusMark: '△',
    question: items[1].question
  });
});

test('the roll-ups follow corrected statuses, responsibilities and flags', async () => {
  const before = await summary();
  expect(before).toMatchObject({ implementedCount: 1, flaggedCount: 1, platformDelegatedCount: 1 });
  await correct(reviewer, [
    correctionOf(items[0], { status: 'Partial', responsibility: 'Vendor', answerFlag: 'None' }),
    correctionOf(items[1], { responsibility: 'Platform', answerFlag: 'Contradicts' }),
    correctionOf(items[2], { answerFlag: 'No_Text' })
  ]);
  expect(await summary()).toMatchObject({
    implementedCount: 0,
    partialCount: 2,
    flaggedCount: 2,
    platformDelegatedCount: 1
  });
});

test('a blank answer flag is stored as None, so it no longer counts as flagged', async () => {
  const before = await summary();
  const flagged = items.find((item) => item.answerFlag && item.answerFlag !== 'None');
  expect(flagged).toBeDefined();
  const [corrected] = await correct(reviewer, [correctionOf(flagged!, { answerFlag: '' })]);
  expect(corrected.answerFlag).toBe('None');
  expect((await summary()).flaggedCount).toBe((before.flaggedCount ?? 0) - 1);
});

test('a correction that changes nothing leaves the item as it was', async () => {
  const [same] = await correct(reviewer, [correctionOf(items[3], {})]);
  expect(same.originalReading).toBeUndefined();
  expect(same.correctedById).toBeUndefined();
  expect(await correct(reviewer, [])).toEqual([]);
});

test('viewers, reviewers it is not shared with, bad values and lengths are refused', async () => {
  const refused: [PreviewUser, unknown, string, unknown[]][] = [
    [viewer, correctionOf(items[0], { status: 'Partial' }), 'Error_No_Permission', []],
    [otherReviewer, correctionOf(items[0], { status: 'Partial' }), 'Error_No_Permission', []],
    [
      reviewer,
      correctionOf(items[0], { status: 'Done' }),
      'Error_Invalid_Choice',
      ['status', 'Done']
    ],
    [reviewer, correctionOf(items[0], { status: '' }), 'Error_Invalid_Choice', ['status', 'null']],
    [
      reviewer,
      correctionOf(items[0], { responsibility: 'Somebody' }),
      'Error_Invalid_Choice',
      ['responsibility', 'Somebody']
    ],
    [
      reviewer,
      correctionOf(items[0], { answerFlag: 'Odd' }),
      'Error_Invalid_Choice',
      ['answerFlag', 'Odd']
    ],
    [
      reviewer,
      correctionOf(items[0], { statusMark: 'x'.repeat(17) }),
      'Error_Field_Too_Long',
      ['statusMark', 16]
    ],
    [
      reviewer,
      correctionOf(items[0], { answer: 'x'.repeat(131073) }),
      'Error_Field_Too_Long',
      ['answer', 131072]
    ],
    [reviewer, { ...correctionOf(items[0], {}), itemId: null }, 'Error_Checksheet_Not_Found', []],
    [reviewer, null, 'Error_Checksheet_Not_Found', []],
    [
      reviewer,
      { ...correctionOf(items[0], {}), itemId: checksheet.id },
      'Error_Checksheet_Not_Found',
      []
    ]
  ];
  for (const [user, correction, label, args] of refused) {
    const failure = await failureOf(correct(user, [correction]));
    expect([label, failure.body.message]).toEqual([label, refusalMessage(label, args)]);
  }
  const tooMany = Array.from({ length: 2001 }, () => correctionOf(items[0], {}));
  expect((await failureOf(correct(reviewer, tooMany))).body.message).toBe(
    refusalMessage('Error_Chunk_Too_Large', [2000, 1000000])
  );
  expect(await stored(items[0].id)).toMatchObject({ status: 'Implemented' });
  expect((await stored(items[0].id)).originalReading).toBeUndefined();
});

test('an original reading too long for its field is cut at its longest text, marked', () => {
  const json = serializedReading({
    status: 'Implemented',
    answer: 'a'.repeat(140000),
    question: 'q'
  });
  expect(json.length).toBeLessThanOrEqual(ORIGINAL_READING_LENGTH);
  const reading = originalOf(json);
  expect(reading).toMatchObject({ status: 'Implemented', question: 'q' });
  expect(String(reading.answer)).toMatch(/^a+…$/);
  expect(originalOf('not json')).toEqual({});
  expect(originalOf('[1]')).toEqual({});
  expect(originalOf(null)).toEqual({});
});
