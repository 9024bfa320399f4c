/** @jest-environment node */
import { formatFinding } from '../findings';
import { checkBundlePaths, parseTscOutput } from '../typecheck';

const LWC = 'force-app/main/default/lwc';
const tsconfig = (paths: Record<string, string[]>): string =>
  JSON.stringify({ compilerOptions: { strict: true, paths } }, null, 2);

describe('tsconfig paths for LWC bundles', () => {
  it('passes when every bundle with a main .ts has its c/ alias', () => {
    const text = tsconfig({
      'c/widgetCard': [`${LWC}/widgetCard/widgetCard.ts`]
    });
    expect(checkBundlePaths(text, ['widgetCard'], LWC)).toEqual([]);
  });

  it('names the bundle that lacks its alias, and an alias with no bundle', () => {
    const text = tsconfig({
      'c/widgetCard': [`${LWC}/widgetCard/widgetCard.ts`],
      'c/oldCard': [`${LWC}/oldCard/oldCard.ts`],
      'c/wrongCard': [`${LWC}/wrongCard/index.ts`]
    });
    expect(
      checkBundlePaths(text, ['widgetCard', 'newCard', 'wrongCard'], LWC).map(formatFinding)
    ).toEqual([
      `tsconfig.json:4: bundle newCard has newCard.ts but no "c/newCard": ["${LWC}/newCard/newCard.ts"] in compilerOptions.paths`,
      `tsconfig.json:11: "c/wrongCard" must point to ${LWC}/wrongCard/wrongCard.ts`,
      'tsconfig.json:8: "c/oldCard" names bundle oldCard, which has no oldCard.ts'
    ]);
  });

  it("reads tsc's diagnostics as findings", () => {
    const output = [
      "force-app/main/default/lwc/widgetCard/widgetCard.ts(12,5): error TS2322: Type 'number' is not assignable to type 'string'.",
      "error TS5083: Cannot read file 'missing.json'.",
      ''
    ].join('\n');
    expect(parseTscOutput(output).map(formatFinding)).toEqual([
      "force-app/main/default/lwc/widgetCard/widgetCard.ts:12: TS2322: Type 'number' is not assignable to type 'string'.",
      "tsconfig.json: error TS5083: Cannot read file 'missing.json'."
    ]);
  });
});
