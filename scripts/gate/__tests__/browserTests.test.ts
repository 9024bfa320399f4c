/** @jest-environment node */
import { formatFinding } from '../findings';
import { readBrowserTestOutput } from '../browserTests';

const PASSED = `✔ the shell shows the app (5087.3ms)
ℹ tests 2
ℹ pass 2
ℹ fail 0
`;

const FAILED = `✖ the toast shows (31608.217633ms)
  locator.click: Timeout 30000ms exceeded.
✔ the shell shows the app (5087.3ms)
ℹ tests 2
ℹ pass 1
ℹ fail 1

✖ failing tests:

test at scripts/preview/e2e/platform.spec.ts:2:2616
✖ the toast shows (31608.217633ms)
  locator.click: Timeout 30000ms exceeded.
`;

describe('browser test output', () => {
  it('passes with the number of tests as its note', () => {
    expect(readBrowserTestOutput(PASSED, 0)).toEqual({
      findings: [],
      note: '2 tests in Chromium'
    });
  });

  it('reports each failing test once', () => {
    const run = readBrowserTestOutput(FAILED, 1);
    expect(run.findings.map(formatFinding)).toEqual([
      'scripts/preview/e2e: browser test failed: the toast shows'
    ]);
  });

  it('fails when the run failed before any test (a build error)', () => {
    const run = readBrowserTestOutput('preview: build failed — no custom label X\n', 1);
    expect(run.findings.map(formatFinding)).toEqual([
      'scripts/preview/e2e: browser tests failed (exit 1): see their output above'
    ]);
  });
});
