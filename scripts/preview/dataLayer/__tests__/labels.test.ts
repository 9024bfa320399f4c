/**
 * Refusal texts as Apex makes them: the package's labels read from force-app (English and
 * Japanese), formatted like String.format (Java MessageFormat: `{n}`, and apostrophes quote).
 */
import { formatLabel, labelText } from '../labels';
import { REFUSALS } from '../errors';
import { LABELS } from './harness';

test('every refusal label exists in English and Japanese', () => {
  for (const name of Object.values(REFUSALS)) {
    expect([name, typeof LABELS[name]?.en, typeof LABELS[name]?.ja]).toEqual([
      name,
      'string',
      'string'
    ]);
  }
  expect(labelText(LABELS, 'Error_Too_Many_Items', 'ja')).toContain('{0}');
  expect(() => labelText(LABELS, 'Error_Nonexistent', 'en')).toThrow('Error_Nonexistent');
});

test('placeholders are replaced by the arguments as text; missing ones stay', () => {
  expect(formatLabel('{0} items, limit {1}', [50001, 50000])).toBe('50001 items, limit 50000');
  expect(formatLabel('{1} before {0}', ['a', 'b'])).toBe('b before a');
  expect(formatLabel('{0} and {2}', ['x'])).toBe('x and {2}');
  expect(formatLabel('value {0}', [null])).toBe('value null');
});

test("apostrophes behave as in Apex's String.format: '' is one, a single one quotes", () => {
  expect(formatLabel("It''s {0}", ['done'])).toBe("It's done");
  expect(formatLabel("Don't {0} {1}", ['a', 'b'])).toBe('Dont {0} {1}');
  expect(formatLabel("'{0}' is {0}", ['x'])).toBe('{0} is x');
});
