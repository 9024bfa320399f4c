/** @jest-environment node */
import { finding } from '../findings';
import { runGate } from '../gateRunner';
import type { Step } from '../gateRunner';

describe("the gate's runner", () => {
  it('prints one line per step, the findings, and ends with N passed, N failed', async () => {
    const steps: Step[] = [
      { name: 'clean', run: () => ({ findings: [], note: '3 files' }) },
      {
        name: 'dirty',
        run: () => ({
          findings: [finding('b.xml', 9, 'second'), finding('a.xml', 2, 'first')],
          info: ['a.cls:1: low severity']
        })
      },
      {
        name: 'crashing',
        run: () => {
          throw new Error('boom');
        }
      }
    ];
    const output: string[] = [];
    const failed = await runGate(steps, (line) => output.push(line));
    expect(failed).toBe(2);
    expect(output[0]).toMatch(/^OK {3}clean {14}\s+\d+\.\d s {2}0 findings {2}\(3 files\)$/);
    expect(output[1]).toMatch(/^FAIL dirty .* 2 findings$/);
    expect(output.slice(2, 5)).toEqual([
      '    a.xml:2: first',
      '    b.xml:9: second',
      '    info: a.cls:1: low severity'
    ]);
    expect(output[5]).toMatch(/^FAIL crashing .* 1 finding$/);
    expect(output[6]).toMatch(/^ {4}\(gate\): step crashing crashed: Error: boom/);
    expect(output[output.length - 1]).toBe('1 passed, 2 failed');
  });

  it('prints a skipped step loudly, in the summary too, and counts it apart', async () => {
    const steps: Step[] = [
      { name: 'clean', run: () => ({ findings: [] }) },
      {
        name: 'needs a tool',
        run: () => ({ findings: [], skipped: 'no Java 21+ (set JAVA_HOME)' })
      },
      {
        name: 'skipped but dirty',
        run: () => ({ findings: [finding('a.cls', 1, 'bad')], skipped: 'partial run' })
      }
    ];
    const output: string[] = [];
    const failed = await runGate(steps, (line) => output.push(line));
    expect(failed).toBe(1);
    expect(output[1]).toMatch(/^SKIP needs a tool .* 0 findings$/);
    expect(output[2]).toBe('    SKIPPED: needs a tool did not run: no Java 21+ (set JAVA_HOME)');
    expect(output[3]).toMatch(/^FAIL skipped but dirty /);
    expect(output).toContain(
      '      SKIPPED: needs a tool did not run: no Java 21+ (set JAVA_HOME)'
    );
    expect(output[output.length - 1]).toBe('1 passed, 1 failed, 1 skipped');
  });
});
