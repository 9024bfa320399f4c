/**
 * Step "metadata", part 2: every object, field, tab, application and class that the package's
 * metadata names exists in the package (or is a known standard one).
 */
import type { Finding, SourceFile } from './findings';
import { finding } from './findings';
import type { MetadataIndex, ObjectInfo, ResolveOptions } from './metadataIndex';
import {
  STANDARD_FIELDS,
  childRelationship,
  componentName,
  findObject,
  key,
  objectPart,
  resolveFieldPath
} from './metadataIndex';
import type { XmlElement } from './xmlTree';
import { childrenNamed, descendants, parseXml } from './xmlTree';

const EXACT: ResolveOptions = { caseSensitive: true };

/**
 * Standard column and filter tokens of list views and related lists (not API names).
 * Custom fields are named by API name and checked against the object.
 */
export const STANDARD_COLUMN_TOKENS = new Set([
  'NAME',
  'CREATED_DATE',
  'CREATEDBY_USER',
  'CREATEDBY_USER.ALIAS',
  'LAST_UPDATE',
  'UPDATEDBY_USER',
  'UPDATEDBY_USER.ALIAS',
  'OWNER.ALIAS',
  'OWNER.FIRST_NAME',
  'OWNER.LAST_NAME',
  'CORE.USERS.ALIAS',
  'CORE.USERS.FIRST_NAME',
  'CORE.USERS.LAST_NAME',
  'RECORDTYPE',
  'ACCOUNT.NAME',
  'ACCOUNT.CREATED_DATE',
  'ACCOUNT.LAST_UPDATE'
]);

/** Standard related lists on layouts (`RelatedNoteList`, `RelatedFileList`, …). */
const STANDARD_RELATED_LIST = /^Related[A-Za-z]+List$/;

type Check = (file: SourceFile, root: XmlElement, index: MetadataIndex) => Finding[];

function fieldExists(
  file: string,
  element: XmlElement,
  index: MetadataIndex,
  objectName: string,
  path: string
): Finding[] {
  const resolved = resolveFieldPath(index, objectName, path, EXACT);
  return resolved.ok ? [] : [finding(file, element.line, `${element.name}: ${resolved.message}`)];
}

function objectExists(
  file: string,
  element: XmlElement,
  index: MetadataIndex,
  name: string
): Finding[] {
  const resolved = findObject(index, name, EXACT);
  return resolved.ok ? [] : [finding(file, element.line, `${element.name}: ${resolved.message}`)];
}

/** `Obj.Field` named by a permission set, a quick action, … */
function qualifiedFieldExists(file: string, element: XmlElement, index: MetadataIndex): Finding[] {
  const dot = element.text.indexOf('.');
  if (dot < 0)
    return [
      finding(file, element.line, `${element.name} ${element.text} is not of the form Object.Field`)
    ];
  return fieldExists(file, element, index, element.text.slice(0, dot), element.text.slice(dot + 1));
}

/** Permission-set entries that name another component, and where that component must be. */
const NAMED_REFERENCES: ReadonlyArray<{
  container: string;
  element: string;
  names: 'tabs' | 'applications' | 'apexClasses' | 'apexPages' | 'customPermissions';
  what: string;
  folder: string;
  /** Platform components (standard tabs and apps) that no folder holds. */
  builtInPrefix?: string;
}> = [
  {
    container: 'tabSettings',
    element: 'tab',
    names: 'tabs',
    what: 'tab',
    folder: 'tabs/',
    builtInPrefix: 'standard-'
  },
  {
    container: 'applicationVisibilities',
    element: 'application',
    names: 'applications',
    what: 'application',
    folder: 'applications/',
    builtInPrefix: 'standard__'
  },
  {
    container: 'classAccesses',
    element: 'apexClass',
    names: 'apexClasses',
    what: 'Apex class',
    folder: 'classes/'
  },
  {
    container: 'pageAccesses',
    element: 'apexPage',
    names: 'apexPages',
    what: 'Visualforce page',
    folder: 'pages/'
  },
  {
    container: 'customPermissions',
    element: 'name',
    names: 'customPermissions',
    what: 'custom permission',
    folder: 'customPermissions/'
  }
];

/** A list-view or related-list column: a standard token or a field of the object. */
function columnExists(
  file: string,
  element: XmlElement,
  index: MetadataIndex,
  objectName: string
): Finding[] {
  const token = element.text;
  if (STANDARD_COLUMN_TOKENS.has(token)) return [];
  // Related-list columns may be qualified with the child object: `Checksheet_Item__c.Status__c`.
  const dot = token.indexOf('.');
  if (dot > 0 && key(token.slice(0, dot)) === key(objectName)) {
    return fieldExists(file, element, index, objectName, token.slice(dot + 1));
  }
  return fieldExists(file, element, index, objectName, token);
}

const permissionSet: Check = (file, root, index) => {
  const findings: Finding[] = [];
  const path = file.path;
  for (const permission of childrenNamed(root, 'fieldPermissions')) {
    for (const field of childrenNamed(permission, 'field')) {
      const own = qualifiedFieldExists(path, field, index);
      findings.push(...own);
      if (own.length > 0) continue;
      const [objectName, fieldName] = [
        field.text.slice(0, field.text.indexOf('.')),
        field.text.slice(field.text.indexOf('.') + 1)
      ];
      const resolved = resolveFieldPath(index, objectName, fieldName, EXACT);
      const info = resolved.ok ? resolved.field : undefined;
      if (
        info &&
        (info.required ||
          info.type === 'MasterDetail' ||
          (info.standard && STANDARD_FIELDS.includes(info.name)))
      ) {
        findings.push(
          finding(
            path,
            field.line,
            `field ${field.text} is required, master-detail or a standard field: a permission set cannot grant access to it (the deploy fails)`
          )
        );
      } else if (info?.calculated && childrenNamed(permission, 'editable')[0]?.text === 'true') {
        findings.push(
          finding(
            path,
            field.line,
            `field ${field.text} is calculated (formula, roll-up or auto-number): it cannot be editable`
          )
        );
      }
    }
  }
  for (const permission of childrenNamed(root, 'objectPermissions')) {
    for (const object of childrenNamed(permission, 'object'))
      findings.push(...objectExists(path, object, index, object.text));
  }
  for (const reference of NAMED_REFERENCES) {
    const names = index[reference.names];
    for (const container of childrenNamed(root, reference.container)) {
      for (const named of childrenNamed(container, reference.element)) {
        const builtIn = reference.builtInPrefix && named.text.startsWith(reference.builtInPrefix);
        if (!builtIn && !names.has(key(named.text))) {
          findings.push(
            finding(
              path,
              named.line,
              `${reference.what} ${named.text} does not exist under ${reference.folder}`
            )
          );
        }
      }
    }
  }
  for (const visibility of childrenNamed(root, 'recordTypeVisibilities')) {
    for (const recordType of childrenNamed(visibility, 'recordType')) {
      const [objectName, name] = recordType.text.split('.');
      const object = findObject(index, objectName, EXACT);
      if (!object.ok)
        findings.push(
          finding(path, recordType.line, `recordType ${recordType.text}: ${object.message}`)
        );
      else if (!object.object.recordTypes.has(key(name ?? ''))) {
        findings.push(
          finding(path, recordType.line, `record type ${recordType.text} does not exist`)
        );
      }
    }
  }
  return findings;
};

const permissionSetGroup: Check = (file, root, index) =>
  childrenNamed(root, 'permissionSets')
    .filter((set) => !index.permissionSets.has(key(set.text)))
    .map((set) =>
      finding(
        file.path,
        set.line,
        `permission set ${set.text} does not exist under permissionsets/`
      )
    );

/** `layouts/Checksheet__c-Checksheet Layout.layout-meta.xml` → `Checksheet__c` */
export function layoutObject(path: string): string | undefined {
  const name = componentName(path, '.layout-meta.xml');
  return name?.slice(0, name.indexOf('-') < 0 ? undefined : name.indexOf('-'));
}

function relatedListObject(
  index: MetadataIndex,
  parent: ObjectInfo,
  relatedList: string
): ObjectInfo | string {
  const dot = relatedList.indexOf('.');
  if (dot < 0)
    return `related list ${relatedList} is neither Child__c.Lookup__c nor a standard related list`;
  const childName = relatedList.slice(0, dot);
  const lookupName = relatedList.slice(dot + 1);
  const resolved = resolveFieldPath(index, childName, lookupName, EXACT);
  if (!resolved.ok) return `related list ${relatedList}: ${resolved.message}`;
  if (!resolved.field?.referenceTo || key(resolved.field.referenceTo) !== key(parent.name)) {
    return `related list ${relatedList}: ${lookupName} does not look up ${parent.name}`;
  }
  return resolved.object;
}

const layout: Check = (file, root, index) => {
  const objectName = layoutObject(file.path);
  if (!objectName) return [];
  const object = findObject(index, objectName, EXACT);
  if (!object.ok)
    return [finding(file.path, root.line, `layout for ${objectName}: ${object.message}`)];
  const findings: Finding[] = [];
  for (const element of descendants(root)) {
    if (element.name === 'layoutItems') {
      for (const field of childrenNamed(element, 'field'))
        findings.push(...fieldExists(file.path, field, index, objectName, field.text));
    }
  }
  for (const related of childrenNamed(root, 'relatedLists')) {
    const listName = childrenNamed(related, 'relatedList')[0];
    if (!listName || STANDARD_RELATED_LIST.test(listName.text)) continue;
    const child = relatedListObject(index, object.object, listName.text);
    if (typeof child === 'string') {
      findings.push(finding(file.path, listName.line, child));
      continue;
    }
    for (const column of [
      ...childrenNamed(related, 'fields'),
      ...childrenNamed(related, 'sortField')
    ]) {
      findings.push(...columnExists(file.path, column, index, child.name));
    }
  }
  return findings;
};

const listView: Check = (file, root, index) => {
  const part = objectPart(file.path);
  if (!part) return [];
  const findings: Finding[] = [];
  for (const column of childrenNamed(root, 'columns'))
    findings.push(...columnExists(file.path, column, index, part.object));
  for (const filter of childrenNamed(root, 'filters')) {
    for (const field of childrenNamed(filter, 'field'))
      findings.push(...columnExists(file.path, field, index, part.object));
  }
  return findings;
};

const compactLayout: Check = (file, root, index) => {
  const part = objectPart(file.path);
  if (!part) return [];
  return childrenNamed(root, 'fields').flatMap((field) =>
    fieldExists(file.path, field, index, part.object, field.text)
  );
};

const fieldSet: Check = (file, root, index) => {
  const part = objectPart(file.path);
  if (!part) return [];
  return [
    ...childrenNamed(root, 'displayedFields'),
    ...childrenNamed(root, 'availableFields')
  ].flatMap((item) =>
    childrenNamed(item, 'field').flatMap((field) =>
      fieldExists(file.path, field, index, part.object, field.text)
    )
  );
};

const customObject: Check = (file, root, index) => {
  const part = objectPart(file.path);
  if (!part) return [];
  const findings: Finding[] = [];
  const searchLayouts = childrenNamed(root, 'searchLayouts')[0];
  for (const field of searchLayouts?.children ?? []) {
    if (/AdditionalFields$|FilterFields$/.test(field.name))
      findings.push(...columnExists(file.path, field, index, part.object));
  }
  return findings;
};

const reportType: Check = (file, root, index) => {
  const findings: Finding[] = [];
  const baseElement = childrenNamed(root, 'baseObject')[0];
  if (!baseElement) return findings;
  const base = findObject(index, baseElement.text, EXACT);
  if (!base.ok)
    return [
      finding(file.path, baseElement.line, `baseObject ${baseElement.text}: ${base.message}`)
    ];
  // The join chain: each relationship is a child relationship of the previous object.
  let parent = base.object;
  let join = childrenNamed(root, 'join')[0];
  while (join) {
    const relationship = childrenNamed(join, 'relationship')[0];
    if (relationship) {
      const child = childRelationship(index, parent, relationship.text);
      if (!child) {
        findings.push(
          finding(
            file.path,
            relationship.line,
            `relationship ${relationship.text} is not a child relationship of ${parent.name}`
          )
        );
        break;
      }
      parent = child;
    }
    join = childrenNamed(join, 'join')[0];
  }
  for (const section of childrenNamed(root, 'sections')) {
    for (const column of childrenNamed(section, 'columns')) {
      const table = childrenNamed(column, 'table')[0];
      const field = childrenNamed(column, 'field')[0];
      if (!table || !field) continue;
      const object = reportTable(index, table.text);
      if (typeof object === 'string') {
        findings.push(finding(file.path, table.line, `table ${table.text}: ${object}`));
        continue;
      }
      const resolved = resolveFieldPath(index, object.name, field.text, {
        caseSensitive: true,
        lookupFieldNames: true
      });
      if (!resolved.ok)
        findings.push(finding(file.path, field.line, `field ${field.text}: ${resolved.message}`));
    }
  }
  return findings;
};

/** `Checksheet__c.Items__r` → Checksheet_Item__c */
function reportTable(index: MetadataIndex, table: string): ObjectInfo | string {
  const [first, ...relationships] = table.split('.');
  const base = findObject(index, first, EXACT);
  if (!base.ok) return base.message;
  let object = base.object;
  for (const relationship of relationships) {
    const child = childRelationship(index, object, relationship);
    if (!child) return `${relationship} is not a child relationship of ${object.name}`;
    object = child;
  }
  return object;
}

const customTab: Check = (file, root, index) => {
  const name = componentName(file.path, '.tab-meta.xml');
  const isObjectTab = childrenNamed(root, 'customObject')[0]?.text === 'true';
  return name && isObjectTab ? objectExists(file.path, root, index, name) : [];
};

const customApplication: Check = (file, root, index) =>
  childrenNamed(root, 'tabs')
    .filter((tab) => !tab.text.startsWith('standard-') && !index.tabs.has(key(tab.text)))
    .map((tab) => finding(file.path, tab.line, `tab ${tab.text} does not exist under tabs/`));

const quickAction: Check = (file, root, index) => {
  const name = componentName(file.path, '.quickAction-meta.xml') ?? '';
  const target =
    childrenNamed(root, 'targetObject')[0]?.text ??
    (name.includes('.') ? name.slice(0, name.indexOf('.')) : undefined);
  if (!target) return [];
  const fields = descendants(root).filter((e) => e.name === 'field' && e.children.length === 0);
  return fields.flatMap((field) => fieldExists(file.path, field, index, target, field.text));
};

const fieldTranslation: Check = (file, root, index) => {
  const match = /objectTranslations\/([^/]+)-[^/-]+\/([^/]+)\.fieldTranslation-meta\.xml$/.exec(
    file.path
  );
  if (!match) return [];
  const name = childrenNamed(root, 'name')[0];
  return fieldExists(file.path, name ?? root, index, match[1], name?.text ?? match[2]);
};

const CHECKS: Record<string, Check> = {
  PermissionSet: permissionSet,
  PermissionSetGroup: permissionSetGroup,
  Layout: layout,
  ListView: listView,
  CompactLayout: compactLayout,
  FieldSet: fieldSet,
  CustomObject: customObject,
  ReportType: reportType,
  CustomTab: customTab,
  CustomApplication: customApplication,
  QuickAction: quickAction,
  CustomFieldTranslation: fieldTranslation
};

/** Cross-references of every metadata file (malformed files are reported by the schema check). */
export function checkMetadataReferences(files: SourceFile[], index: MetadataIndex): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (!file.path.endsWith('-meta.xml')) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok) continue;
    const check = CHECKS[parsed.root.name];
    if (check) findings.push(...check(file, parsed.root, index));
  }
  return findings;
}
