/**
 * The shared contract scenarios (scripts/contract/scenarios.ts, CONTRACT_SCENARIOS) run against
 * the data layer, one Jest test `scenario <name>` each — the same list the Apex tests mirror.
 * Skipped, with a note, while that file is not on this branch.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness';
import { runScenario } from './scenarioRunner';
import type { ContractScenario } from './scenarioRunner';

const SCENARIOS_FILE = path.join(ROOT, 'scripts', 'contract', 'scenarios.ts');

function contractScenarios(): ContractScenario[] {
  if (!existsSync(SCENARIOS_FILE)) {
    console.warn(`contract scenario tests skipped: ${SCENARIOS_FILE} is absent.`);
    return [];
  }
  // Loaded only when present, so this suite runs before and after the list lands.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(SCENARIOS_FILE) as { CONTRACT_SCENARIOS: ContractScenario[] };
  return module.CONTRACT_SCENARIOS;
}

const scenarios = contractScenarios();
const describeScenarios = scenarios.length > 0 ? describe : describe.skip;

describeScenarios('contract scenarios', () => {
  test.each(
    scenarios.length > 0 ? scenarios.map((s) => [s.name, s] as const) : [['none', undefined]]
  )('scenario %s', async (_name, scenario) => {
    await expect(runScenario(scenario as ContractScenario)).resolves.toBeUndefined();
  });
});
