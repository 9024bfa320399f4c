/**
 * The scenario runner itself: the sample scenarios hold, and a scenario whose expectation is
 * wrong fails with a message saying what differed (so a passing contract test means something).
 * Titled `sample scenario …`: the gate counts tests titled `scenario <name>` as the data layer's
 * side of the shared list, and a sample of the same name must not stand in for the real one.
 */
import { SAMPLE_SCENARIOS } from './data/sampleScenarios';
import { mismatch, refusalPrefix, runScenario, substitute } from './scenarioRunner';
import type { ContractScenario } from './scenarioRunner';

describe('sample scenarios', () => {
  for (const scenario of SAMPLE_SCENARIOS) {
    test(`sample scenario ${scenario.name}`, async () => {
      await expect(runScenario(scenario)).resolves.toBeUndefined();
    });
  }
});

describe('the runner fails a scenario that does not hold', () => {
  const [imported, viewerRefused] = SAMPLE_SCENARIOS;

  test('a wrong result value', async () => {
    const wrong: ContractScenario = {
      ...imported,
      expect: { result: { itemCount: 3 } }
    };
    await expect(runScenario(wrong)).rejects.toThrow('result.itemCount: expected 3, got 2');
  });

  test('a refusal expected where the call succeeds', async () => {
    const wrong: ContractScenario = { ...imported, expect: { refusal: 'Error_No_Permission' } };
    await expect(runScenario(wrong)).rejects.toThrow('expected refusal Error_No_Permission');
  });

  test('another refusal than the one expected', async () => {
    const wrong: ContractScenario = {
      ...viewerRefused,
      expect: { refusal: 'Error_Too_Many_Items' }
    };
    await expect(runScenario(wrong)).rejects.toThrow('expected refusal Error_Too_Many_Items');
  });

  test('a result expected where the call is refused', async () => {
    const wrong: ContractScenario = { ...viewerRefused, expect: { result: null } };
    await expect(runScenario(wrong)).rejects.toThrow('expected a result, the call failed');
  });

  test('an unknown fixture or placeholder', async () => {
    await expect(
      runScenario({ ...imported, given: ['importingChecksheetOfUser'] })
    ).rejects.toThrow('unknown fixture "importingChecksheetOfUser"');
    expect(() => substitute({ id: '$nothing' }, {})).toThrow(
      'placeholder $nothing names no fixture'
    );
  });
});

describe('matching', () => {
  test('objects by subset, arrays by length and element-wise subset', () => {
    const actual = { a: 1, b: { c: 'x', d: [{ e: 1, f: 2 }] } };
    expect(mismatch({ b: { d: [{ e: 1 }] } }, actual)).toBeUndefined();
    expect(mismatch({ b: { d: [] } }, actual)).toBe('result.b.d: expected 0 elements, got 1');
    expect(mismatch({ b: { c: 'y' } }, actual)).toBe('result.b.c: expected "y", got "x"');
    expect(mismatch(null, undefined)).toBeUndefined();
  });

  test("a refusal's prefix is the label's English text up to its first placeholder", () => {
    expect(refusalPrefix('Error_Too_Many_Items')).toBe('Too many items: the checksheet has ');
  });
});
