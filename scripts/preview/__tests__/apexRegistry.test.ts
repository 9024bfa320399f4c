/**
 * The registry between `@salesforce/apex/*` and the data layer, and the wire adapter every Apex
 * import carries: what a component sees when it calls or wires a method.
 */
import { apexMethod, refreshApex } from '../platform/apexWire';
import type { WiredValue } from '../platform/apexWire';
import {
  callApex,
  hasDataLayer,
  registerApexMethod,
  registerDataLayer,
  registeredApexMethods,
  resetData
} from '../platform/apexRegistry';

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function connectWire(name: string) {
  const emitted: WiredValue[] = [];
  const Adapter = apexMethod(name).adapter;
  const adapter = new Adapter((value) => emitted.push(value as WiredValue));
  adapter.connect();
  return { adapter, emitted };
}

describe('callApex', () => {
  it('rejects a method nobody registered with the platform error shape', async () => {
    await expect(callApex('NoSuchController.nothing', {})).rejects.toEqual({
      status: 500,
      body: { message: 'No local implementation of NoSuchController.nothing' }
    });
  });

  it('hands the implementation JSON copies and the current user and language', async () => {
    const seen: unknown[] = [];
    registerApexMethod('TestController.echo', (params, context) => {
      seen.push(params, context.user.role, context.language);
      return { when: new Date(Date.UTC(2026, 0, 2)), gone: undefined, params };
    });
    const input = { day: new Date(Date.UTC(2026, 0, 1)), nested: { a: 1 } };
    const result = await callApex('TestController.echo', input);
    expect(seen).toEqual([{ day: '2026-01-01T00:00:00.000Z', nested: { a: 1 } }, 'admin', 'en_US']);
    expect(result).toEqual({
      when: '2026-01-02T00:00:00.000Z',
      params: { day: '2026-01-01T00:00:00.000Z', nested: { a: 1 } }
    });
    expect(registeredApexMethods()).toContain('TestController.echo');
  });

  it('turns a thrown Error into the refusal shape, and keeps an ApexError as thrown', async () => {
    registerApexMethod('TestController.fails', () => {
      throw new Error('Checksheet not found');
    });
    registerApexMethod('TestController.forbidden', () => {
      throw { status: 403, body: { message: 'No access' } };
    });
    await expect(callApex('TestController.fails')).rejects.toEqual({
      status: 500,
      body: { message: 'Checksheet not found' }
    });
    await expect(callApex('TestController.forbidden')).rejects.toEqual({
      status: 403,
      body: { message: 'No access' }
    });
  });

  it('refuses a name that is not Class.method', () => {
    expect(() => registerApexMethod('getRecord', () => null)).toThrow(/not Class\.method/);
  });

  it('resets through the registered data layer only', async () => {
    await expect(resetData()).rejects.toThrow(/not part of this build/);
    const reset = jest.fn().mockResolvedValue(undefined);
    registerDataLayer({ reset });
    expect(hasDataLayer()).toBe(true);
    await resetData();
    expect(reset).toHaveBeenCalledTimes(1);
  });
});

describe('the Apex wire adapter', () => {
  it('emits an empty value on connect, then the frozen answer', async () => {
    registerApexMethod('WireController.items', (params) => ({ items: [{ id: params.id }] }));
    const { adapter, emitted } = connectWire('WireController.items');
    expect(emitted).toEqual([{ data: undefined, error: undefined }]);
    adapter.update({ id: 'a01' });
    await settle();
    expect(emitted[1]).toEqual({ data: { items: [{ id: 'a01' }] }, error: undefined });
    const data = emitted[1].data as { items: Array<{ id: string }> };
    expect(Object.isFrozen(data.items[0])).toBe(true);
    expect(() => {
      data.items[0].id = 'changed';
    }).toThrow(TypeError);
  });

  it('does not call while a parameter is undefined', async () => {
    const implementation = jest.fn().mockReturnValue('ok');
    registerApexMethod('WireController.waits', implementation);
    const { adapter, emitted } = connectWire('WireController.waits');
    adapter.update({ recordId: undefined });
    await settle();
    expect(implementation).not.toHaveBeenCalled();
    adapter.update({ recordId: 'a01' });
    await settle();
    expect(implementation).toHaveBeenCalledTimes(1);
    expect(emitted.at(-1)).toEqual({ data: 'ok', error: undefined });
  });

  it('drops the answer to an older configuration that arrives last', async () => {
    const answers = new Map<string, (value: string) => void>();
    registerApexMethod(
      'WireController.slow',
      (params) => new Promise<string>((resolve) => answers.set(String(params.id), resolve))
    );
    const { adapter, emitted } = connectWire('WireController.slow');
    adapter.update({ id: 'first' });
    await settle();
    adapter.update({ id: 'second' });
    await settle();
    answers.get('second')?.('second answer');
    await settle();
    answers.get('first')?.('first answer');
    await settle();
    expect(emitted.map((value) => value.data)).toEqual([undefined, 'second answer']);
  });

  it('emits a refusal as error, and refreshApex asks again', async () => {
    let calls = 0;
    registerApexMethod('WireController.flaky', () => {
      calls++;
      if (calls === 1) throw new Error('not yet');
      return calls;
    });
    const { adapter, emitted } = connectWire('WireController.flaky');
    adapter.update({});
    await settle();
    expect(emitted[1]).toEqual({
      data: undefined,
      error: { status: 500, body: { message: 'not yet' } }
    });
    await refreshApex(emitted[1]);
    expect(emitted[2]).toEqual({ data: 2, error: undefined });
  });

  it('refreshApex refuses a value no wire emitted', async () => {
    await expect(refreshApex({ data: 1 })).rejects.toThrow(/not provisioned by an Apex @wire/);
  });

  it('is callable imperatively too', async () => {
    registerApexMethod('WireController.sum', (params) => Number(params.a) + Number(params.b));
    await expect(apexMethod('WireController.sum')({ a: 2, b: 3 })).resolves.toBe(5);
  });
});
