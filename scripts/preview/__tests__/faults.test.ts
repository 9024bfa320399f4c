/**
 * The browser tests' fault injection (`?failApex=Class.method:N`): which call of which method
 * the preview's "server" refuses.
 */
import { faultChecker, parseFaults } from '../platform/faults';

describe('faultChecker', () => {
  it('fails exactly the N-th call of the named method', () => {
    const shouldFail = faultChecker('ChecksheetImportController.appendItems:2');
    const calls = [1, 2, 3].map(() => shouldFail('ChecksheetImportController.appendItems'));
    expect(calls).toEqual([false, true, false]);
  });

  it('leaves other methods alone and counts each method on its own', () => {
    const shouldFail = faultChecker('A.one:1, B.two:2');
    expect(shouldFail('C.three')).toBe(false);
    expect(shouldFail('B.two')).toBe(false);
    expect(shouldFail('A.one')).toBe(true);
    expect(shouldFail('B.two')).toBe(true);
  });

  it('ignores rules that are not Class.method:N', () => {
    expect(parseFaults('appendItems:2,A.b:0,A.b,A.b:x, A.b:3 ')).toEqual([
      { method: 'A.b', call: 3 }
    ]);
    expect(faultChecker('')('A.b')).toBe(false);
  });
});
