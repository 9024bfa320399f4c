/**
 * Step "browser tests": `npm run test:e2e` (scripts/preview/e2e/runE2e.ts) — the local preview
 * built and driven in Debian's Chromium. Without Chromium the step is SKIPPED, loudly (`.ci/run`
 * installs it). Its output is shown as it ran; each failing test becomes a finding.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Finding } from './findings';
import { finding } from './findings';

export interface BrowserTestRun {
  findings: Finding[];
  note?: string;
}

/** The failing tests and the counts in node's test runner's spec output. */
export function readBrowserTestOutput(output: string, status: number | null): BrowserTestRun {
  const count = (name: string): number | undefined => {
    const match = new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output);
    return match ? Number(match[1]) : undefined;
  };
  const failedSection = output.split('✖ failing tests:')[1] ?? '';
  const failures = [...failedSection.matchAll(/^✖ (.+?) \(\d+(?:\.\d+)?ms\)$/gm)].map(
    (match) => match[1]
  );
  const tests = count('tests');
  const findings = failures.map((name) =>
    finding('scripts/preview/e2e', undefined, `browser test failed: ${name}`)
  );
  if (status !== 0 && findings.length === 0) {
    findings.push(
      finding(
        'scripts/preview/e2e',
        undefined,
        `browser tests failed (exit ${status ?? 'signal'}): see their output above`
      )
    );
  }
  return { findings, note: tests === undefined ? undefined : `${tests} tests in Chromium` };
}

/** Runs the browser tests, showing their output as it comes and reading it at the end. */
export function runBrowserTests(root: string): Promise<BrowserTestRun> {
  return new Promise((resolve) => {
    const child = spawn(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(root, 'scripts', 'preview', 'e2e', 'runE2e.ts')],
      { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let output = '';
    const show = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      process.stdout.write(chunk);
    };
    child.stdout.on('data', show);
    child.stderr.on('data', show);
    child.on('close', (status) => resolve(readBrowserTestOutput(output, status)));
  });
}
