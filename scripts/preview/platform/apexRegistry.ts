/**
 * The one door between the package's `@salesforce/apex/*` imports and the preview's data layer.
 *
 * Every `@salesforce/apex/Class.method` import of a component becomes `apexMethod('Class.method')`
 * (see `apexWire.ts`), which calls `callApex` here. The data layer (`scripts/preview/dataLayer/`)
 * registers one implementation per `Class.method` with `registerApexMethod`, and itself with
 * `registerDataLayer` (for the header's "Reset data"). A method nobody registered is refused
 * the way a missing server method would be, so a component shows its error path rather than
 * the preview inventing data.
 *
 * What crosses the door is JSON, as on the platform: parameters and results are copied through
 * `JSON` (a `Date` arrives as a string, `undefined` properties disappear), and an answer always
 * comes back asynchronously.
 */
import { INJECTED_FAILURE_MESSAGE, shouldFail } from './faults';
import { currentLanguage, currentUser } from './session';
import type { PreviewLanguage, PreviewUser } from './session';

export { PREVIEW_USERS, currentLanguage, currentUser } from './session';
export type { PreviewLanguage, PreviewRole, PreviewUser } from './session';
export { registerKeyPrefix } from './pageReference';

export type ApexParams = Record<string, unknown>;

/** Who calls, as an implementation sees it (the header's user and language switches). */
export interface ApexCallContext {
  user: PreviewUser;
  language: PreviewLanguage;
}

/**
 * One `@AuraEnabled` method's local implementation. It returns the result (or a promise of it);
 * to refuse, it throws an `ApexError` (see `apexError`) or any `Error`, whose message becomes
 * the refusal's `body.message`.
 */
export type ApexImplementation = (params: ApexParams, context: ApexCallContext) => unknown;

/** How a failed Apex call rejects, on the platform and here. */
export interface ApexError {
  status: number;
  body: { message: string };
}

/** What the data layer offers the preview's header. */
export interface PreviewDataLayer {
  /** Deletes everything this browser stored and seeds the first-start data again. */
  reset(): Promise<void>;
}

const implementations = new Map<string, ApexImplementation>();
let dataLayer: PreviewDataLayer | undefined;

/** `Class.method`: the part of the import id after `@salesforce/apex/`. */
const METHOD_NAME = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;

export function registerApexMethod(name: string, implementation: ApexImplementation): void {
  if (!METHOD_NAME.test(name)) {
    throw new Error(`registerApexMethod: "${name}" is not Class.method`);
  }
  implementations.set(name, implementation);
}

export function registerDataLayer(layer: PreviewDataLayer): void {
  dataLayer = layer;
}

export function hasDataLayer(): boolean {
  return dataLayer !== undefined;
}

/** The methods that have a local implementation, sorted (the contract check compares them). */
export function registeredApexMethods(): string[] {
  return [...implementations.keys()].sort();
}

export function apexError(message: string, status = 500): ApexError {
  return { status, body: { message } };
}

function isApexError(value: unknown): value is ApexError {
  if (typeof value !== 'object' || value === null) return false;
  const { status, body } = value as Partial<ApexError>;
  return (
    typeof status === 'number' &&
    typeof body === 'object' &&
    body !== null &&
    typeof body.message === 'string'
  );
}

function asApexError(failure: unknown): ApexError {
  if (isApexError(failure)) return apexError(failure.body.message, failure.status);
  if (failure instanceof Error) return apexError(failure.message);
  return apexError(String(failure));
}

/** JSON's copy of a value: what would have crossed the network. */
function overTheWire(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Calls the registered implementation of `Class.method` with the parameters as the component
 * passed them. Rejects with an `ApexError` when none is registered or the implementation fails.
 */
export async function callApex(name: string, params: ApexParams = {}): Promise<unknown> {
  const implementation = implementations.get(name);
  // An answer is never synchronous, even a refusal.
  await Promise.resolve();
  if (implementation === undefined) {
    throw apexError(`No local implementation of ${name}`);
  }
  if (shouldFail(name)) throw apexError(INJECTED_FAILURE_MESSAGE);
  const context: ApexCallContext = { user: currentUser(), language: currentLanguage() };
  try {
    const result = await implementation(overTheWire(params ?? {}) as ApexParams, context);
    return overTheWire(result);
  } catch (failure) {
    throw asApexError(failure);
  }
}

/** The header's "Reset data". */
export async function resetData(): Promise<void> {
  if (dataLayer === undefined) throw new Error('The local data layer is not part of this build');
  await dataLayer.reset();
}
