import { changedFields, diffVersions } from 'c/checksheetCompare';
import { ALPHA_V1, ALPHA_V2, sheet } from './data/vendors';

describe('diffVersions', () => {
  const diff = diffVersions(sheet('Alpha 1.0', ALPHA_V1), sheet('Alpha 2.0', ALPHA_V2));
  const summary = diff.entries.map((entry) => [
    entry.older?.number ?? null,
    entry.newer?.number ?? null,
    entry.change,
    entry.fields,
    entry.renumbered
  ]);

  it("classifies every item of both versions, in the older version's order", () => {
    expect(summary).toEqual([
      ['1', '1', 'unchanged', [], false], // only a space added: not a change
      [null, '2', 'added', [], false],
      ['2', '3', 'unchanged', [], true], // renumbered by the insertion, otherwise the same
      ['3', '4', 'changed', ['answer'], true],
      ['4', null, 'removed', [], false],
      ['5', '5', 'changed', ['question'], false], // 消去 → 削除
      ['6', '6', 'changed', ['status', 'mark', 'answer'], false]
    ]);
  });

  it('counts the classes and the renumbered items', () => {
    expect(diff.counts).toEqual({
      added: 1,
      removed: 1,
      changed: 3,
      unchanged: 2,
      renumbered: 2
    });
  });

  it('scores paired entries and leaves added or removed ones without a score', () => {
    expect(diff.entries[0].score).toBe(1);
    expect(diff.entries[1].score).toBeUndefined();
    expect(diff.entries[4].score).toBeUndefined();
    expect(diff.entries[5].score).toBeGreaterThan(0.3);
    expect(diff.entries[5].score).toBeLessThan(1);
  });

  it('finds nothing changed between a version and itself', () => {
    const same = diffVersions(sheet('A', ALPHA_V1), sheet('A', ALPHA_V1));
    expect(same.counts).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 6,
      renumbered: 0
    });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe('changedFields', () => {
  const base = {
    number: '1',
    section: '',
    question: '暗号化していること。',
    status: 'implemented' as const,
    mark: '○',
    answer: 'AES',
    line: 1
  };

  it('ignores white space, width and punctuation in questions and answers, not in marks', () => {
    expect(
      changedFields(base, {
        ...base,
        question: '暗号化 していること',
        answer: 'ＡＥＳ'
      })
    ).toEqual([]);
    expect(changedFields(base, { ...base, mark: '◯' })).toEqual(['mark']);
    expect(changedFields(base, { ...base, mark: ' ○ ' })).toEqual([]);
  });
});
