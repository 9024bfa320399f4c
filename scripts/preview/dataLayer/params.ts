/**
 * Parameters as Apex receives them from LWC: by name, JSON values, absent → null. A value of the
 * wrong type fails as the platform's deserialisation does, before the method runs.
 */
import { isDate } from './clock';
import { PlatformError } from './errors';

export type Params = Readonly<Record<string, unknown>>;

function wrongType(name: string, type: string): PlatformError {
  return new PlatformError(
    `Value provided is invalid for action parameter '${name}' of type '${type}'`
  );
}

export function stringParam(params: Params, name: string): string | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw wrongType(name, 'String');
  return value;
}

export function integerParam(params: Params, name: string): number | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(name, 'Integer');
  return value;
}

export function dateParam(params: Params, name: string): string | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  if (!isDate(value)) throw wrongType(name, 'Date');
  return value;
}

export function listParam<T>(params: Params, name: string): T[] {
  const value = params[name];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw wrongType(name, 'List');
  return value as T[];
}

export function objectParam<T>(params: Params, name: string, type: string): T | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw wrongType(name, type);
  return value as T;
}
