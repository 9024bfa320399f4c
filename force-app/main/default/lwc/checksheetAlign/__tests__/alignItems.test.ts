import fc from 'fast-check';
import { alignChecksheets, alignItems, DEFAULT_THRESHOLD } from 'c/checksheetAlign';
import type { ChecksheetItem } from 'c/checksheetModel';
import {
  AOZORA_PAPER,
  HOSHIZORA,
  KUMO,
  MIDORI_PAPER,
  NIMBUS,
  STRATUS,
  items,
  sheet
} from './data/sheets';

function numbered(a: ChecksheetItem[], b: ChecksheetItem[]) {
  const alignment = alignItems(a, b);
  return {
    pairs: alignment.pairs.map((pair) => [a[pair.a].number, b[pair.b].number]),
    onlyA: alignment.onlyA.map((index) => a[index].number),
    onlyB: alignment.onlyB.map((index) => b[index].number),
    scores: alignment.pairs.map((pair) => pair.score)
  };
}

describe("alignItems on two vendors' Japanese checksheets", () => {
  const hoshizora = items(HOSHIZORA);
  const kumo = items(KUMO);

  it('follows the inserted item: Hoshizora 3-2 and 3-3 pair with Kumo 3-3 and 3-4', () => {
    const result = numbered(hoshizora, kumo);
    expect(result.pairs).toEqual([
      ['1-1', '1-1'],
      ['2-1', '2-1'],
      ['2-2', '2-2'],
      ['3-1', '3-1'],
      ['3-2', '3-3'],
      ['3-3', '3-4'],
      ['4-1', '4-1'],
      ['4-2', '4-2'],
      ['4-3', '4-3']
    ]);
  });

  it('lists the new and the dropped items per side instead of forcing a partner', () => {
    const result = numbered(hoshizora, kumo);
    expect(result.onlyA).toEqual(['1-2']);
    expect(result.onlyB).toEqual(['3-2', '5-1']);
  });

  it('scores identical questions 1 even when spacing and width differ, reworded ones lower', () => {
    const alignment = alignItems(hoshizora, kumo);
    const score = (numberA: string) =>
      alignment.pairs.find((pair) => hoshizora[pair.a].number === numberA)?.score;
    expect(score('2-2')).toBe(1);
    expect(score('3-2')).toBe(1); // "TLS 1.2以上で…。" vs "TLS1.2 以上で…"
    for (const reworded of ['1-1', '2-1', '4-1', '4-2']) {
      expect(score(reworded)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
      expect(score(reworded)).toBeLessThan(1);
    }
  });

  it('rounds scores to three decimals and keeps them within 0..1', () => {
    for (const pair of alignItems(hoshizora, kumo).pairs) {
      expect(pair.score).toBeGreaterThanOrEqual(0);
      expect(pair.score).toBeLessThanOrEqual(1);
      expect(Math.round(pair.score * 1000) / 1000).toBe(pair.score);
    }
  });

  it('does not pair an unrelated question even when it is the only one left', () => {
    const lonelyA = items([
      ['9-9', '', '情報セキュリティ責任者を任命し、その役割を明確にしていること。', '○', '']
    ]);
    const lonelyB = items([
      ['9-9', '', '個人情報の取り扱いに関する社内規程を整備していること。', '○', '']
    ]);
    expect(alignItems(lonelyA, lonelyB)).toEqual({
      pairs: [],
      onlyA: [0],
      onlyB: [0]
    });
  });

  it('pairs everything above a threshold of 0 and nothing with a threshold above 1', () => {
    expect(alignItems(hoshizora, kumo, { threshold: 1.01 }).pairs).toEqual([]);
    expect(alignItems(hoshizora, kumo, { threshold: 1.01 }).onlyB).toHaveLength(kumo.length);
  });
});

describe('alignItems on English sheets', () => {
  it('pairs reworded questions in another order and leaves the unrelated ones apart', () => {
    const result = numbered(items(NIMBUS), items(STRATUS));
    expect(result.pairs).toEqual([
      ['A-01', '1'],
      ['A-02', '3'],
      ['B-01', '2'],
      ['C-01', '4']
    ]);
    expect(result.onlyA).toEqual(['B-02']);
    expect(result.onlyB).toEqual(['5']);
  });
});

describe('alignItems on white papers (short headings, body as answer)', () => {
  it('pairs sections by topic although the headings are worded differently', () => {
    const result = numbered(items(AOZORA_PAPER), items(MIDORI_PAPER));
    expect(result.pairs).toEqual(
      expect.arrayContaining([
        ['2.1', '2'], // 認証取得 ↔ 第三者認証
        ['2.3', '4'], // ログの取り扱い ↔ ログに関する情報
        ['2.4', '3'], // 障害発生時の対応 ↔ インシデント発生時の対応
        ['2.5', '5'] // 脆弱性への対応 ↔ 脆弱性の管理
      ])
    );
    expect(result.onlyA).toContain('2.2'); // データの保管場所: Midori has none
    expect(result.onlyB).toContain('6'); // 料金: Aozora has none
  });

  it("pairs the headings 'ログの取り扱い' and 'ログに関する情報' alone by their topic, not by their text", () => {
    const result = numbered(items(AOZORA_PAPER), items(MIDORI_PAPER));
    expect(result.pairs).toContainEqual(['2.3', '4']);
    const headingsOnly = (rows: typeof AOZORA_PAPER) =>
      items(rows.map(([n, s, q, m]) => [n, s, q, m, '']));
    const a = headingsOnly(AOZORA_PAPER);
    const b = headingsOnly(MIDORI_PAPER);
    const logs = alignItems(a, b).pairs.find((pair) => a[pair.a].number === '2.3');
    expect(logs).toMatchObject({ b: b.findIndex((item) => item.number === '4'), method: 'topics' });
    const textOnly = alignItems(a, b, { topics: false }).pairs.map((pair) => [
      a[pair.a].number,
      b[pair.b].number
    ]);
    expect(textOnly).not.toContainEqual(['2.3', '4']);
  });
});

describe('alignItems tie-breaking', () => {
  it('pairs repeated identical questions in order, by number and position', () => {
    const rows = items([
      ['1', 'A', 'その他の対策を記載すること。', '○', ''],
      ['2', 'B', 'その他の対策を記載すること。', '○', ''],
      ['3', 'C', 'その他の対策を記載すること。', '○', '']
    ]);
    expect(numbered(rows, rows).pairs).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '3']
    ]);
  });

  it('prefers the same number, then the same section, when the wording is equal', () => {
    const a = items([['1', 'ログ', '記録を保管すること。', '○', '']]);
    const b = items([
      ['1', 'バックアップ', '記録を保管すること。', '○', ''],
      ['2', 'ログ', '記録を保管すること。', '○', '']
    ]);
    expect(numbered(a, b).pairs).toEqual([['1', '1']]);
    // Renumbered, the item sits halfway between its two look-alikes: the section decides.
    const first = ['1', '', '暗号鍵を管理すること。', '○', ''] as const;
    const last = ['9', '', '委託先を監督すること。', '○', ''] as const;
    const renumbered = items([
      [...first],
      ['7', 'ログ', '記録を保管すること。', '○', ''],
      [...last]
    ]);
    const c = items([
      [...first],
      ['5', 'バックアップ', '記録を保管すること。', '○', ''],
      ['6', 'ログ', '記録を保管すること。', '○', ''],
      [...last]
    ]);
    expect(numbered(renumbered, c).pairs).toEqual([
      ['1', '1'],
      ['7', '6'],
      ['9', '9']
    ]);
  });

  it('handles empty lists and empty questions', () => {
    expect(alignItems([], [])).toEqual({ pairs: [], onlyA: [], onlyB: [] });
    const blank = items([['1', '', '', '', '']]);
    expect(alignItems(blank, blank)).toEqual({
      pairs: [],
      onlyA: [0],
      onlyB: [0]
    });
    const single = items([['1', '', 'ロ', '', '']]);
    expect(alignItems(single, single).pairs).toEqual([{ a: 0, b: 0, score: 1, method: 'text' }]);
  });
});

describe('alignChecksheets', () => {
  it('reports pairs and unpaired items by item number, as the command line prints them', () => {
    const result = alignChecksheets(sheet('Hoshizora', HOSHIZORA), sheet('Kumo', KUMO));
    expect(result.pairs[4]).toEqual({ a: '3-2', b: '3-3', score: 1, method: 'text' });
    expect(result.onlyA).toEqual(['1-2']);
    expect(result.onlyB).toEqual(['3-2', '5-1']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('gives the same answer every time', () => {
    const first = alignChecksheets(sheet('Hoshizora', HOSHIZORA), sheet('Kumo', KUMO));
    const second = alignChecksheets(sheet('Hoshizora', HOSHIZORA), sheet('Kumo', KUMO));
    expect(second).toEqual(first);
  });
});

const VOCABULARY = [
  '情報',
  'セキュリティ',
  '方針',
  '暗号化',
  'バックアップ',
  'ログ',
  '監視',
  '通知',
  '利用者',
  'アカウント',
  '教育',
  'インシデント',
  '脆弱性',
  'policy',
  'encrypt',
  'backup',
  'log',
  'data'
];

const itemArbitrary = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 0, maxLength: 6 })
  .map((words) => words.join(''));

const listArbitrary = fc
  .array(itemArbitrary, { maxLength: 25 })
  .map((questions) =>
    items(questions.map((question, index) => [String(index + 1), '', question, '○', '']))
  );

describe('alignItems properties', () => {
  it('is one-to-one and accounts for every index exactly once', () => {
    fc.assert(
      fc.property(listArbitrary, listArbitrary, (a, b) => {
        const alignment = alignItems(a, b);
        const usedA = [...alignment.pairs.map((pair) => pair.a), ...alignment.onlyA];
        const usedB = [...alignment.pairs.map((pair) => pair.b), ...alignment.onlyB];
        expect([...usedA].sort((x, y) => x - y)).toEqual(a.map((_, i) => i));
        expect([...usedB].sort((x, y) => x - y)).toEqual(b.map((_, i) => i));
        const inOrder = alignment.pairs.map((pair) => pair.a);
        expect(inOrder).toEqual([...inOrder].sort((x, y) => x - y));
      })
    );
  });

  it('pairs every item of a sheet aligned with itself with itself, score 1', () => {
    fc.assert(
      fc.property(listArbitrary, (list) => {
        const distinct = list.filter((item) => item.question !== '');
        const alignment = alignItems(distinct, distinct);
        expect(alignment.pairs).toEqual(
          distinct.map((_, i) => ({ a: i, b: i, score: 1, method: 'text' }))
        );
        expect(alignment.onlyA).toEqual([]);
      })
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(listArbitrary, listArbitrary, (a, b) => {
        expect(alignItems(a, b)).toEqual(alignItems(a, b));
      })
    );
  });
});
