/**
 * What the package defines, read from its metadata files: objects with their fields, relationships
 * and picklist values, Apex classes, tabs, applications, and the other names that metadata refers to.
 * Cross-reference checks look names up here.
 */
import type { SourceFile } from './findings';
import type { XmlElement } from './xmlTree';
import { childText, childrenNamed, parseXml } from './xmlTree';

export interface FieldInfo {
  name: string;
  /** `Text`, `Picklist`, `Lookup`, `MasterDetail`, …; undefined for standard fields. */
  type?: string;
  referenceTo?: string;
  relationshipName?: string;
  required: boolean;
  /** Formula, roll-up summary or auto-number: never editable. */
  calculated?: boolean;
  /** Declared length of a text field. */
  length?: number;
  picklistValues?: string[];
  /** Name of the global value set the picklist uses, if any. */
  valueSetName?: string;
  standard: boolean;
}

export interface ObjectInfo {
  name: string;
  standard: boolean;
  fields: Map<string, FieldInfo>;
  recordTypes: Set<string>;
}

export interface MetadataIndex {
  objects: Map<string, ObjectInfo>;
  apexClasses: Set<string>;
  apexPages: Set<string>;
  tabs: Set<string>;
  applications: Set<string>;
  customPermissions: Set<string>;
  permissionSets: Set<string>;
  globalValueSets: Map<string, string[]>;
}

/** Fields every object has (a small, known list; anything else must be in `objects/`). */
export const STANDARD_FIELDS = [
  'Id',
  'Name',
  'OwnerId',
  'CreatedDate',
  'CreatedById',
  'LastModifiedDate',
  'LastModifiedById'
];

/** Standard relationships: `Owner.Name`, `CreatedBy.Name`, … */
const STANDARD_LOOKUPS: Record<string, { relationshipName: string; referenceTo: string }> = {
  OwnerId: { relationshipName: 'Owner', referenceTo: 'User' },
  CreatedById: { relationshipName: 'CreatedBy', referenceTo: 'User' },
  LastModifiedById: { relationshipName: 'LastModifiedBy', referenceTo: 'User' }
};

/** Standard objects the package refers to, with the standard fields it may use beyond `STANDARD_FIELDS`. */
export const STANDARD_OBJECTS: Record<string, string[]> = {
  Account: [],
  User: [
    'Email',
    'Username',
    'IsActive',
    // Apex test users (ChecksheetTestFactory).
    'FirstName',
    'LastName',
    'Alias',
    'ProfileId',
    'TimeZoneSidKey',
    'LocaleSidKey',
    'EmailEncodingKey',
    'LanguageLocaleKey'
  ],
  // Follow-ups, source files, access checks and reviewer sharing (Apex services and their tests).
  Task: ['WhatId', 'Subject', 'Status', 'ActivityDate', 'IsClosed'],
  ContentVersion: [
    'Title',
    'PathOnClient',
    'VersionData',
    'FirstPublishLocationId',
    'ContentDocumentId'
  ],
  ContentDocument: [],
  ContentDocumentLink: ['ContentDocumentId', 'LinkedEntityId'],
  UserRecordAccess: ['RecordId', 'UserId', 'HasEditAccess', 'HasReadAccess'],
  ObjectPermissions: ['SobjectType', 'ParentId', 'PermissionsModifyAllRecords'],
  PermissionSet: [],
  PermissionSetAssignment: ['AssigneeId', 'PermissionSetId'],
  Profile: [],
  Checksheet__Share: ['ParentId', 'UserOrGroupId', 'AccessLevel', 'RowCause'],
  // Field history of the objects with enableHistory (the history read and its tests, issue 8).
  Checksheet__History: ['ParentId', 'Field', 'OldValue', 'NewValue'],
  Checksheet_Item__History: ['ParentId', 'Field', 'OldValue', 'NewValue']
};

export const key = (name: string): string => name.toLowerCase();

function newObject(name: string, standard: boolean): ObjectInfo {
  const fields = new Map<string, FieldInfo>();
  const extra = STANDARD_OBJECTS[name] ?? [];
  for (const field of [...STANDARD_FIELDS, ...extra]) {
    const lookup = STANDARD_LOOKUPS[field];
    fields.set(key(field), {
      name: field,
      type: lookup ? 'Lookup' : undefined,
      referenceTo: lookup?.referenceTo,
      relationshipName: lookup?.relationshipName,
      required: false,
      standard: true
    });
  }
  return { name, standard, fields, recordTypes: new Set() };
}

function picklistValuesOf(field: XmlElement): {
  values?: string[];
  valueSetName?: string;
} {
  const valueSet = childrenNamed(field, 'valueSet')[0];
  if (!valueSet) return {};
  const valueSetName = childText(valueSet, 'valueSetName');
  const definition = childrenNamed(valueSet, 'valueSetDefinition')[0];
  const values = definition
    ? childrenNamed(definition, 'value').map((value) => childText(value, 'fullName') ?? '')
    : undefined;
  return { values, valueSetName };
}

function fieldFrom(element: XmlElement, fallbackName: string): FieldInfo {
  const { values, valueSetName } = picklistValuesOf(element);
  return {
    name: childText(element, 'fullName') ?? fallbackName,
    type: childText(element, 'type'),
    referenceTo: childText(element, 'referenceTo'),
    relationshipName: childText(element, 'relationshipName'),
    required: childText(element, 'required') === 'true',
    calculated:
      childText(element, 'formula') !== undefined ||
      ['Summary', 'AutoNumber'].includes(childText(element, 'type') ?? ''),
    length:
      childText(element, 'length') === undefined ? undefined : Number(childText(element, 'length')),
    picklistValues: values,
    valueSetName,
    standard: false
  };
}

/** `…/objects/Foo__c/fields/Bar__c.field-meta.xml` → { object: 'Foo__c', kind: 'fields', name: 'Bar__c' } */
export function objectPart(
  path: string
): { object: string; kind?: string; name?: string } | undefined {
  const match = /(?:^|\/)objects\/([^/]+)\/(?:([^/]+)\/)?([^/]+?)\.[A-Za-z]+-meta\.xml$/.exec(path);
  if (!match) return undefined;
  return match[2] ? { object: match[1], kind: match[2], name: match[3] } : { object: match[1] };
}

/** Name of a source-format file without its suffix: `classes/Foo.cls` → `Foo`. */
export function componentName(path: string, suffix: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.endsWith(suffix) ? base.slice(0, -suffix.length) : undefined;
}

export function buildMetadataIndex(files: SourceFile[]): MetadataIndex {
  const index: MetadataIndex = {
    objects: new Map(),
    apexClasses: new Set(),
    apexPages: new Set(),
    tabs: new Set(),
    applications: new Set(),
    customPermissions: new Set(),
    permissionSets: new Set(),
    globalValueSets: new Map()
  };
  for (const name of Object.keys(STANDARD_OBJECTS))
    index.objects.set(key(name), newObject(name, true));
  const objectNamed = (name: string): ObjectInfo => {
    let info = index.objects.get(key(name));
    if (!info) {
      info = newObject(name, false);
      index.objects.set(key(name), info);
    }
    return info;
  };

  for (const file of files) {
    const path = file.path;
    const apexClass = componentName(path, '.cls');
    if (apexClass && path.includes('/classes/')) index.apexClasses.add(key(apexClass));
    const page = componentName(path, '.page');
    if (page) index.apexPages.add(key(page));
    if (!path.endsWith('-meta.xml')) continue;

    const part = objectPart(path);
    if (part) {
      const object = objectNamed(part.object);
      if (part.kind === 'fields' && part.name) {
        const parsed = parseXml(file.text);
        const field = parsed.ok
          ? fieldFrom(parsed.root, part.name)
          : { name: part.name, required: false, standard: false };
        object.fields.set(key(field.name), field);
      } else if (part.kind === 'recordTypes' && part.name) {
        object.recordTypes.add(key(part.name));
      }
      continue;
    }
    const simple: Array<[string, Set<string>]> = [
      ['.tab-meta.xml', index.tabs],
      ['.app-meta.xml', index.applications],
      ['.customPermission-meta.xml', index.customPermissions],
      ['.permissionset-meta.xml', index.permissionSets]
    ];
    for (const [suffix, set] of simple) {
      const name = componentName(path, suffix);
      if (name) set.add(key(name));
    }
    const valueSet = componentName(path, '.globalValueSet-meta.xml');
    if (valueSet) {
      const parsed = parseXml(file.text);
      const values = parsed.ok
        ? childrenNamed(parsed.root, 'customValue').map((v) => childText(v, 'fullName') ?? '')
        : [];
      index.globalValueSets.set(key(valueSet), values);
    }
  }
  return index;
}

/** Picklist values of a field, following a global value set when it uses one. */
export function picklistValues(index: MetadataIndex, field: FieldInfo): string[] | undefined {
  if (field.picklistValues) return field.picklistValues;
  if (field.valueSetName) return index.globalValueSets.get(key(field.valueSetName));
  return undefined;
}

export type Resolution =
  { ok: true; object: ObjectInfo; field?: FieldInfo } | { ok: false; message: string };

export interface ResolveOptions {
  /** Apex and SOQL are case-insensitive; metadata and LWC name fields exactly. */
  caseSensitive: boolean;
}

function sameCase(found: string, wanted: string, options: ResolveOptions): boolean {
  return !options.caseSensitive || found === wanted;
}

export function findObject(
  index: MetadataIndex,
  name: string,
  options: ResolveOptions
): Resolution {
  const object = index.objects.get(key(name));
  if (!object)
    return {
      ok: false,
      message: `object ${name} does not exist under objects/ (nor is it a known standard object)`
    };
  if (!sameCase(object.name, name, options))
    return { ok: false, message: `object ${name} is spelled ${object.name}` };
  return { ok: true, object };
}

/** The field reached through a lookup's relationship name (`Vendor__r`, `Owner`). */
function relationshipField(object: ObjectInfo, segment: string): FieldInfo | undefined {
  const wanted = key(segment);
  for (const field of object.fields.values()) {
    if (!field.referenceTo) continue;
    const relationship = field.standard
      ? field.relationshipName
      : field.name.replace(/__c$/i, '__r');
    if (relationship && key(relationship) === wanted) return field;
  }
  return undefined;
}

/**
 * Resolves `Field`, `Lookup__r.Field`, `Owner.Name` (SOQL, LWC schema paths) or, with
 * `lookupFieldNames`, `Lookup__c.Field` (report types) from `objectName`.
 */
export function resolveFieldPath(
  index: MetadataIndex,
  objectName: string,
  path: string,
  options: ResolveOptions & { lookupFieldNames?: boolean }
): Resolution {
  const start = findObject(index, objectName, options);
  if (!start.ok) return start;
  let object = start.object;
  const segments = path.split('.');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (last) {
      const field = object.fields.get(key(segment));
      if (!field)
        return {
          ok: false,
          message: `${object.name}.${segment} does not exist`
        };
      if (!sameCase(field.name, segment, options)) {
        return {
          ok: false,
          message: `${object.name}.${segment} is spelled ${field.name}`
        };
      }
      return { ok: true, object, field };
    }
    let lookup = relationshipField(object, segment);
    if (!lookup && options.lookupFieldNames) {
      const field = object.fields.get(key(segment));
      if (field?.referenceTo) lookup = field;
    }
    if (!lookup || !lookup.referenceTo) {
      return {
        ok: false,
        message: `${object.name}.${segment} is not a relationship of ${object.name}`
      };
    }
    const next = findObject(index, lookup.referenceTo, {
      caseSensitive: false
    });
    if (!next.ok) return next;
    object = next.object;
  }
  return { ok: true, object };
}

/** The child object reached by a child relationship name (`Items__r`, `Checksheets__r`). */
export function childRelationship(
  index: MetadataIndex,
  parent: ObjectInfo,
  relationship: string
): ObjectInfo | undefined {
  const wanted = key(relationship.replace(/__r$/i, ''));
  for (const child of index.objects.values()) {
    for (const field of child.fields.values()) {
      if (
        field.relationshipName &&
        !field.standard &&
        key(field.relationshipName) === wanted &&
        field.referenceTo &&
        key(field.referenceTo) === key(parent.name)
      ) {
        return child;
      }
    }
  }
  return undefined;
}
