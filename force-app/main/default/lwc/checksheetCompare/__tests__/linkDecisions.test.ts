import { alignRows, linkRows, linkedComparison, withDecision } from 'c/checksheetCompare';
import type { IdentifiedItem, LinkDecision, LinkedComparison } from 'c/checksheetCompare';
import type { ItemStatus } from 'c/checksheetStatus';

const QUESTIONS = {
  policy: '情報セキュリティ方針を定め、文書化すること。',
  backup: '定期的にバックアップを取得し、検査すること。',
  monitor: 'サーバーとネットワーク機器の稼働監視をすること。',
  label: '情報のラベル付けをする機能が提供されていること。',
  mobile: '認可されていないモバイルコードを実行できないようにすること。'
};

function item(
  id: string,
  number: string,
  question: string,
  status: ItemStatus = 'implemented',
  answer = '実施しています。'
): IdentifiedItem {
  return { id, number, section: '6 運用', question, status, mark: '○', answer, line: 1 };
}

const rayKit = [
  item('r0', '6-6', QUESTIONS.policy),
  item('r1', '6-7', QUESTIONS.backup),
  item('r2', '6-8', QUESTIONS.monitor),
  item('r3', '11-6', QUESTIONS.label)
];
const krew = [
  item('k0', '6-6', QUESTIONS.policy),
  item('k1', '6-7', QUESTIONS.mobile),
  item('k2', '6-8', QUESTIONS.backup),
  item('k3', '6-9', QUESTIONS.monitor),
  item('k4', '11-6', QUESTIONS.label, 'not_implemented', '提供していません。')
];

const ids = (comparison: LinkedComparison) =>
  comparison.rows.map((row) => row.cells.map((cell) => cell?.item.id ?? null));

const decision = (
  itemAId: string,
  itemBId: string,
  relationship: LinkDecision['relationship'] = 'Same'
): LinkDecision => ({ itemAId, itemBId, relationship, method: 'Manual', score: null });

describe('linkedComparison', () => {
  it('aligns by question without decisions: RayKit 6-7 beside krew 6-8, krew 6-7 alone', () => {
    const comparison = linkedComparison([rayKit, krew]);
    expect(ids(comparison)).toEqual([
      ['r0', 'k0'],
      [null, 'k1'],
      ['r1', 'k2'],
      ['r2', 'k3'],
      ['r3', 'k4']
    ]);
    expect(comparison.rows.map((row) => row.difference)).toEqual([
      'same',
      'missing',
      'same',
      'same',
      'status'
    ]);
    const paired = comparison.rows[2].cells[1];
    expect(paired).toMatchObject({ partnerId: 'r1', method: 'text', decided: false });
    expect(paired?.score).toBeGreaterThan(0.9);
    expect(comparison.rows[2].cells[0]).toMatchObject({ method: null, score: 1 });
    expect(comparison.summary).toMatchObject({ rows: 5, same: 3, missing: 1, status: 1 });
  });

  it('links an item by hand: it joins the row and the item it displaces gets its own', () => {
    const comparison = linkedComparison([rayKit, krew], [decision('r1', 'k1')]);
    expect(ids(comparison)).toEqual([
      ['r0', 'k0'],
      ['r1', 'k1'],
      [null, 'k2'],
      ['r2', 'k3'],
      ['r3', 'k4']
    ]);
    expect(comparison.rows[1].cells[1]).toMatchObject({
      partnerId: 'r1',
      method: 'manual',
      score: null,
      decided: true
    });
    expect(comparison.applied).toHaveLength(1);
  });

  it('unlinks a wrong pair; the decision order of A and B does not matter', () => {
    for (const unlink of [decision('r2', 'k3', 'Not_Same'), decision('k3', 'r2', 'Not_Same')]) {
      const comparison = linkedComparison([rayKit, krew], [unlink]);
      expect(ids(comparison)).toEqual([
        ['r0', 'k0'],
        [null, 'k1'],
        ['r1', 'k2'],
        ['r2', null],
        [null, 'k3'],
        ['r3', 'k4']
      ]);
      expect(comparison.summary.missing).toBe(3);
    }
  });

  it('marks a pair as partly the same and keeps the automatic method when a person confirms it', () => {
    const partly = linkedComparison([rayKit, krew], [decision('r3', 'k4', 'Partly_Same')]);
    expect(partly.rows[4].partly).toBe(true);
    expect(partly.rows[4].cells[1]).toMatchObject({
      relationship: 'Partly_Same',
      method: 'manual'
    });
    expect(partly.summary.partly).toBe(1);
    const confirmed = linkedComparison(
      [rayKit, krew],
      [{ itemAId: 'r3', itemBId: 'k4', relationship: 'Same', method: 'Automatic', score: 0.97 }]
    );
    expect(confirmed.rows[4].cells[1]).toMatchObject({
      method: 'text',
      score: 0.97,
      decided: true
    });
  });

  it('ignores decisions about items outside the comparison or within one sheet', () => {
    const comparison = linkedComparison(
      [rayKit, krew],
      [decision('r1', 'x9'), decision('r1', 'r2')]
    );
    expect(comparison.ignored).toHaveLength(2);
    expect(ids(comparison)).toEqual(ids(linkedComparison([rayKit, krew])));
  });

  it('a later decision about the same pair replaces the earlier one', () => {
    const decisions = withDecision([decision('r1', 'k1')], decision('k1', 'r1', 'Not_Same'));
    expect(decisions).toEqual([decision('k1', 'r1', 'Not_Same')]);
    expect(ids(linkedComparison([rayKit, krew], decisions))[2]).toEqual(['r1', 'k2']);
  });

  it('moves an item whose row had another sheet paired to it; rows stay one item per sheet', () => {
    const third = [item('t1', 'A', QUESTIONS.mobile), item('t2', 'B', QUESTIONS.label)];
    const comparison = linkedComparison([rayKit, krew, third], [decision('r2', 'k1')]);
    const all = ids(comparison)
      .flat()
      .filter((id) => id !== null);
    expect(all.sort()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'r0', 'r1', 'r2', 'r3', 't1', 't2']);
    const moved = comparison.rows.find((row) => row.key === 'r2');
    expect(moved?.cells.map((cell) => cell?.item.id ?? null)).toEqual(['r2', 'k1', null]);
    // t1 was paired with k1's row; it stays and is now that row's first item.
    const left = comparison.rows.find((row) => row.cells[2]?.item.id === 't1');
    expect(left?.cells[2]).toMatchObject({ method: null, score: 1 });
    expect(comparison.rows.find((row) => row.key === 'k3')).toBeDefined();
  });

  it('applies decisions over one automatic alignment again and again without changing it', () => {
    const alignment = alignRows([rayKit, krew]);
    const linked = linkRows([rayKit, krew], alignment, [decision('r1', 'k1')]);
    const again = linkRows([rayKit, krew], alignment, []);
    expect(ids(linked)[1]).toEqual(['r1', 'k1']);
    expect(ids(again)).toEqual(ids(linkedComparison([rayKit, krew])));
  });
});
