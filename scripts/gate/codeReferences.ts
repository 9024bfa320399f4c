/**
 * Step "metadata", part 3: every object and field named in code exists under `objects/`.
 * - Apex: SOQL (select lists, relationship paths, sub-queries, WHERE / ORDER BY / GROUP BY),
 *   SObject field tokens (`Checksheet__c.Status__c`, `Schema.SObjectType.X__c.fields.Y__c`) and
 *   `new Checksheet__c(Field__c = …)`. Apex is case-insensitive, so these are too.
 * - LWC: `@salesforce/schema/Object.Field` imports (exact case, as the platform resolves them).
 * - `checksheetSchema`: the API names, picklist values, relationship names and lengths it defines.
 */
import {
  ApexParserListener,
  ApexParseTreeWalker,
  FieldNameContext,
  QueryContext,
  SelectEntryContext,
  SubQueryContext,
  TypeOfContext
} from '@apexdevtools/apex-parser';
import type { NodeSpan } from './apexSource';
import { parseApex, rangeOf, scanApex } from './apexSource';
import type { Finding, SourceFile } from './findings';
import { LineIndex, finding, sortFindings } from './findings';
import type { MetadataIndex, ObjectInfo, ResolveOptions } from './metadataIndex';
import {
  childRelationship,
  findObject,
  key,
  picklistValues,
  resolveFieldPath
} from './metadataIndex';

const APEX: ResolveOptions = { caseSensitive: false };
const EXACT: ResolveOptions = { caseSensitive: true };

interface TreeNode extends NodeSpan {
  children?: TreeNode[] | null;
  parentCtx?: TreeNode | null;
  getText(): string;
}

/** Field names of one (sub-)query, not descending into nested sub-queries or TYPEOF. */
function fieldNamesOf(node: TreeNode, skip: TreeNode): FieldNameContext[] {
  const found: FieldNameContext[] = [];
  const walk = (current: TreeNode): void => {
    for (const child of current.children ?? []) {
      if (child === skip || child instanceof SubQueryContext || child instanceof TypeOfContext)
        continue;
      if (child instanceof FieldNameContext) found.push(child);
      else walk(child);
    }
  };
  walk(node);
  return found;
}

interface QueryScope {
  object?: ObjectInfo;
  alias?: string;
}

class SoqlCollector extends ApexParserListener {
  readonly findings: Finding[] = [];
  readonly queryRanges: Array<{ start: number; end: number }> = [];

  private readonly file: string;
  private readonly index: MetadataIndex;

  constructor(file: string, index: MetadataIndex) {
    super();
    this.file = file;
    this.index = index;
  }

  override enterQuery = (ctx: QueryContext): void => {
    this.queryRanges.push(rangeOf(ctx));
    const from = ctx.fromNameList();
    const objectName = from.fieldName(0)?.getText();
    if (!objectName) return;
    const object = findObject(this.index, objectName, APEX);
    if (!object.ok) {
      this.findings.push(
        finding(this.file, from.start.line, `SOQL FROM ${objectName}: ${object.message}`)
      );
      return;
    }
    this.checkFields(ctx as unknown as TreeNode, from as unknown as TreeNode, {
      object: object.object,
      alias: from.soqlId(0)?.getText()
    });
  };

  override enterSubQuery = (ctx: SubQueryContext): void => {
    const from = ctx.fromNameList();
    const name = from.fieldName(0)?.getText();
    if (!name) return;
    const node = ctx as unknown as TreeNode;
    // In a select list, FROM names a child relationship of the outer object; in WHERE … IN (…), an object.
    const inSelectList = node.parentCtx instanceof SelectEntryContext;
    let object: ObjectInfo | undefined;
    if (inSelectList) {
      const outer = this.outerObject(node);
      if (!outer) return;
      object = childRelationship(this.index, outer, name);
      if (!object) {
        this.findings.push(
          finding(
            this.file,
            from.start.line,
            `SOQL sub-query FROM ${name}: not a child relationship of ${outer.name}`
          )
        );
        return;
      }
    } else {
      const resolved = findObject(this.index, name, APEX);
      if (!resolved.ok) {
        this.findings.push(
          finding(this.file, from.start.line, `SOQL FROM ${name}: ${resolved.message}`)
        );
        return;
      }
      object = resolved.object;
    }
    this.checkFields(node, from as unknown as TreeNode, { object });
  };

  private outerObject(node: TreeNode): ObjectInfo | undefined {
    let current = node.parentCtx;
    while (current && !(current instanceof QueryContext) && !(current instanceof SubQueryContext))
      current = current.parentCtx;
    if (!current) return undefined;
    const from = (current as unknown as QueryContext).fromNameList();
    const name = from.fieldName(0)?.getText();
    if (!name) return undefined;
    if (current instanceof QueryContext) {
      const resolved = findObject(this.index, name, APEX);
      return resolved.ok ? resolved.object : undefined;
    }
    const outer = this.outerObject(current);
    return outer ? childRelationship(this.index, outer, name) : undefined;
  }

  private checkFields(node: TreeNode, from: TreeNode, scope: QueryScope): void {
    if (!scope.object) return;
    for (const field of fieldNamesOf(node, from)) {
      let path = field.getText();
      if (scope.alias && key(path).startsWith(key(scope.alias) + '.'))
        path = path.slice(scope.alias.length + 1);
      const resolved = resolveFieldPath(this.index, scope.object.name, path, APEX);
      if (!resolved.ok)
        this.findings.push(
          finding(this.file, field.start.line, `SOQL field ${path}: ${resolved.message}`)
        );
    }
  }
}

const DESCRIBE_MEMBERS = new Set(['sobjecttype', 'getsobjecttype', 'fieldsets', 'getdescribe']);

/** Field tokens and `new X__c(Field__c = …)` outside SOQL. */
function apexTokens(file: string, code: string, index: MetadataIndex): Finding[] {
  const findings: Finding[] = [];
  const lines = new LineIndex(code);
  const check = (objectName: string, field: string, offset: number, context: string): void => {
    const resolved = resolveFieldPath(index, objectName, field, APEX);
    if (!resolved.ok) {
      findings.push(finding(file, lines.lineAt(offset), `${context}: ${resolved.message}`));
    }
  };
  const token =
    /(?<![\w.])(?:Schema\s*\.\s*)?([A-Za-z][A-Za-z0-9_]*__c)\s*\.\s*([A-Za-z][A-Za-z0-9_]*)(?:\s*\.\s*([A-Za-z][A-Za-z0-9_]*))?/g;
  for (const match of code.matchAll(token)) {
    const [, objectName, member, next] = match;
    if (key(member) === 'fields') {
      if (next) check(objectName, next, match.index, 'field token');
    } else if (!DESCRIBE_MEMBERS.has(key(member))) {
      check(objectName, member, match.index, 'field token');
    }
  }
  const describe =
    /SObjectType\s*\.\s*([A-Za-z][A-Za-z0-9_]*__c)\s*\.\s*fields\s*\.\s*([A-Za-z][A-Za-z0-9_]*)/g;
  for (const match of code.matchAll(describe))
    check(match[1], match[2], match.index, 'field token');

  const construction = /\bnew\s+([A-Za-z][A-Za-z0-9_]*)\s*\(/g;
  for (const match of code.matchAll(construction)) {
    const objectName = match[1];
    if (!index.objects.has(key(objectName))) continue;
    const open = match.index + match[0].length;
    let depth = 1;
    let end = open;
    while (end < code.length && depth > 0) {
      if (code[end] === '(') depth++;
      else if (code[end] === ')') depth--;
      end++;
    }
    const args = code.slice(open, end - 1);
    let argDepth = 0;
    let argStart = 0;
    for (let i = 0; i <= args.length; i++) {
      const c = args[i];
      if (c === '(' || c === '{' || c === '[') argDepth++;
      else if (c === ')' || c === '}' || c === ']') argDepth--;
      if (i === args.length || (c === ',' && argDepth === 0)) {
        const argument = args.slice(argStart, i);
        const named = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=(?!=)/.exec(argument);
        if (named)
          check(
            objectName,
            named[1],
            open + argStart + argument.indexOf(named[1]),
            `new ${objectName}(${named[1]} = …)`
          );
        argStart = i + 1;
      }
    }
  }
  return findings;
}

/** Object and field names in Apex classes and triggers (files that do not parse are reported by step "Apex"). */
export function checkApexReferences(files: SourceFile[], index: MetadataIndex): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    const isTrigger = file.path.endsWith('.trigger');
    if (!isTrigger && !file.path.endsWith('.cls')) continue;
    const parsed = parseApex(file.text, isTrigger);
    if (parsed.problems.length > 0) continue;
    const collector = new SoqlCollector(file.path, index);
    ApexParseTreeWalker.DEFAULT.walk(collector, parsed.tree);
    findings.push(...collector.findings);
    let code = scanApex(file.text).code;
    for (const range of collector.queryRanges) {
      code =
        code.slice(0, range.start) +
        code.slice(range.start, range.end).replace(/[^\n]/g, ' ') +
        code.slice(range.end);
    }
    findings.push(...apexTokens(file.path, code, index));
  }
  return sortFindings(findings);
}

/** `@salesforce/schema/Object` and `@salesforce/schema/Object.Field.Path` imports of LWC sources. */
export function checkSchemaImports(files: SourceFile[], index: MetadataIndex): Finding[] {
  const findings: Finding[] = [];
  const pattern = /(?:from\s*|import\s*\(?\s*)['"]@salesforce\/schema\/([^'"]+)['"]/g;
  for (const file of files) {
    const lines = new LineIndex(file.text);
    for (const match of file.text.matchAll(pattern)) {
      const reference = match[1];
      const dot = reference.indexOf('.');
      const line = lines.lineAt(match.index);
      const resolved =
        dot < 0
          ? findObject(index, reference, EXACT)
          : resolveFieldPath(index, reference.slice(0, dot), reference.slice(dot + 1), EXACT);
      if (!resolved.ok)
        findings.push(
          finding(file.path, line, `@salesforce/schema/${reference}: ${resolved.message}`)
        );
    }
  }
  return findings;
}

/** What the gate reads of `checksheetSchema`'s exports. */
export type SchemaModule = Record<string, unknown>;

/** Which exported maps name the fields of which exported object name. */
export const FIELD_MAPS = [
  { fields: 'CHECKSHEET_FIELDS', object: 'CHECKSHEET_OBJECT' },
  { fields: 'CHECKSHEET_ITEM_FIELDS', object: 'CHECKSHEET_ITEM_OBJECT' },
  { fields: 'COMPARISON_FIELDS', object: 'COMPARISON_OBJECT' },
  { fields: 'COMPARISON_MEMBER_FIELDS', object: 'COMPARISON_MEMBER_OBJECT' },
  { fields: 'ITEM_LINK_FIELDS', object: 'ITEM_LINK_OBJECT' }
];

/** Which exported value arrays are the picklist values of which field. */
export const PICKLIST_ARRAYS = [
  {
    values: 'FRAMEWORK_VALUES',
    fields: 'CHECKSHEET_FIELDS',
    field: 'framework'
  },
  {
    values: 'REVIEW_STATUS_VALUES',
    fields: 'CHECKSHEET_FIELDS',
    field: 'reviewStatus'
  },
  {
    values: 'IMPORT_STATUS_VALUES',
    fields: 'CHECKSHEET_FIELDS',
    field: 'importStatus'
  },
  {
    values: 'VERDICT_VALUES',
    fields: 'CHECKSHEET_ITEM_FIELDS',
    field: 'reviewerVerdict'
  },
  {
    values: 'ITEM_STATUS_VALUES',
    fields: 'CHECKSHEET_ITEM_FIELDS',
    field: 'status'
  },
  {
    values: 'RESPONSIBILITY_VALUES',
    fields: 'CHECKSHEET_ITEM_FIELDS',
    field: 'responsibility'
  },
  {
    values: 'ANSWER_FLAG_VALUES',
    fields: 'CHECKSHEET_ITEM_FIELDS',
    field: 'answerFlag'
  },
  {
    values: 'COMPARISON_STATUS_VALUES',
    fields: 'COMPARISON_FIELDS',
    field: 'status'
  },
  {
    values: 'LINK_RELATIONSHIP_VALUES',
    fields: 'ITEM_LINK_FIELDS',
    field: 'relationship'
  },
  {
    values: 'LINK_METHOD_VALUES',
    fields: 'ITEM_LINK_FIELDS',
    field: 'method'
  }
];

/** Which child relationship names hang off which exported object name. */
export const RELATIONSHIP_NAMES = [
  { relationship: 'vendorChecksheets', parent: 'VENDOR_OBJECT' },
  { relationship: 'checksheetItems', parent: 'CHECKSHEET_OBJECT' },
  { relationship: 'comparisonMembers', parent: 'COMPARISON_OBJECT' }
];

function lineOfText(text: string, needle: string): number | undefined {
  const offset = text.indexOf(needle);
  return offset < 0 ? undefined : text.slice(0, offset).split('\n').length;
}

/**
 * Checks the names `checksheetSchema` exports against the objects: `schema` is the module's
 * exports, `source` its file (for line numbers).
 */
export function checkSchemaConstants(
  schema: SchemaModule,
  source: SourceFile,
  index: MetadataIndex
): Finding[] {
  const findings: Finding[] = [];
  const file = source.path;
  const at = (needle: string): number | undefined => lineOfText(source.text, needle);
  const declaration = (name: string): number | undefined => at(`export const ${name}`);
  const objectOf = (exportName: string): ObjectInfo | undefined => {
    const name = schema[exportName];
    if (typeof name !== 'string') {
      findings.push(
        finding(
          file,
          undefined,
          `${exportName} is not exported as a string (the gate checks it against objects/)`
        )
      );
      return undefined;
    }
    const resolved = findObject(index, name, EXACT);
    if (!resolved.ok) {
      findings.push(
        finding(
          file,
          at(`'${name}'`) ?? declaration(exportName),
          `${exportName} = '${name}': ${resolved.message}`
        )
      );
      return undefined;
    }
    return resolved.object;
  };
  const fieldMap = (exportName: string): Record<string, string> | undefined => {
    const value = schema[exportName];
    if (typeof value !== 'object' || value === null) {
      findings.push(
        finding(
          file,
          undefined,
          `${exportName} is not exported as an object (the gate checks it against objects/)`
        )
      );
      return undefined;
    }
    return value as Record<string, string>;
  };

  const objects = new Map<string, ObjectInfo | undefined>();
  for (const map of FIELD_MAPS) {
    const object = objectOf(map.object);
    objects.set(map.fields, object);
    const fields = fieldMap(map.fields);
    if (!object || !fields) continue;
    for (const [name, apiName] of Object.entries(fields)) {
      const resolved = resolveFieldPath(index, object.name, apiName, EXACT);
      if (!resolved.ok) {
        findings.push(
          finding(
            file,
            at(`'${apiName}'`) ?? declaration(map.fields),
            `${map.fields}.${name} = '${apiName}': ${resolved.message}`
          )
        );
      }
    }
  }

  for (const picklist of PICKLIST_ARRAYS) {
    const values = schema[picklist.values];
    const object = objects.get(picklist.fields);
    const apiName = (schema[picklist.fields] as Record<string, string> | undefined)?.[
      picklist.field
    ];
    const line = declaration(picklist.values);
    if (!Array.isArray(values)) {
      findings.push(
        finding(
          file,
          line,
          `${picklist.values} is not exported as an array (the gate checks it against the picklist)`
        )
      );
      continue;
    }
    if (!object || !apiName) continue;
    const resolved = resolveFieldPath(index, object.name, apiName, EXACT);
    if (!resolved.ok || !resolved.field) continue;
    const defined = picklistValues(index, resolved.field);
    if (!defined) {
      findings.push(
        finding(file, line, `${picklist.values}: ${object.name}.${apiName} has no picklist values`)
      );
      continue;
    }
    for (const value of values as string[]) {
      if (!defined.includes(value)) {
        findings.push(
          finding(
            file,
            line,
            `${picklist.values} has '${value}', which is not a value of ${object.name}.${apiName}`
          )
        );
      }
    }
    for (const value of defined) {
      if (!(values as string[]).includes(value)) {
        findings.push(
          finding(
            file,
            line,
            `${object.name}.${apiName} has the value '${value}', missing from ${picklist.values}`
          )
        );
      }
    }
  }

  const relationships = schema.RELATIONSHIPS as Record<string, string> | undefined;
  for (const expected of RELATIONSHIP_NAMES) {
    const name = relationships?.[expected.relationship];
    const parentName = schema[expected.parent];
    if (typeof name !== 'string' || typeof parentName !== 'string') continue;
    const parent = findObject(index, parentName, EXACT);
    if (parent.ok && !childRelationship(index, parent.object, name)) {
      findings.push(
        finding(
          file,
          at(`'${name}'`),
          `RELATIONSHIPS.${expected.relationship} = '${name}' is not a child relationship of ${parentName}`
        )
      );
    }
  }

  const lengths = schema.FIELD_LENGTHS as Record<string, number> | undefined;
  for (const [name, length] of Object.entries(lengths ?? {})) {
    const owner = FIELD_MAPS.find(
      (map) => (schema[map.fields] as Record<string, string> | undefined)?.[name] !== undefined
    );
    if (!owner) {
      findings.push(
        finding(
          file,
          declaration('FIELD_LENGTHS'),
          `FIELD_LENGTHS.${name} names no field of ${FIELD_MAPS.map((m) => m.fields).join(' or ')}`
        )
      );
      continue;
    }
    const object = objects.get(owner.fields);
    const apiName = (schema[owner.fields] as Record<string, string>)[name];
    if (!object) continue;
    const resolved = resolveFieldPath(index, object.name, apiName, EXACT);
    const declared = resolved.ok ? resolved.field?.length : undefined;
    if (declared !== undefined && declared !== length) {
      findings.push(
        finding(
          file,
          declaration('FIELD_LENGTHS'),
          `FIELD_LENGTHS.${name} is ${length} but ${object.name}.${apiName} has length ${declared}`
        )
      );
    }
  }
  return findings;
}
