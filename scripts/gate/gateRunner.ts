/**
 * The gate's runner: runs steps in order, prints one line per step (name, OK/FAIL/SKIP, duration,
 * findings) and the findings as `file:line: message`, and ends with `N passed, N failed` (plus
 * `, N skipped` when a step could not run on this machine; CI reads that line).
 */
import type { Finding } from './findings';
import { finding, formatFinding, sortFindings } from './findings';

export interface StepResult {
  findings: Finding[];
  /** Shown under the step, never failing it (for example PMD's low-severity notes). */
  info?: string[];
  /** A short fact for the step's line ("12 modules", "0 Apex files"). */
  note?: string;
  /**
   * Set when the step could not run on this machine (a tool it needs is missing): the reason is
   * printed loudly, the step counts as skipped, never as passed or failed. Findings still fail it.
   */
  skipped?: string;
}

export interface Step {
  name: string;
  run: () => StepResult | Promise<StepResult>;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Runs the steps; returns the number that failed. */
export async function runGate(
  steps: Step[],
  log: (line: string) => void = console.log
): Promise<number> {
  let failed = 0;
  let skipped = 0;
  const summary: string[] = [];
  for (const step of steps) {
    const started = Date.now();
    let result: StepResult;
    try {
      result = await step.run();
    } catch (error) {
      const problem = error as Error;
      result = {
        findings: [
          finding(
            '(gate)',
            undefined,
            `step ${step.name} crashed: ${problem.stack ?? problem.message}`
          )
        ]
      };
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const ok = result.findings.length === 0;
    const skip = ok && result.skipped !== undefined;
    if (!ok) failed++;
    else if (skip) skipped++;
    const status = !ok ? 'FAIL' : skip ? 'SKIP' : 'OK  ';
    const line = `${status} ${step.name.padEnd(18)} ${seconds.padStart(6)} s  ${plural(result.findings.length, 'finding')}${result.note ? `  (${result.note})` : ''}`;
    log(line);
    summary.push(line);
    if (skip) {
      const loud = `    SKIPPED: ${step.name} did not run: ${result.skipped}`;
      log(loud);
      summary.push(loud);
    }
    for (const f of sortFindings(result.findings)) log(`    ${formatFinding(f)}`);
    for (const info of result.info ?? []) log(`    info: ${info}`);
  }
  log('');
  log('quality gate:');
  for (const line of summary) log(`  ${line}`);
  const passed = steps.length - failed - skipped;
  log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  return failed;
}
