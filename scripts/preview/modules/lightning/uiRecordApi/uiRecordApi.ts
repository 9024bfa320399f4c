/**
 * `lightning/uiRecordApi` in the preview, over the same registry as Apex
 * (`scripts/preview/platform/apexRegistry.ts`): the data layer answers `uiRecordApi.getRecord`,
 * `uiRecordApi.createRecord`, … with the UI API's shapes (`{ id, apiName, fields: { Name:
 * { value, displayValue } } }`). Until it registers one, the call is refused like any Apex
 * method without a local implementation, so a component shows its error path.
 *
 * Fields may be given as `@salesforce/schema` imports or as `'Object.Field'` strings; the data
 * layer always receives strings.
 */
import { ApexWireAdapter, refreshWired } from '../../../platform/apexWire';
import { callApex } from '../../../platform/apexRegistry';
import type { ApexParams } from '../../../platform/apexRegistry';
import type { WireDataCallback } from 'lwc';

interface FieldId {
  objectApiName: string;
  fieldApiName: string;
}

export interface RecordField {
  value: unknown;
  displayValue: string | null;
}

export interface RecordRepresentation {
  id: string;
  apiName: string;
  fields: Record<string, RecordField>;
}

function fieldName(field: unknown): unknown {
  if (typeof field === 'object' && field !== null && 'fieldApiName' in field) {
    const { objectApiName, fieldApiName } = field as FieldId;
    return `${objectApiName}.${fieldApiName}`;
  }
  return field;
}

function fieldNames(fields: unknown): unknown {
  if (fields === undefined) return undefined;
  return (Array.isArray(fields) ? fields : [fields]).map(fieldName);
}

function recordConfig(config: Record<string, unknown>): ApexParams {
  const params: ApexParams = { recordId: config.recordId };
  // Absent lists stay absent, so they never count as an unset reactive parameter.
  if ('fields' in config) params.fields = fieldNames(config.fields);
  if ('optionalFields' in config) params.optionalFields = fieldNames(config.optionalFields);
  if ('layoutTypes' in config) params.layoutTypes = config.layoutTypes;
  if ('modes' in config) params.modes = config.modes;
  return params;
}

export class getRecord extends ApexWireAdapter {
  constructor(emit: WireDataCallback) {
    super('uiRecordApi.getRecord', emit, recordConfig);
  }
}

export class getRecords extends ApexWireAdapter {
  constructor(emit: WireDataCallback) {
    super('uiRecordApi.getRecords', emit, (config) => ({
      records: Array.isArray(config.records)
        ? config.records.map((entry: Record<string, unknown>) => recordConfig(entry))
        : config.records
    }));
  }
}

/** The field's path inside a record: `Checksheet__c.Vendor__r.Name` → `['Vendor__r', 'Name']`. */
function fieldPath(field: unknown): string[] {
  const name = fieldName(field);
  if (typeof name !== 'string') return [];
  const parts = name.split('.');
  return parts.length > 1 ? parts.slice(1) : parts;
}

function fieldOf(record: unknown, field: unknown): RecordField | undefined {
  let current = record as RecordRepresentation | undefined;
  const path = fieldPath(field);
  for (let index = 0; index < path.length; index++) {
    const entry = current?.fields?.[path[index]];
    if (entry === undefined) return undefined;
    if (index === path.length - 1) return entry;
    current = entry.value as RecordRepresentation | undefined;
  }
  return undefined;
}

export function getFieldValue(record: unknown, field: unknown): unknown {
  return fieldOf(record, field)?.value;
}

export function getFieldDisplayValue(record: unknown, field: unknown): unknown {
  return fieldOf(record, field)?.displayValue;
}

function changed(recordId: unknown): Promise<void> {
  return refreshWired('uiRecordApi.getRecord', (params) => params.recordId === recordId);
}

export async function createRecord(input: {
  apiName: string;
  fields: Record<string, unknown>;
}): Promise<RecordRepresentation> {
  return (await callApex('uiRecordApi.createRecord', {
    apiName: input.apiName,
    fields: input.fields
  })) as RecordRepresentation;
}

export async function updateRecord(input: {
  fields: Record<string, unknown>;
}): Promise<RecordRepresentation> {
  const result = (await callApex('uiRecordApi.updateRecord', {
    fields: input.fields
  })) as RecordRepresentation;
  await changed(input.fields.Id);
  return result;
}

export async function deleteRecord(recordId: string): Promise<void> {
  await callApex('uiRecordApi.deleteRecord', { recordId });
  await changed(recordId);
}

export async function notifyRecordUpdateAvailable(
  items: Array<{ recordId: string }>
): Promise<void> {
  await Promise.all(items.map((item) => changed(item.recordId)));
}
