// Platform modules that @salesforce/lightning-types does not declare. Declared once, here.

declare module '@salesforce/apex/*' {
  // Callable imperatively (a promise of the method's result) and usable with @wire.
  const apexMethod: import('lwc').WireAdapterConstructor &
    ((params?: Record<string, unknown>) => Promise<unknown>);
  export default apexMethod;
}

declare module '@salesforce/apex' {
  export function refreshApex(value: unknown): Promise<void>;
  export function getSObjectValue(record: unknown, field: unknown): unknown;
}

declare module '@salesforce/schema/*' {
  const fieldOrObject: { objectApiName: string; fieldApiName?: string };
  export default fieldOrObject;
}

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/resourceUrl/*' {
  const url: string;
  export default url;
}

declare module '@salesforce/user/Id' {
  const userId: string;
  export default userId;
}

declare module '@salesforce/i18n/*' {
  const value: string;
  export default value;
}

declare module 'lightning/uiRecordApi' {
  export interface RecordField {
    value: unknown;
    displayValue: string | null;
  }
  export interface RecordRepresentation {
    id: string;
    apiName: string;
    fields: Record<string, RecordField>;
  }
  export const getRecord: import('lwc').WireAdapterConstructor;
  export const getRecords: import('lwc').WireAdapterConstructor;
  export const getFieldValue: (record: unknown, field: unknown) => unknown;
  export const getFieldDisplayValue: (record: unknown, field: unknown) => unknown;
  export function createRecord(input: {
    apiName: string;
    fields: Record<string, unknown>;
  }): Promise<RecordRepresentation>;
  export function updateRecord(input: {
    fields: Record<string, unknown>;
  }): Promise<RecordRepresentation>;
  export function deleteRecord(recordId: string): Promise<void>;
  export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void>;
}

declare module 'lightning/uiObjectInfoApi' {
  export const getObjectInfo: import('lwc').WireAdapterConstructor;
  export const getPicklistValues: import('lwc').WireAdapterConstructor;
  export const getPicklistValuesByRecordType: import('lwc').WireAdapterConstructor;
}

declare module 'lightning/navigation' {
  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
  }
  type Constructor = abstract new (...args: never[]) => object;
  /** Adds `[NavigationMixin.Navigate](pageReference, replace?)` and `[NavigationMixin.GenerateUrl](pageReference)`. */
  export const NavigationMixin: (<T extends Constructor>(base: T) => T) & {
    readonly Navigate: symbol;
    readonly GenerateUrl: symbol;
  };
  export const CurrentPageReference: import('lwc').WireAdapterConstructor;
}

declare module 'lightning/platformShowToastEvent' {
  export class ShowToastEvent extends CustomEvent<{
    title?: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
  }> {
    constructor(detail: {
      title?: string;
      message?: string;
      variant?: 'info' | 'success' | 'warning' | 'error';
      mode?: 'dismissible' | 'pester' | 'sticky';
      messageData?: unknown[];
    });
  }
}
