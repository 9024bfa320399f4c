/**
 * Runs a contract scenario (CONTRACT.md "Contract scenarios") against the data layer: builds
 * its fixtures in a fresh database, replaces `$name` placeholders, calls the method as the
 * scenario's user and checks the expectation — a result matched by subset, or a refusal whose
 * message starts with the label's English text up to its first placeholder.
 */
import type { ApexFailure } from '../dataLayer';
import { APEX_METHODS } from '../dataLayer';
import { labelText } from '../labels';
import { buildFixtures, SCENARIO_USERS } from './fixtures';
import type { FixtureValues, ScenarioUser } from './fixtures';
import { LABELS, makeHarness } from './harness';

export interface ContractScenario {
  name: string;
  method: string;
  user: ScenarioUser;
  given?: string[];
  input: Record<string, unknown>;
  expect: { result: unknown } | { refusal: string };
}

/** Replaces every string that is exactly `$name` by the fixture value `name`, at any depth. */
export function substitute(value: unknown, values: FixtureValues): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    const name = value.slice(1);
    if (!(name in values)) {
      throw new Error(
        `placeholder ${value} names no fixture (have: ${Object.keys(values).join(', ')})`
      );
    }
    return values[name];
  }
  if (Array.isArray(value)) return value.map((element) => substitute(element, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, element]) => [key, substitute(element, values)])
    );
  }
  return value;
}

/**
 * Where `actual` fails to match `expected` (undefined when it matches): objects by subset of
 * keys, recursively; arrays by length and element-wise subset; anything else by equality.
 */
export function mismatch(expected: unknown, actual: unknown, where = 'result'): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${where}: expected an array, got ${JSON.stringify(actual)}`;
    if (actual.length !== expected.length) {
      return `${where}: expected ${expected.length} elements, got ${actual.length}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const found = mismatch(expected[i], actual[i], `${where}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return `${where}: expected an object, got ${JSON.stringify(actual)}`;
    }
    for (const [key, value] of Object.entries(expected)) {
      const found = mismatch(value, (actual as Record<string, unknown>)[key], `${where}.${key}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const same = expected === actual || (expected === null && actual === undefined);
  return same
    ? undefined
    : `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/** What a refusal's message starts with: the label's English text up to its first `{`. */
export function refusalPrefix(label: string): string {
  const text = labelText(LABELS, label, 'en');
  const brace = text.indexOf('{');
  return brace < 0 ? text : text.slice(0, brace);
}

function isFailure(error: unknown): error is ApexFailure {
  return (
    error !== null &&
    typeof error === 'object' &&
    typeof (error as ApexFailure).body?.message === 'string'
  );
}

/** Runs one scenario; throws an Error saying what differed when it does not hold. */
export async function runScenario(scenario: ContractScenario): Promise<void> {
  if (!(scenario.method in APEX_METHODS)) {
    throw new Error(`${scenario.method} is not a method of the data layer`);
  }
  const user = SCENARIO_USERS[scenario.user];
  if (user === undefined) throw new Error(`unknown scenario user "${scenario.user}"`);
  const { layer } = makeHarness(user);
  try {
    const values = await buildFixtures(layer, scenario.user, scenario.given ?? []);
    const input = substitute(scenario.input, values) as Record<string, unknown>;
    const call = layer.implementations[scenario.method as keyof typeof APEX_METHODS];
    let outcome: { result: unknown } | { failure: unknown };
    try {
      outcome = { result: await call(input) };
    } catch (failure) {
      outcome = { failure };
    }
    if ('refusal' in scenario.expect) {
      const prefix = refusalPrefix(scenario.expect.refusal);
      if ('result' in outcome) {
        throw new Error(
          `expected refusal ${scenario.expect.refusal}, got ${JSON.stringify(outcome.result)}`
        );
      }
      if (!isFailure(outcome.failure) || !outcome.failure.body.message.startsWith(prefix)) {
        throw new Error(
          `expected refusal ${scenario.expect.refusal} ("${prefix}…"), got ${JSON.stringify(outcome.failure)}`
        );
      }
      return;
    }
    if ('failure' in outcome) {
      throw new Error(`expected a result, the call failed: ${JSON.stringify(outcome.failure)}`);
    }
    const found = mismatch(substitute(scenario.expect.result, values), outcome.result);
    if (found !== undefined) throw new Error(found);
  } finally {
    await layer.close();
  }
}
