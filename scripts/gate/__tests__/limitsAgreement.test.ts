/** @jest-environment node */
import path from 'node:path';
import { outlineApexClasses } from '../apexOutline';
import { formatFinding, sortFindings } from '../findings';
import { apexMapLiteral, checkLimitsAgreement, evaluateApexInteger } from '../limitsAgreement';
import type { TsModules } from '../limitsAgreement';
import { DATA, readFixture } from './fixtures';

const classes = outlineApexClasses(readFixture(path.join(DATA, 'contract')));
const limits = classes.get('checksheetlimits');
const LIMITS_FILE = 'force-app/main/default/classes/ChecksheetLimits.cls';

const modules = (
  importLimits: Record<string, number> | undefined,
  fieldLengths: Record<string, number> | undefined,
  maxItems = 50000
): TsModules => ({
  'c/checksheetModel': { file: 'model.ts', exports: { LIMITS: { maxBytes: 1, maxItems } } },
  'c/checksheetSchema': {
    file: 'schema.ts',
    exports: { IMPORT_LIMITS: importLimits, FIELD_LENGTHS: fieldLengths }
  }
});
const agreeing = {
  itemsPerChunk: 500,
  charactersPerChunk: 2000000,
  sourceFileBytes: 3000000
};
const lengths = { name: 80, question: 32768, matchKey: 255 };
const check = (tsModules: TsModules): string[] =>
  sortFindings(checkLimitsAgreement(limits, tsModules)).map(formatFinding);

describe('limits agreement (ChecksheetLimits ↔ TypeScript)', () => {
  it('has nothing to compare while the Apex class does not exist', () => {
    expect(checkLimitsAgreement(undefined, modules(undefined, undefined))).toEqual([]);
  });

  it('passes when every pair agrees (constants computed from other constants too)', () => {
    expect(check(modules(agreeing, lengths))).toEqual([]);
  });

  it('reports a number that differs, on either kind of pair', () => {
    expect(
      check(modules({ ...agreeing, itemsPerChunk: 400 }, { ...lengths, question: 32000 }, 40000))
    ).toEqual([
      `${LIMITS_FILE}:5: ChecksheetLimits.MAX_ITEMS is 50000 but LIMITS.maxItems (c/checksheetModel) is 40000`,
      `${LIMITS_FILE}:6: ChecksheetLimits.MAX_ITEMS_PER_CHUNK is 500 but IMPORT_LIMITS.itemsPerChunk (c/checksheetSchema) is 400`,
      `${LIMITS_FILE}:9: ChecksheetLimits.FIELD_LENGTHS 'question' is 32768 but FIELD_LENGTHS (c/checksheetSchema).question is 32000`
    ]);
  });

  it('reports a missing side', () => {
    const withoutBytes = { itemsPerChunk: 500, charactersPerChunk: 2000000 };
    const withoutName = { question: 32768, matchKey: 255 };
    expect(check(modules(withoutBytes, { ...withoutName, answer: 131072 }))).toEqual([
      `${LIMITS_FILE}:9: ChecksheetLimits.FIELD_LENGTHS has 'name' => 80, missing from FIELD_LENGTHS (c/checksheetSchema)`,
      `${LIMITS_FILE}:9: FIELD_LENGTHS (c/checksheetSchema).answer = 131072 has no 'answer' entry in ChecksheetLimits.FIELD_LENGTHS (Apex must refuse what the browser cuts)`,
      'schema.ts: IMPORT_LIMITS.sourceFileBytes (c/checksheetSchema) is missing: it mirrors ChecksheetLimits.MAX_SOURCE_FILE_BYTES = 3000000'
    ]);
    const apexWithout = limits && {
      ...limits,
      variables: limits.variables.filter(
        (v) => v.name !== 'MAX_ITEMS' && v.name !== 'FIELD_LENGTHS'
      )
    };
    expect(
      checkLimitsAgreement(apexWithout, modules(agreeing, lengths)).map(formatFinding)
    ).toEqual([
      `${LIMITS_FILE}:4: ChecksheetLimits.MAX_ITEMS is missing: it mirrors LIMITS.maxItems (c/checksheetModel)`,
      `${LIMITS_FILE}:4: ChecksheetLimits.FIELD_LENGTHS is missing: it mirrors FIELD_LENGTHS (c/checksheetSchema)`
    ]);
  });

  it('reads Apex integer expressions and map literals, and nothing else', () => {
    const none = (): undefined => undefined;
    expect(evaluateApexInteger('3 * (1000 + 24) - 2', none)).toBe(3070);
    expect(evaluateApexInteger('3000000L', none)).toBe(3000000);
    expect(evaluateApexInteger('Limits.getHeapSize()', none)).toBeUndefined();
    expect(apexMapLiteral("new Map<String, Integer>{ 'a' => 1, 'b' => 2 * 3 }", none)).toEqual(
      new Map([
        ['a', 1],
        ['b', 6]
      ])
    );
    expect(apexMapLiteral('buildLengths()', none)).toBeUndefined();
  });
});
