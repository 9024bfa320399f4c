import fc from 'fast-check';
import { characterDiff } from 'c/checksheetCompare';
import type { TextChange } from 'c/checksheetCompare';

const side = (changes: TextChange[], drop: TextChange['kind']) =>
  changes
    .filter((change) => change.kind !== drop)
    .map((change) => change.text)
    .join('');

describe('characterDiff', () => {
  it('shows one Japanese character changed', () => {
    expect(characterDiff('週次でバックアップを取得', '日次でバックアップを取得')).toEqual([
      { kind: 'delete', text: '週' },
      { kind: 'insert', text: '日' },
      { kind: 'equal', text: '次でバックアップを取得' }
    ]);
  });

  it('finds an insertion in the middle and keeps surrogate pairs whole', () => {
    expect(characterDiff('7世代分保管', '7世代分を暗号化して保管')).toEqual([
      { kind: 'equal', text: '7世代分' },
      { kind: 'insert', text: 'を暗号化して' },
      { kind: 'equal', text: '保管' }
    ]);
    expect(characterDiff('𠮷野家', '𠮷田家')).toEqual([
      { kind: 'equal', text: '𠮷' },
      { kind: 'delete', text: '野' },
      { kind: 'insert', text: '田' },
      { kind: 'equal', text: '家' }
    ]);
  });

  it('shows a short unchanged run between two changes as part of one replacement', () => {
    expect(characterDiff('毎年見直しております', '毎月点検しております')).toEqual([
      { kind: 'equal', text: '毎' },
      { kind: 'delete', text: '年見直' },
      { kind: 'insert', text: '月点検' },
      { kind: 'equal', text: 'しております' }
    ]);
    expect(characterDiff('abXd', 'aYbXZd')).toEqual([
      { kind: 'equal', text: 'a' },
      { kind: 'delete', text: 'bX' },
      { kind: 'insert', text: 'YbXZ' },
      { kind: 'equal', text: 'd' }
    ]);
    // Three unchanged characters are kept as they are.
    expect(characterDiff('abXcd', 'aYbXcZd').map((change) => change.kind)).toEqual([
      'equal',
      'insert',
      'equal',
      'insert',
      'equal'
    ]);
  });

  it('gives up past the edit bound and shows the texts replaced whole', () => {
    expect(characterDiff('abcdef', 'uvwxyz', 3)).toEqual([
      { kind: 'delete', text: 'abcdef' },
      { kind: 'insert', text: 'uvwxyz' }
    ]);
  });

  it('always rebuilds both texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const changes = characterDiff(a, b);
        expect(side(changes, 'insert')).toBe(a);
        expect(side(changes, 'delete')).toBe(b);
      })
    );
  });
});
