/**
 * Step "unit tests": Jest through `sfdx-lwc-jest --coverage` (thresholds in jest.config.js),
 * its own output shown as it runs. `--no-cache`: the LWC transformer's cache key ignores whether
 * coverage is instrumented, so a transform cached by an earlier run without coverage would drop
 * files from the coverage table (and from the thresholds).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Finding } from './findings';
import { finding } from './findings';

/**
 * Runs Jest; with `resultsFile`, Jest also writes its results there as JSON (`--json`), for checks
 * that need to know which tests ran (the contract scenarios' preview side).
 */
export function runJest(root: string, resultsFile?: string): Finding[] {
  const bin = path.join(root, 'node_modules', '.bin', 'sfdx-lwc-jest');
  const extra = resultsFile ? ['--json', `--outputFile=${resultsFile}`] : [];
  const result = spawnSync(bin, ['--coverage', '--', '--no-cache', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CI: 'true' }
  });
  if (result.status === 0) return [];
  return [
    finding(
      'jest.config.js',
      undefined,
      `Jest failed (exit ${result.status ?? result.signal}): see its output above`
    )
  ];
}
