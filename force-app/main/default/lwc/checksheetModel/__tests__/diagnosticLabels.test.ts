/**
 * The diagnostic and read-error vocabularies against the custom labels the UI renders them
 * through: every code has an English label and its Japanese translation, and each label's
 * `{0}`, `{1}`, … placeholders are exactly the code's parameters, in order.
 */
import fs from 'fs';
import path from 'path';
import { XMLParser } from 'fast-xml-parser';
import {
  ChecksheetReadError,
  DIAGNOSTIC_CODES,
  DIAGNOSTIC_PARAMS,
  READ_ERROR_CODES,
  READ_ERROR_PARAMS,
  checkDocumentSize,
  checkItemCount,
  diagnosticLabelName,
  formatLabel,
  readErrorLabelName
} from 'c/checksheetModel';

const METADATA = path.resolve(__dirname, '..', '..', '..');
const parser = new XMLParser({ isArray: (name) => name === 'labels' || name === 'customLabels' });

function labelValues(): Map<string, string> {
  const xml = fs.readFileSync(
    path.join(METADATA, 'labels', 'CustomLabels.labels-meta.xml'),
    'utf8'
  );
  const labels = parser.parse(xml).CustomLabels.labels as Array<{
    fullName: string;
    value: string;
  }>;
  return new Map(labels.map((label) => [label.fullName, String(label.value)]));
}

function japaneseValues(): Map<string, string> {
  const xml = fs.readFileSync(
    path.join(METADATA, 'translations', 'ja.translation-meta.xml'),
    'utf8'
  );
  const labels = parser.parse(xml).Translations.customLabels as Array<{
    name: string;
    label: string;
  }>;
  return new Map(labels.map((label) => [label.name, String(label.label)]));
}

/** The placeholder indexes a label uses, sorted and without repeats. */
function placeholders(text: string): number[] {
  return [...new Set([...text.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1])))].sort(
    (a, b) => a - b
  );
}

const english = labelValues();
const japanese = japaneseValues();

const vocabularies: Array<[string, Array<[string, string, readonly string[]]>]> = [
  [
    'diagnostic',
    DIAGNOSTIC_CODES.map((code) => [code, diagnosticLabelName(code), DIAGNOSTIC_PARAMS[code]])
  ],
  [
    'read error',
    READ_ERROR_CODES.map((code) => [code, readErrorLabelName(code), READ_ERROR_PARAMS[code]])
  ]
];

describe.each(vocabularies)('every %s code', (_kind, codes) => {
  it.each(codes)(
    '%s has a label %s in English and Japanese with its parameters',
    (_code, label, params) => {
      const expected = params.map((_name, index) => index);
      expect(english.get(label)).toBeDefined();
      expect(japanese.get(label)).toBeDefined();
      expect(placeholders(english.get(label) as string)).toEqual(expected);
      expect(placeholders(japanese.get(label) as string)).toEqual(expected);
      expect(japanese.get(label)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  );
});

describe('label names', () => {
  it('are valid custom label names, one per code', () => {
    const names = [
      ...DIAGNOSTIC_CODES.map(diagnosticLabelName),
      ...READ_ERROR_CODES.map(readErrorLabelName)
    ];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*[A-Za-z0-9]$/);
    expect(diagnosticLabelName('unknown_mark')).toBe('Diagnostic_Unknown_Mark');
    expect(readErrorLabelName('too_large')).toBe('Read_Error_Too_Large');
  });
});

describe('formatLabel', () => {
  it('puts the parameters into the placeholders in the documented order', () => {
    const template = japanese.get(diagnosticLabelName('merged_rows')) as string;
    expect(
      formatLabel(template, DIAGNOSTIC_PARAMS.merged_rows, {
        column: '項番',
        itemLine: 6,
        lines: '7, 8',
        count: 2
      })
    ).toBe(
      '6 行目の項番のセルが 2 行（7, 8 行目）にわたって結合されています。その項目に結合しました。'
    );
  });

  it('leaves a placeholder without a parameter as written', () => {
    expect(formatLabel('{0} and {1}', ['a'], { a: 'x' })).toBe('x and {1}');
  });
});

describe('ChecksheetReadError codes', () => {
  it('says why a document is refused, with the parameters of its label', () => {
    const tooLarge = (() => {
      try {
        checkDocumentSize('big.csv', 30 * 1024 * 1024, 'bytes');
      } catch (error) {
        return error as ChecksheetReadError;
      }
      return undefined;
    })();
    expect(tooLarge).toMatchObject({
      code: 'too_large',
      params: { size: '30 MB', limit: '25 MB' }
    });
    expect(() => checkItemCount('many.csv', 50001)).toThrow(
      expect.objectContaining({ code: 'too_many_items', params: { count: 50001, limit: 50000 } })
    );
    expect(new ChecksheetReadError('x.txt', 'odd')).toMatchObject({
      code: 'unreadable',
      params: {}
    });
  });
});
