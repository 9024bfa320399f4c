/**
 * Step "metadata", part 1: every metadata XML file is well formed and uses only the fields of its
 * Metadata API type, recursively by the fields' types.
 *
 * The types come from `@jsforce/jsforce-node`'s `ApiSchemas` (generated from the Metadata API WSDL;
 * no XSD ships on npm). `SCHEMA_SUPPLEMENT` adds the few fields that WSDL predates, each named
 * with where it appears in source format.
 */
import { ApiSchemas } from '@jsforce/jsforce-node/lib/api/metadata/schema.js';
import type { Finding, SourceFile } from './findings';
import { finding } from './findings';
import type { XmlElement } from './xmlTree';
import { parseXml } from './xmlTree';

/** A field's type: `string`, `?boolean`, `CustomField`, or `[ 'CustomValue' ]` for a list. */
type FieldType = string | readonly string[];

export interface ComplexType {
  type: string;
  props: Record<string, FieldType>;
  extends?: string;
}

const WSDL_TYPES = ApiSchemas as unknown as Record<string, ComplexType>;

/**
 * Fields of current source format that the WSDL behind `ApiSchemas` does not list yet.
 * Add an entry only for a field Salesforce documents, with the metadata type it belongs to.
 */
export const SCHEMA_SUPPLEMENT: Record<string, ComplexType> = {
  // Lightning pages (API 47+): regions hold item instances, each a component or a field.
  FlexiPageRegion: {
    type: 'FlexiPageRegion',
    props: { itemInstances: ['ItemInstance'] }
  },
  ItemInstance: {
    type: 'ItemInstance',
    props: {
      componentInstance: '?ComponentInstance',
      fieldInstance: '?FieldInstance'
    }
  },
  ComponentInstance: {
    type: 'ComponentInstance',
    props: { identifier: '?string' }
  },
  ComponentInstanceProperty: {
    type: 'ComponentInstanceProperty',
    props: { valueList: '?ComponentInstancePropertyList' }
  },
  ComponentInstancePropertyList: {
    type: 'ComponentInstancePropertyList',
    props: { valueListItems: ['ComponentInstancePropertyListItem'] }
  },
  ComponentInstancePropertyListItem: {
    type: 'ComponentInstancePropertyListItem',
    props: { value: '?string', visibilityRule: '?UiFormulaRule' }
  },
  FieldInstance: {
    type: 'FieldInstance',
    props: {
      fieldInstanceProperties: ['FieldInstanceProperty'],
      fieldItem: 'string',
      identifier: '?string',
      visibilityRule: '?UiFormulaRule'
    }
  },
  FieldInstanceProperty: {
    type: 'FieldInstanceProperty',
    props: { name: '?string', value: '?string' }
  },
  // Lightning apps (API 49+): whether workspace tabs persist across sessions.
  CustomApplication: {
    type: 'CustomApplication',
    props: { isNavTabPersistenceDisabled: '?boolean' }
  },
  // LWC bundles: `<capabilities><capability>…</capability></capabilities>` (API 55+).
  LightningComponentBundle: {
    type: 'LightningComponentBundle',
    props: { capabilities: '?Capabilities' }
  },
  Capabilities: { type: 'Capabilities', props: { capability: ['string'] } },
  // Quick actions that open a Lightning web component (API 49+): `<type>LightningWebComponent</type>`,
  // `<actionSubtype>ScreenAction</actionSubtype>` (or Headless) and the bundle's name.
  QuickAction: {
    type: 'QuickAction',
    props: { actionSubtype: '?string', lightningWebComponent: '?string' }
  }
};

const PRIMITIVES = new Set(['string', 'boolean', 'number', 'any', '']);

/** Every field of a type, including inherited ones (`Metadata.fullName`, …) and the supplement. */
export function fieldsOf(typeName: string): Map<string, FieldType> | undefined {
  if (!WSDL_TYPES[typeName] && !SCHEMA_SUPPLEMENT[typeName]) return undefined;
  const fields = new Map<string, FieldType>();
  let current: string | undefined = typeName;
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    seen.add(current);
    const wsdl: ComplexType | undefined = WSDL_TYPES[current];
    for (const [name, type] of Object.entries(wsdl?.props ?? {}))
      if (!fields.has(name)) fields.set(name, type);
    for (const [name, type] of Object.entries(SCHEMA_SUPPLEMENT[current]?.props ?? {})) {
      if (!fields.has(name)) fields.set(name, type);
    }
    current = wsdl?.extends ?? SCHEMA_SUPPLEMENT[current]?.extends;
  }
  return fields;
}

export function isMetadataType(name: string): boolean {
  return fieldsOf(name) !== undefined;
}

interface ResolvedType {
  name: string;
  list: boolean;
}

function resolve(type: FieldType): ResolvedType {
  if (typeof type === 'string') return { name: type.replace(/^\?/, ''), list: false };
  return { name: type[type.length - 1].replace(/^\?/, ''), list: true };
}

/** Source-format file suffix (`Foo.permissionset-meta.xml` → `permissionset`) → root type. */
export const SUFFIX_TYPES: Record<string, string> = {
  app: 'CustomApplication',
  cls: 'ApexClass',
  compactLayout: 'CompactLayout',
  connectedApp: 'ConnectedApp',
  cspTrustedSite: 'CspTrustedSite',
  customPermission: 'CustomPermission',
  dataSource: 'ExternalDataSource',
  field: 'CustomField',
  fieldSet: 'FieldSet',
  fieldTranslation: 'CustomFieldTranslation',
  flexipage: 'FlexiPage',
  globalValueSet: 'GlobalValueSet',
  js: 'LightningComponentBundle',
  labels: 'CustomLabels',
  layout: 'Layout',
  listView: 'ListView',
  namedCredential: 'NamedCredential',
  object: 'CustomObject',
  objectTranslation: 'CustomObjectTranslation',
  page: 'ApexPage',
  permissionset: 'PermissionSet',
  permissionsetgroup: 'PermissionSetGroup',
  quickAction: 'QuickAction',
  recordType: 'RecordType',
  remoteSite: 'RemoteSiteSetting',
  reportType: 'ReportType',
  resource: 'StaticResource',
  tab: 'CustomTab',
  translation: 'Translations',
  trigger: 'ApexTrigger',
  validationRule: 'ValidationRule',
  webLink: 'WebLink'
};

/** `objects/Foo__c/fields/Bar__c.field-meta.xml` → `field`. */
export function metadataSuffix(path: string): string | undefined {
  const match = /\.([A-Za-z]+)-meta\.xml$/.exec(path);
  return match ? match[1] : undefined;
}

function checkValue(file: string, element: XmlElement, typeName: string, owner: string): Finding[] {
  if (typeName === 'boolean' && element.text !== 'true' && element.text !== 'false') {
    return [
      finding(
        file,
        element.line,
        `${owner}.${element.name} must be true or false, not "${element.text}"`
      )
    ];
  }
  if (typeName === 'number' && (element.text === '' || !Number.isFinite(Number(element.text)))) {
    return [
      finding(
        file,
        element.line,
        `${owner}.${element.name} must be a number, not "${element.text}"`
      )
    ];
  }
  return [];
}

function checkElement(file: string, element: XmlElement, typeName: string): Finding[] {
  const fields = fieldsOf(typeName);
  if (!fields) return [];
  const findings: Finding[] = [];
  const seenSingles = new Set<string>();
  for (const child of element.children) {
    const declared = fields.get(child.name);
    if (declared === undefined) {
      findings.push(finding(file, child.line, `${child.name} is not a field of ${typeName}`));
      continue;
    }
    const resolved = resolve(declared);
    if (!resolved.list) {
      if (seenSingles.has(child.name)) {
        findings.push(
          finding(
            file,
            child.line,
            `${child.name} appears more than once in ${typeName}, which allows one`
          )
        );
      }
      seenSingles.add(child.name);
    }
    if (PRIMITIVES.has(resolved.name)) {
      // Fields typed as a plain string may still hold markup the WSDL does not describe
      // (for example LightningComponentBundle.targetConfigs); only scalar values are checked.
      if (child.children.length === 0)
        findings.push(...checkValue(file, child, resolved.name, typeName));
    } else {
      findings.push(...checkElement(file, child, resolved.name));
    }
  }
  return findings;
}

/** Checks one metadata XML file: well formed, a known root type, only known fields. */
export function checkMetadataFile(file: SourceFile): Finding[] {
  const parsed = parseXml(file.text);
  if (!parsed.ok) return [finding(file.path, parsed.line, parsed.message)];
  const root = parsed.root;
  if (!isMetadataType(root.name)) {
    return [finding(file.path, root.line, `${root.name} is not a Metadata API type`)];
  }
  const findings: Finding[] = [];
  const suffix = metadataSuffix(file.path);
  const expected = suffix ? SUFFIX_TYPES[suffix] : undefined;
  if (expected && expected !== root.name) {
    findings.push(
      finding(
        file.path,
        root.line,
        `a .${suffix}-meta.xml file holds ${expected}, not ${root.name}`
      )
    );
  }
  findings.push(...checkElement(file.path, root, root.name));
  return findings;
}

/** Checks every JSON file given (scratch-org definitions, sample data plans) parses. */
export function checkJsonFile(file: SourceFile): Finding[] {
  try {
    JSON.parse(file.text);
    return [];
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let line: number | undefined;
    if (position) line = file.text.slice(0, Number(position[1])).split('\n').length;
    return [finding(file.path, line, `invalid JSON: ${message}`)];
  }
}

export function checkMetadataSchemas(files: SourceFile[]): Finding[] {
  return files.flatMap((file) =>
    file.path.endsWith('.json') ? checkJsonFile(file) : checkMetadataFile(file)
  );
}
