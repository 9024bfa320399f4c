/**
 * The calibration figures of alignItems.ts (DEFAULT_THRESHOLD), asserted as floors: four made-up
 * vendors' questionnaires about the same controls, worded and numbered differently, in Japanese
 * and English (./data/calibration.ts). If a change to the taxonomy or the weights lowers a figure
 * below its floor, this fails; raise the floors when the figures rise.
 */
import { ALIGN_METHODS, alignItems } from 'c/checksheetAlign';
import type { ChecksheetItem } from 'c/checksheetModel';
import { pairScore, sameNumbering } from '../alignItems';
import { CONTROLS, calibrationSheet, scoreAlignment } from './data/calibration';
import type { Vendor } from './data/calibration';
import { HERON, MOZU } from './data/heldOut';

interface Figures {
  precision: number;
  recall: number;
}

/** Precision and recall summed over the given sheet pairs. */
function figures(pairs: readonly [Vendor, Vendor][], topics: boolean): Figures {
  let right = 0;
  let predicted = 0;
  let expected = 0;
  for (const [x, y] of pairs) {
    const a = calibrationSheet(x);
    const b = calibrationSheet(y);
    const scored = scoreAlignment(
      alignItems(a.items, b.items, { topics }).pairs,
      a.controls,
      b.controls
    );
    right += scored.right;
    predicted += scored.predicted;
    expected += scored.expected;
  }
  return { precision: right / predicted, recall: right / expected };
}

const JA_JA: [Vendor, Vendor][] = [['tsubame', 'hibari']];
const EN_EN: [Vendor, Vendor][] = [['lark', 'kestrel']];
const JA_EN: [Vendor, Vendor][] = [
  ['tsubame', 'lark'],
  ['tsubame', 'kestrel'],
  ['hibari', 'lark'],
  ['hibari', 'kestrel']
];

describe('alignment calibration (made-up questionnaires, labelled pairs)', () => {
  it('has sheets of 40-50 items with controls on one side only', () => {
    for (const vendor of ['tsubame', 'hibari', 'lark', 'kestrel'] as const) {
      const { items, controls } = calibrationSheet(vendor);
      expect(items.length).toBeGreaterThanOrEqual(40);
      expect(items.length).toBeLessThanOrEqual(50);
      expect(new Set(controls).size).toBe(controls.length);
    }
    expect(CONTROLS.filter((row) => row.slice(1).filter(Boolean).length === 1)).toHaveLength(4);
  });

  it.each([
    ['Japanese–Japanese', JA_JA, 0.9, 0.9],
    ['English–English', EN_EN, 0.8, 0.8],
    ['Japanese–English', JA_EN, 0.9, 0.9]
  ] as const)(
    'pairs %s questionnaires with precision and recall above their floors',
    (_, pairs, precision, recall) => {
      const after = figures(pairs, true);
      expect(after.precision).toBeGreaterThanOrEqual(precision);
      expect(after.recall).toBeGreaterThanOrEqual(recall);
    }
  );

  it('finds far more than text alone does, in every language pair', () => {
    for (const pairs of [JA_JA, EN_EN, JA_EN]) {
      const before = figures(pairs, false);
      const after = figures(pairs, true);
      expect(after.recall).toBeGreaterThan(before.recall + 0.5);
    }
    // Text alone pairs nothing across languages.
    expect(figures(JA_EN, false).recall).toBeLessThan(0.05);
  });

  it('says which evidence decided each pair: text within a language, topics across', () => {
    const ja = calibrationSheet('tsubame');
    const en = calibrationSheet('lark');
    const across = alignItems(ja.items, en.items).pairs;
    // Text decides across languages only where the Japanese quotes Latin ("ISO/IEC 27001").
    const byText = across.filter((pair) => pair.method === 'text');
    expect(byText.length).toBeLessThanOrEqual(across.length * 0.1);
    for (const pair of byText) expect(ja.items[pair.a].question).toMatch(/[A-Z]{2,}/);
    const mfa = across.find((pair) => ja.controls[pair.a] === 'mfa');
    expect(mfa && en.controls[mfa.b]).toBe('mfa');
    const within = alignItems(ja.items, ja.items).pairs;
    expect(within.every((pair) => pair.method === 'text' && pair.score === 1)).toBe(true);
    for (const pair of across) expect(ALIGN_METHODS).toContain(pair.method);
  });
});

describe('alignment on held-out questionnaires (never used to tune)', () => {
  it('pairs Mozu (Japanese) and Heron (English) with precision 0.9 and recall 0.8 or better', () => {
    const mozu = MOZU();
    const heron = HERON();
    const scored = scoreAlignment(
      alignItems(mozu.items, heron.items).pairs,
      mozu.controls,
      heron.controls
    );
    expect(scored.expected).toBe(19);
    expect(scored.precision).toBeGreaterThanOrEqual(0.9);
    expect(scored.recall).toBeGreaterThanOrEqual(0.8);
  });
});

/** The controls two vendors share, as two sheets numbered alike (a sheet and its translation). */
function translated(x: Vendor, y: Vendor): { a: ChecksheetItem[]; b: ChecksheetItem[] } {
  const a = calibrationSheet(x);
  const b = calibrationSheet(y);
  const shared = a.controls.filter((control) => b.controls.includes(control));
  const number = (i: number) => `${Math.floor(i / 5) + 1}-${(i % 5) + 1}`;
  const pick = (sheet: typeof a) =>
    shared.map((control, i) => ({
      ...sheet.items[sheet.controls.indexOf(control)],
      number: number(i)
    }));
  return { a: pick(a), b: pick(b) };
}

describe('one numbering scheme', () => {
  it('recognises a sheet and its translation as numbered alike, not two vendors', () => {
    const { a, b } = translated('tsubame', 'lark');
    expect(sameNumbering(a, b)).toBe(true);
    expect(sameNumbering(a, b.slice(1))).toBe(false);
    expect(sameNumbering(calibrationSheet('tsubame').items, calibrationSheet('hibari').items)).toBe(
      false
    );
    expect(sameNumbering([], [])).toBe(false);
  });

  it('pairs a sheet with its translation item by item, the number lifting what topics miss', () => {
    const { a, b } = translated('hibari', 'kestrel');
    const alignment = alignItems(a, b);
    expect(alignment.pairs.every((pair) => pair.a === pair.b)).toBe(true);
    expect(alignment.pairs.length).toBeGreaterThanOrEqual(a.length - 2);
    expect(alignment.pairs.some((pair) => pair.method === 'number')).toBe(true);
    // Without the number, fewer pairs.
    const renumbered = b.map((item, i) => ({ ...item, number: `Q${i + 1}` }));
    expect(alignItems(a, renumbered).pairs.length).toBeLessThan(alignment.pairs.length);
  });

  it('is strong, not absolute: the same number does not pair questions about different things', () => {
    const item = (number: string, question: string): ChecksheetItem => ({
      number,
      section: '',
      question,
      status: 'none',
      mark: '',
      answer: '',
      line: 1
    });
    const a = [
      item('1', 'データを毎日バックアップしていること。'),
      item('2', '料金は月額制です。')
    ];
    const b = [
      item('1', 'Are all laptops protected by anti-malware software?'),
      item('2', 'Prices are billed monthly.')
    ];
    expect(alignItems(a, b).pairs.map((pair) => [pair.a, pair.b])).not.toContainEqual([0, 0]);
  });
});

describe('pairScore', () => {
  it('raises pairs that share topics, lowers pairs whose topics are disjoint', () => {
    expect(pairScore(0.5, undefined, true)).toBe(0.5);
    expect(pairScore(0.5, 0, true)).toBeLessThan(0.5);
    expect(pairScore(0.5, 0.8, true)).toBeGreaterThan(0.5);
    expect(pairScore(1, 1, true)).toBe(1);
    expect(pairScore(0.02, 1, false)).toBeGreaterThanOrEqual(0.5);
    expect(pairScore(0.02, 0, false)).toBeLessThan(0.02);
  });
});
