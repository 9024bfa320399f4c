/**
 * Refusal texts as Apex makes them: the package's labels read from force-app (English and
 * Japanese), formatted like String.format (Java MessageFormat: `{n}`, and apostrophes quote).
 */
import { formatLabel, labelText } from '../labels';
import { GENERIC_ERROR, REFUSALS } from '../errors';
import { dataLayerTextModule } from '../labelFiles';
import { LABELS, REVIEW_STATUS_LABELS, ROOT } from './harness';

test('every refusal label exists in English and Japanese', () => {
  for (const name of [...Object.values(REFUSALS), GENERIC_ERROR]) {
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

test('review statuses read as their picklist labels, in English and Japanese', () => {
  expect(REVIEW_STATUS_LABELS.In_Review).toEqual({ en: 'In review', ja: 'レビュー中' });
  expect(Object.keys(REVIEW_STATUS_LABELS)).toEqual([
    'Received',
    'In_Review',
    'Approved',
    'Approved_With_Conditions',
    'Rejected'
  ]);
});

test('the browser gets the same texts through the module the build serves', () => {
  const source = dataLayerTextModule(ROOT);
  // Run as CommonJS: each `export const x =` becomes `exports.x =`.
  const exported: Record<string, unknown> = {};
  new Function('exports', source.replace(/export const (\w+) =/g, 'exports.$1 ='))(exported);
  expect(exported).toEqual({ labels: LABELS, reviewStatusLabels: REVIEW_STATUS_LABELS });
});
