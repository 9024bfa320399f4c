/**
 * What an `@salesforce/apex/Class.method` import is in the preview: a function returning a
 * promise of the method's result (imperative calls), which also carries `.adapter`, the wire
 * adapter `@wire(method, { … })` uses (the LWC engine unwraps `.adapter`), and `refreshApex`.
 *
 * The adapter behaves like the platform's:
 * - on connect it emits `{ data: undefined, error: undefined }`, so `wired.data` can be read at once;
 * - it does not call while any parameter of the configuration is `undefined` (a reactive
 *   `'$recordId'` not set yet);
 * - an answer to an older configuration that arrives after a newer one was asked is dropped;
 * - wired data is deep-frozen (components must copy before changing it, as in an org);
 * - `refreshApex(wiredValue)` calls again with the same configuration and resolves once the new
 *   value has been emitted.
 */
import type { WireAdapter, WireDataCallback } from 'lwc';
import { callApex } from './apexRegistry';
import type { ApexParams } from './apexRegistry';
import { deepFreeze } from './deepFreeze';

export interface WiredValue {
  data: unknown;
  error: unknown;
}

/** Emitted value → the adapter that emitted it (what refreshApex looks up). */
const emitters = new WeakMap<object, ApexWireAdapter>();

/** Turns a wire configuration into the parameters of the call (by default: as it is). */
export type ConfigToParams = (config: Record<string, unknown>) => ApexParams;

/** Live adapters by method, for `refreshWired` (notifyRecordUpdateAvailable and friends). */
const live = new Map<string, Set<ApexWireAdapter>>();

export class ApexWireAdapter implements WireAdapter {
  private readonly method: string;
  private readonly emit: WireDataCallback;
  private readonly toParams: ConfigToParams;
  private config: ApexParams | undefined;
  private asked = 0;
  private connected = false;

  constructor(method: string, emit: WireDataCallback, toParams: ConfigToParams = (c) => c) {
    this.method = method;
    this.emit = emit;
    this.toParams = toParams;
  }

  /** The parameters of the current configuration (undefined before the first one). */
  get params(): ApexParams | undefined {
    return this.config;
  }

  connect(): void {
    this.connected = true;
    if (!live.has(this.method)) live.set(this.method, new Set());
    live.get(this.method)?.add(this);
    this.publish({ data: undefined, error: undefined });
    if (this.config !== undefined) void this.fetch();
  }

  disconnect(): void {
    this.connected = false;
    live.get(this.method)?.delete(this);
    this.asked++;
  }

  update(config: Record<string, unknown>): void {
    const next = this.toParams({ ...(config ?? {}) });
    const same = this.config !== undefined && JSON.stringify(this.config) === JSON.stringify(next);
    this.config = next;
    if (same || !this.connected) return;
    void this.fetch();
  }

  /** Calls with the current configuration; resolves when its answer was emitted (or dropped). */
  fetch(): Promise<void> {
    const config = this.config;
    if (config === undefined || Object.values(config).some((value) => value === undefined)) {
      return Promise.resolve();
    }
    const ticket = ++this.asked;
    return callApex(this.method, config).then(
      (data) => {
        if (ticket === this.asked && this.connected) {
          this.publish({ data: deepFreeze(data), error: undefined });
        }
      },
      (error: unknown) => {
        if (ticket === this.asked && this.connected) {
          this.publish({ data: undefined, error: deepFreeze(error) });
        }
      }
    );
  }

  private publish(value: WiredValue): void {
    const frozen = Object.freeze(value);
    emitters.set(frozen, this);
    this.emit(frozen);
  }
}

export type ApexMethod = ((params?: ApexParams) => Promise<unknown>) & {
  adapter: new (emit: WireDataCallback) => WireAdapter;
};

/** The default export of `@salesforce/apex/<name>`. */
export function apexMethod(name: string): ApexMethod {
  const call = (params?: ApexParams): Promise<unknown> => callApex(name, params ?? {});
  const adapter = class extends ApexWireAdapter {
    constructor(emit: WireDataCallback) {
      super(name, emit);
    }
  };
  return Object.assign(call, { adapter });
}

/** Asks every connected adapter of `method` whose parameters `matches` takes to call again. */
export function refreshWired(
  method: string,
  matches: (params: ApexParams) => boolean
): Promise<void> {
  const adapters = [...(live.get(method) ?? [])].filter(
    (adapter) => adapter.params !== undefined && matches(adapter.params)
  );
  return Promise.all(adapters.map((adapter) => adapter.fetch())).then(() => undefined);
}

/** `refreshApex` of `@salesforce/apex`: the value a wire emitted, asked for again. */
export function refreshApex(wiredValue: unknown): Promise<void> {
  const adapter =
    typeof wiredValue === 'object' && wiredValue !== null ? emitters.get(wiredValue) : undefined;
  if (adapter === undefined) {
    return Promise.reject(new Error('refreshApex: the value was not provisioned by an Apex @wire'));
  }
  return adapter.fetch();
}

/** `getSObjectValue` of `@salesforce/apex`: a field of a record Apex returned. */
export function getSObjectValue(record: unknown, field: unknown): unknown {
  const name =
    typeof field === 'string' ? field : (field as { fieldApiName?: string })?.fieldApiName;
  if (typeof record !== 'object' || record === null || typeof name !== 'string') return undefined;
  return name
    .split('.')
    .reduce<unknown>(
      (value, part) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[part]
          : undefined,
      record
    );
}
