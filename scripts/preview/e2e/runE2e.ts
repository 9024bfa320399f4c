/**
 * `npm run test:e2e`: builds the preview once (production, which the tests use, and development,
 * where the engine's warnings are on), then runs every `scripts/preview/e2e/*.spec.ts` with
 * node's test runner in one process, so that one server and one Chromium serve every file
 * (`fixture.ts`; two cores: one browser at a time). Screenshots go to `.e2e/screenshots/`
 * (gitignored).
 *
 * Exits 1 on any failure, and when Chromium is missing (the gate's step says SKIPPED instead).
 * `E2E_SKIP_BUILD=1` reuses the last build while writing a spec.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildStaticResources } from '../../build/staticResources';
import { REPO_ROOT, buildPreview } from '../build/previewBuild';
import { chromiumAvailable, chromiumPath } from './browser';

const E2E_DIR = __dirname;

export function specFiles(filter?: string): string[] {
  return readdirSync(E2E_DIR)
    .filter((name) => name.endsWith('.spec.ts') && (!filter || name.includes(filter)))
    .sort()
    .map((name) => path.join(E2E_DIR, name));
}

async function main(): Promise<number> {
  if (!chromiumAvailable()) {
    console.error(
      `browser tests: no Chromium at ${chromiumPath()} (apt-get install chromium fonts-ipafont-gothic, or set CHROMIUM_PATH)`
    );
    return 1;
  }
  const filter = process.argv[2];
  if (process.env.E2E_SKIP_BUILD !== '1') {
    buildStaticResources();
    const ms = await buildPreview(['production', 'development']);
    console.log(`browser tests: preview built in ${(ms / 1000).toFixed(1)} s`);
  }
  const files = specFiles(filter);
  // Static imports register every file's tests before the first runs (the shared fixture's
  // hooks then wrap them all).
  const entry = path.join(REPO_ROOT, '.e2e', 'specs.mjs');
  mkdirSync(path.dirname(entry), { recursive: true });
  writeFileSync(entry, files.map((file) => `import ${JSON.stringify(file)};\n`).join(''));
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test-reporter=spec', entry], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: process.env
  });
  return run.status ?? 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error((error as Error).stack ?? error);
    process.exitCode = 1;
  }
);
