/**
 * `lightning/uiObjectInfoApi` in the preview, over the registry like `lightning/uiRecordApi`:
 * the data layer answers `uiObjectInfoApi.getObjectInfo` (for example `createable` of Account
 * for the current preview user) and `uiObjectInfoApi.getPicklistValues`.
 */
import { ApexWireAdapter } from '../../../platform/apexWire';
import type { WireDataCallback } from 'lwc';

function apiName(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'objectApiName' in value) {
    const { objectApiName, fieldApiName } = value as {
      objectApiName: string;
      fieldApiName?: string;
    };
    return fieldApiName ? `${objectApiName}.${fieldApiName}` : objectApiName;
  }
  return value;
}

export class getObjectInfo extends ApexWireAdapter {
  constructor(emit: WireDataCallback) {
    super('uiObjectInfoApi.getObjectInfo', emit, (config) => ({
      objectApiName: apiName(config.objectApiName)
    }));
  }
}

export class getPicklistValues extends ApexWireAdapter {
  constructor(emit: WireDataCallback) {
    super('uiObjectInfoApi.getPicklistValues', emit, (config) => ({
      recordTypeId: config.recordTypeId,
      fieldApiName: apiName(config.fieldApiName)
    }));
  }
}
