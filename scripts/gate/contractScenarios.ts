/**
 * Step "contract", part 3: the contract scenarios (`scripts/contract/scenarios.ts`, exported
 * `CONTRACT_SCENARIOS`) are one list that every implementation of the contract runs.
 *
 * - Every scenario's `method` (`Class.method`) names an `@AuraEnabled static` method; names are
 *   unique.
 * - Every `@AuraEnabled static` method of the controllers (`CONTRACT_CONTROLLERS`) has a scenario.
 * - Every `{ refusal: 'Error_X' }` names a custom label, and every refusal of the contract
 *   (`CONTRACT_REFUSALS`, the labels CONTRACT.md lists) has a refusal scenario. A label the Apex
 *   uses for an unexpected failure (no scenario can provoke one) is not among them.
 * - Sides: each implementation is a `ScenarioSide` that lists the scenario names it runs. The
 *   Apex side (an `@IsTest` method named like the scenario in some `*_Tests.cls`) is required.
 *   The local preview's data layer is the second side: its Jest test runs each scenario as a test
 *   titled `scenario <name>`, read from Jest's results after the unit tests (`previewSide`). It is
 *   required as soon as any such test exists, so it asks nothing while no data layer does.
 */
import type { ApexClassOutline } from './apexOutline';
import { hasAnnotation } from './apexOutline';
import type { Finding } from './findings';
import { REFUSAL_LABELS } from '../contract/scenarios';
import { finding } from './findings';

export const SCENARIOS_FILE = 'scripts/contract/scenarios.ts';
export const CONTRACT_CONTROLLERS = [
  'ChecksheetImportController',
  'ChecksheetReadController',
  'ChecksheetReviewController',
  'ChecksheetComparisonController'
];
/**
 * The contract's refusals: custom labels whose text an `AuraHandledException` carries. Defined
 * once, beside the scenarios (`REFUSAL_LABELS`), which both implementations and the Apex tests use.
 */
export const CONTRACT_REFUSALS: readonly string[] = REFUSAL_LABELS;
/** Title of the data layer's Jest test for one scenario. */
export const PREVIEW_TEST_PREFIX = 'scenario ';

/** What the gate reads of a scenario (the file's own type is richer). */
export interface ScenarioLike {
  name: string;
  method: string;
  refusal?: string;
}

/** One implementation of the contract: which scenario names it runs (undefined: it does not exist yet). */
export interface ScenarioSide {
  name: string;
  /** What a scenario needs on this side, for messages ("an @IsTest method … in a *_Tests.cls"). */
  needs: (scenario: string) => string;
  names: Set<string> | undefined;
  /** Whether names match case-insensitively (Apex method names do). */
  caseInsensitive?: boolean;
}

/** Reads `CONTRACT_SCENARIOS` from the loaded module; problems are findings. */
export function readScenarios(
  module: Record<string, unknown>,
  file: string
): { scenarios: ScenarioLike[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const list = module.CONTRACT_SCENARIOS;
  if (!Array.isArray(list)) {
    return {
      scenarios: [],
      findings: [finding(file, undefined, 'does not export CONTRACT_SCENARIOS as an array')]
    };
  }
  const scenarios: ScenarioLike[] = [];
  list.forEach((entry: unknown, position: number) => {
    const record = (entry ?? {}) as Record<string, unknown>;
    const expectation = (record.expect ?? {}) as Record<string, unknown>;
    if (typeof record.name !== 'string' || typeof record.method !== 'string') {
      findings.push(
        finding(file, undefined, `CONTRACT_SCENARIOS[${position}] has no string name and method`)
      );
      return;
    }
    if (!('result' in expectation) && typeof expectation.refusal !== 'string') {
      findings.push(
        finding(
          file,
          undefined,
          `scenario ${record.name} expects neither { result } nor { refusal }`
        )
      );
    }
    scenarios.push({
      name: record.name,
      method: record.method,
      refusal: typeof expectation.refusal === 'string' ? expectation.refusal : undefined
    });
  });
  return { scenarios, findings };
}

/** The Apex side: `@IsTest` methods of classes in `*_Tests.cls` files. */
export function apexSide(classes: Map<string, ApexClassOutline>): ScenarioSide {
  const names = new Set<string>();
  for (const outline of classes.values()) {
    if (!/_Tests\.cls$/.test(outline.file)) continue;
    for (const method of outline.methods)
      if (hasAnnotation(method, 'IsTest')) names.add(method.name.toLowerCase());
  }
  return {
    name: 'Apex',
    needs: (scenario) => `an @IsTest static void ${scenario}() in a *_Tests.cls`,
    names,
    caseInsensitive: true
  };
}

interface JestResults {
  testResults?: Array<{
    assertionResults?: Array<{ title: string; status: string }>;
  }>;
}

/**
 * The preview data layer's side from Jest's `--json` results: passed tests titled
 * `scenario <name>`. Undefined (not required) while no such test exists.
 */
export function previewSide(results: JestResults): ScenarioSide {
  const names = new Set<string>();
  let any = false;
  for (const suite of results.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (!test.title.startsWith(PREVIEW_TEST_PREFIX)) continue;
      any = true;
      if (test.status === 'passed') names.add(test.title.slice(PREVIEW_TEST_PREFIX.length));
    }
  }
  return {
    name: 'preview data layer',
    needs: (scenario) => `a passing Jest test titled '${PREVIEW_TEST_PREFIX}${scenario}'`,
    names: any ? names : undefined
  };
}

/** Scenarios a side lacks. */
export function checkScenarioSide(
  scenarios: ScenarioLike[],
  side: ScenarioSide,
  file: string
): Finding[] {
  if (!side.names) return [];
  const findings: Finding[] = [];
  for (const scenario of scenarios) {
    const wanted = side.caseInsensitive ? scenario.name.toLowerCase() : scenario.name;
    if (!side.names.has(wanted))
      findings.push(
        finding(
          file,
          undefined,
          `scenario ${scenario.name} has no ${side.name} test: ${side.needs(scenario.name)}`
        )
      );
  }
  return findings;
}

export interface ScenarioInputs {
  scenarios: ScenarioLike[];
  file: string;
  classes: Map<string, ApexClassOutline>;
  customLabels: Set<string>;
  controllers?: string[];
  refusals?: string[];
}

export function checkContractScenarios(inputs: ScenarioInputs): Finding[] {
  const { scenarios, file, classes } = inputs;
  const controllers = inputs.controllers ?? CONTRACT_CONTROLLERS;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const covered = new Set<string>();
  const refused = new Set<string>();
  for (const scenario of scenarios) {
    if (seen.has(scenario.name))
      findings.push(finding(file, undefined, `scenario ${scenario.name} is listed twice`));
    seen.add(scenario.name);
    const [className, methodName, ...rest] = scenario.method.split('.');
    const apexClass = classes.get((className ?? '').toLowerCase());
    const method = apexClass?.methods.find(
      (candidate) => candidate.name.toLowerCase() === (methodName ?? '').toLowerCase()
    );
    if (rest.length > 0 || !methodName || !apexClass || !method) {
      findings.push(
        finding(
          file,
          undefined,
          `scenario ${scenario.name}: method '${scenario.method}' ${!apexClass || rest.length > 0 || !methodName ? 'names no class in classes/ (write Class.method)' : `is not a method of ${apexClass.name}`}`
        )
      );
    } else if (!hasAnnotation(method, 'AuraEnabled') || !method.isStatic) {
      findings.push(
        finding(
          file,
          undefined,
          `scenario ${scenario.name}: ${scenario.method} is not an @AuraEnabled static method`
        )
      );
    } else {
      covered.add(`${apexClass.name}.${method.name}`.toLowerCase());
    }
    if (scenario.refusal !== undefined) {
      refused.add(scenario.refusal);
      if (!inputs.customLabels.has(scenario.refusal))
        findings.push(
          finding(
            file,
            undefined,
            `scenario ${scenario.name}: refusal '${scenario.refusal}' is no custom label`
          )
        );
    }
  }

  for (const controller of controllers) {
    const outline = classes.get(controller.toLowerCase());
    if (!outline) continue;
    for (const method of outline.methods) {
      if (!hasAnnotation(method, 'AuraEnabled') || !method.isStatic) continue;
      if (!covered.has(`${outline.name}.${method.name}`.toLowerCase()))
        findings.push(
          finding(
            outline.file,
            method.line,
            `${outline.name}.${method.name} has no contract scenario in ${file}`
          )
        );
    }
  }

  for (const label of inputs.refusals ?? CONTRACT_REFUSALS) {
    if (!refused.has(label))
      findings.push(
        finding(
          file,
          undefined,
          `refusal ${label} has no scenario expecting { refusal: '${label}' }`
        )
      );
  }
  return findings;
}
