/**
 * Step "contract", part 1: the Lightning components and the Apex they call agree.
 *
 * - One door to Apex: only the service bundle `APEX_SERVICE_BUNDLE` imports `@salesforce/apex/*`
 *   (tests under `__tests__` may mock it; they are not read).
 * - Every `@salesforce/apex/<Class>.<method>` names an `@AuraEnabled static` method of a class in
 *   `classes/` (while the tree has no Apex class at all, imports are not resolved: nothing to
 *   check against).
 * - Parameters: LWC passes Apex parameters by name in one object (`m({ checksheetId })`). Each call of
 *   an imported method, and each `@wire(m, { … })` config, must be an object literal that names
 *   only parameters the method declares, and every one of them. Strict but not brittle: a
 *   parameter left out on purpose is named with `null`/`undefined` (Apex receives null either
 *   way), or passed conditionally through a spread (`...(date ? { nextReviewOn: date } : {})`) —
 *   an object with a spread may leave parameters out, but what it names must still exist. A call
 *   through a helper (`invoke(m, { … })`) is read the same way: the object after the method.
 *   An argument the gate cannot read (a variable) is a finding: write the object where the call is.
 * - A method used with `@wire` is `@AuraEnabled(cacheable=true)`. Wires in other bundles that use
 *   the service bundle's re-exports (`import { getX } from 'c/checksheetApi'`) are followed, and so
 *   are typed aliases (`export const getXAdapter: ApexWireAdapter<{ id: … }, X> = getXApex;`): a
 *   type named `…WireAdapter…` makes the method a wire adapter (so cacheable), and its config
 *   type's members are the method's parameters (all of them; `?` marks one a wire may leave out).
 * - DTOs: every exported interface (or object type alias) of the service bundle named like an
 *   inner class of `DTO_CLASS` has exactly that inner class's `@AuraEnabled` property names.
 *
 * Parameter types are not compared (TypeScript's types stop at the platform boundary; apex-ls
 * checks the Apex side).
 */
import ts from 'typescript';
import type { ApexClassOutline, ApexMethod } from './apexOutline';
import { annotation, hasAnnotation } from './apexOutline';
import type { Finding, SourceFile } from './findings';
import { finding } from './findings';
import { bundleOf, isTestPath } from './repoFiles';

/** The only LWC bundle that imports `@salesforce/apex/*` (it exports typed functions and DTOs). */
export const APEX_SERVICE_BUNDLE = 'checksheetApi';
/** The Apex class whose inner classes are the DTOs the service bundle mirrors. */
export const DTO_CLASS = 'ChecksheetDtos';

export interface ContractOptions {
  serviceBundle: string;
  dtoClass: string;
}

const DEFAULTS: ContractOptions = { serviceBundle: APEX_SERVICE_BUNDLE, dtoClass: DTO_CLASS };
const APEX_IMPORT = /^@salesforce\/apex\/([A-Za-z_]\w*)\.([A-Za-z_]\w*)$/;

/** One Apex method a module can reach under a local name. */
interface ApexBinding {
  className: string;
  methodName: string;
  /** Where the binding came from, for messages. */
  origin: string;
}

interface ParsedModule {
  file: SourceFile;
  source: ts.SourceFile;
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function parseModule(file: SourceFile): ParsedModule {
  return {
    file,
    source: ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true)
  };
}

function findMethod(
  classes: Map<string, ApexClassOutline>,
  className: string,
  methodName: string
): { apexClass?: ApexClassOutline; method?: ApexMethod } {
  const apexClass = classes.get(className.toLowerCase());
  const method = apexClass?.methods.find(
    (candidate) => candidate.name.toLowerCase() === methodName.toLowerCase()
  );
  return { apexClass, method };
}

/** Property names an object literal passes, and whether it may pass more (a spread). */
function literalNames(literal: ts.ObjectLiteralExpression): {
  names: Array<{ name: string; node: ts.Node }>;
  spread: boolean;
} {
  const names: Array<{ name: string; node: ts.Node }> = [];
  let spread = false;
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property)) {
      spread = true;
      for (const inner of spreadLiterals(property.expression))
        names.push(...literalNames(inner).names);
      continue;
    }
    const name = property.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name)))
      names.push({ name: name.text, node: property });
  }
  return { names, spread };
}

/** Object literals a spread may contribute: `...{ a }`, `...(x ? { a } : {})`, `...(x && { a })`. */
function spreadLiterals(expression: ts.Expression): ts.ObjectLiteralExpression[] {
  const inner = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
  if (ts.isObjectLiteralExpression(inner)) return [inner];
  if (ts.isConditionalExpression(inner))
    return [...spreadLiterals(inner.whenTrue), ...spreadLiterals(inner.whenFalse)];
  if (ts.isBinaryExpression(inner)) return spreadLiterals(inner.right);
  return [];
}

class ModuleChecker {
  readonly findings: Finding[] = [];
  private readonly module: ParsedModule;
  private readonly classes: Map<string, ApexClassOutline>;

  constructor(module: ParsedModule, classes: Map<string, ApexClassOutline>) {
    this.module = module;
    this.classes = classes;
  }

  private report(node: ts.Node, message: string): void {
    this.findings.push(finding(this.module.file.path, lineOf(this.module.source, node), message));
  }

  /** Checks the Apex method behind an import; returns it when it can be called. */
  checkTarget(node: ts.Node, binding: ApexBinding): ApexMethod | undefined {
    const { apexClass, method } = findMethod(this.classes, binding.className, binding.methodName);
    const name = `${binding.className}.${binding.methodName}`;
    // A tree with no Apex classes at all has no Apex side yet: there is nothing to resolve against.
    if (this.classes.size === 0) return undefined;
    if (!apexClass) {
      this.report(node, `${binding.origin}: class ${binding.className} does not exist in classes/`);
      return undefined;
    }
    if (!method) {
      this.report(node, `${binding.origin}: ${apexClass.name} has no method ${binding.methodName}`);
      return undefined;
    }
    const problems = [
      hasAnnotation(method, 'AuraEnabled') ? undefined : 'is not @AuraEnabled',
      method.isStatic ? undefined : 'is not static'
    ].filter((problem): problem is string => problem !== undefined);
    if (problems.length > 0) {
      this.report(node, `${binding.origin}: ${name} ${problems.join(' and ')}`);
      return undefined;
    }
    return method;
  }

  /** Checks the parameters object passed to `method` (undefined: nothing passed). */
  checkParameters(
    where: ts.Node,
    argument: ts.Expression | undefined,
    method: ApexMethod,
    binding: ApexBinding,
    how: string
  ): void {
    const name = `${binding.className}.${method.name}`;
    const declared = method.parameters.map((parameter) => parameter.name);
    const list = declared.length === 0 ? 'no parameters' : `(${declared.join(', ')})`;
    if (argument === undefined) {
      if (declared.length > 0)
        this.report(where, `${how} ${name} passes no parameters; it takes ${list}`);
      return;
    }
    if (!ts.isObjectLiteralExpression(argument)) {
      this.report(
        argument,
        `${how} ${name} passes ${argument.getText(this.module.source).slice(0, 40)}: write the parameters as an object literal ({ ${declared.join(', ')} }) so the gate can check their names`
      );
      return;
    }
    const { names, spread } = literalNames(argument);
    const passed = new Set<string>();
    for (const { name: parameter, node } of names) {
      passed.add(parameter);
      if (!declared.includes(parameter))
        this.report(
          node,
          `${how} ${name} passes '${parameter}', which it does not declare: it takes ${list}`
        );
    }
    if (spread) return;
    const missing = declared.filter((parameter) => !passed.has(parameter));
    if (missing.length > 0) {
      this.report(
        argument,
        `${how} ${name} does not pass ${missing.map((m) => `'${m}'`).join(', ')}: name every parameter (null for one left out) or pass it through a spread`
      );
    }
  }

  /** Every use of `local` (an Apex method) in this module. */
  checkUses(local: string, binding: ApexBinding, declaration: ts.Node): void {
    const source = this.module.source;
    let target: ApexMethod | undefined | null = null;
    const resolve = (node: ts.Node): ApexMethod | undefined => {
      if (target === null) target = this.checkTarget(node, binding);
      return target;
    };
    resolve(declaration);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === local && !this.isDeclaration(node)) {
        this.checkUse(node, binding, resolve(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  private isDeclaration(node: ts.Identifier): boolean {
    const parent = node.parent;
    return (
      ts.isImportClause(parent) ||
      ts.isImportSpecifier(parent) ||
      ts.isExportSpecifier(parent) ||
      (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
      (ts.isPropertyAssignment(parent) && parent.name === node) ||
      ts.isTypeQueryNode(parent)
    );
  }

  /** Names that modules of the service bundle export for an Apex method (aliases included). */
  readonly aliases = new Map<string, ApexBinding>();

  /**
   * `export const getXAdapter: ApexWireAdapter<{ checksheetId: … }, X> = getXApex;` — an alias,
   * exported for components to wire. A type whose name says WireAdapter makes it a wire adapter
   * (the method must be cacheable); the config type's members must be the method's parameters.
   */
  private checkAlias(
    declaration: ts.VariableDeclaration,
    binding: ApexBinding,
    method: ApexMethod | undefined
  ): void {
    const name = (declaration.name as ts.Identifier).text;
    this.aliases.set(name, binding);
    if (!method) return;
    const typeName =
      declaration.type && ts.isTypeReferenceNode(declaration.type)
        ? declaration.type.typeName.getText(this.module.source)
        : '';
    const apexName = `${binding.className}.${method.name}`;
    if (/WireAdapter/.test(typeName)) {
      if (annotation(method, 'AuraEnabled')?.values.cacheable !== 'true')
        this.report(
          declaration,
          `${name} is a wire adapter (${typeName}), so ${apexName} must be @AuraEnabled(cacheable=true)`
        );
    }
    const config = configType(declaration.type);
    if (!config) return;
    const declared = method.parameters.map((parameter) => parameter.name);
    const named = config.members
      .filter(ts.isPropertySignature)
      .map((member) => ({ member, text: member.name.getText(this.module.source) }));
    for (const { member, text } of named) {
      if (!declared.includes(text))
        this.report(
          member,
          `${name}'s config names '${text}', which ${apexName} does not declare: it takes (${declared.join(', ')})`
        );
    }
    const missing = declared.filter((parameter) => !named.some(({ text }) => text === parameter));
    if (missing.length > 0)
      this.report(
        config,
        `${name}'s config lacks ${missing.map((m) => `'${m}'`).join(', ')} of ${apexName} (mark one a wire may leave out with ?)`
      );
  }

  private checkUse(
    node: ts.Identifier,
    binding: ApexBinding,
    method: ApexMethod | undefined
  ): void {
    const parent = node.parent;
    if (ts.isCallExpression(parent) && parent.expression === node) {
      if (method) this.checkParameters(parent, parent.arguments[0], method, binding, 'calling');
      return;
    }
    if (ts.isCallExpression(parent) && parent.arguments.includes(node)) {
      const call = parent;
      const isWire =
        ts.isIdentifier(call.expression) &&
        call.expression.text === 'wire' &&
        ts.isDecorator(call.parent) &&
        call.arguments[0] === node;
      if (!method) return;
      const next = call.arguments[call.arguments.indexOf(node) + 1];
      if (isWire) {
        const cacheable = annotation(method, 'AuraEnabled')?.values.cacheable === 'true';
        if (!cacheable)
          this.report(
            call,
            `@wire(${node.text}) needs ${binding.className}.${method.name} to be @AuraEnabled(cacheable=true)`
          );
        this.checkParameters(call, next, method, binding, '@wire of');
      } else {
        this.checkParameters(call, next, method, binding, 'calling');
      }
      return;
    }
    if (ts.isExportAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) return;
    if (
      ts.isVariableDeclaration(parent) &&
      parent.initializer === node &&
      ts.isIdentifier(parent.name)
    ) {
      this.checkAlias(parent, binding, method);
      return;
    }
    // Any other use (assigned, returned, stored): the gate cannot see the parameters it gets.
    this.report(
      node,
      `${node.text} (${binding.className}.${binding.methodName}) is used as a value: call it, wire it, pass it to a helper followed by its parameters object, or export it`
    );
  }
}

/** Type arguments' object-literal members of a type such as `ApexWireAdapter<{ a: …; b?: … }, V>`. */
function configType(type: ts.TypeNode | undefined): ts.TypeLiteralNode | undefined {
  if (!type || !ts.isTypeReferenceNode(type)) return undefined;
  const first = type.typeArguments?.[0];
  return first && ts.isTypeLiteralNode(first) ? first : undefined;
}

/** Apex methods a module imports from `@salesforce/apex/*`, and the names it re-exports them as. */
function apexImports(
  module: ParsedModule
): Array<{ local?: string; exported?: string; binding: ApexBinding; node: ts.Node }> {
  const found: Array<{ local?: string; exported?: string; binding: ApexBinding; node: ts.Node }> =
    [];
  for (const statement of module.source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : undefined;
    if (!specifier?.startsWith('@salesforce/apex/')) continue;
    const match = APEX_IMPORT.exec(specifier);
    const binding: ApexBinding = {
      className: match?.[1] ?? '',
      methodName: match?.[2] ?? '',
      origin: `import '${specifier}'`
    };
    if (!match) {
      found.push({ binding: { ...binding, className: specifier }, node: statement });
      continue;
    }
    if (ts.isImportDeclaration(statement)) {
      found.push({ local: statement.importClause?.name?.text, binding, node: statement });
    } else if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements)
          found.push({ exported: element.name.text, binding, node: statement });
      }
    }
  }
  return found;
}

/** Local names a module exports, by local name (`export { a as b }`, `export { a }`). */
function localExports(module: ParsedModule): Map<string, string[]> {
  const exported = new Map<string, string[]>();
  for (const statement of module.source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier) continue;
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) continue;
    for (const element of clause.elements) {
      const local = (element.propertyName ?? element.name).text;
      exported.set(local, [...(exported.get(local) ?? []), element.name.text]);
    }
  }
  return exported;
}

function checkDtos(
  modules: ParsedModule[],
  classes: Map<string, ApexClassOutline>,
  dtoClassName: string
): Finding[] {
  const dtoClass = classes.get(dtoClassName.toLowerCase());
  if (!dtoClass) return [];
  const findings: Finding[] = [];
  const inner = new Map(dtoClass.innerClasses.map((c) => [c.name, c]));
  for (const module of modules) {
    for (const statement of module.source.statements) {
      const exported = ts
        .getModifiers(statement as ts.HasModifiers)
        ?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      let name: string | undefined;
      let members: ts.NodeArray<ts.TypeElement> | undefined;
      if (ts.isInterfaceDeclaration(statement)) {
        name = statement.name.text;
        members = statement.members;
      } else if (ts.isTypeAliasDeclaration(statement) && ts.isTypeLiteralNode(statement.type)) {
        name = statement.name.text;
        members = statement.type.members;
      }
      const apex = name ? inner.get(name) : undefined;
      if (!apex || !members) continue;
      const tsNames = members
        .filter(ts.isPropertySignature)
        .map((member) => member.name.getText(module.source).replace(/^['"]|['"]$/g, ''));
      const apexNames = apex.variables
        .filter((variable) => hasAnnotation(variable, 'AuraEnabled'))
        .map((variable) => variable.name);
      const line = lineOf(module.source, statement);
      for (const missing of apexNames.filter((n) => !tsNames.includes(n)))
        findings.push(
          finding(
            module.file.path,
            line,
            `interface ${name} lacks '${missing}', an @AuraEnabled property of ${dtoClass.name}.${apex.name}`
          )
        );
      for (const extra of tsNames.filter((n) => !apexNames.includes(n))) {
        const plain = apex.variables.find((variable) => variable.name === extra);
        findings.push(
          finding(
            module.file.path,
            line,
            plain
              ? `interface ${name} has '${extra}', which ${dtoClass.name}.${apex.name} declares without @AuraEnabled (Apex never sends it)`
              : `interface ${name} has '${extra}', which ${dtoClass.name}.${apex.name} does not declare`
          )
        );
      }
    }
  }
  return findings;
}

/**
 * Checks the LWC modules (`.ts` under `lwc/`, tests skipped) against the Apex classes' outlines.
 */
export function checkApexContract(
  lwcFiles: SourceFile[],
  classes: Map<string, ApexClassOutline>,
  options: ContractOptions = DEFAULTS
): Finding[] {
  const modules = lwcFiles
    .filter((file) => file.path.endsWith('.ts') && !file.path.endsWith('.d.ts'))
    .filter((file) => !isTestPath(file.path))
    .map(parseModule);
  const findings: Finding[] = [];
  /** What the service bundle re-exports: `c/<bundle>` name → Apex method. */
  const reexports = new Map<string, ApexBinding>();

  for (const module of modules) {
    const imports = apexImports(module);
    if (imports.length === 0) continue;
    const bundle = bundleOf(module.file.path);
    const checker = new ModuleChecker(module, classes);
    if (bundle !== options.serviceBundle) {
      for (const { node, binding } of imports)
        findings.push(
          finding(
            module.file.path,
            lineOf(module.source, node),
            `${binding.origin}: only the service bundle ${options.serviceBundle} imports @salesforce/apex/* (components call its typed functions)`
          )
        );
      continue;
    }
    const exportsOf = localExports(module);
    for (const entry of imports) {
      if (!entry.binding.methodName) {
        checker.checkTarget(entry.node, entry.binding);
        findings.push(
          finding(
            module.file.path,
            lineOf(module.source, entry.node),
            `${entry.binding.origin}: not of the form @salesforce/apex/<Class>.<method>`
          )
        );
        continue;
      }
      if (entry.exported) {
        checker.checkTarget(entry.node, entry.binding);
        reexports.set(entry.exported, entry.binding);
      }
      if (entry.local) {
        checker.checkUses(entry.local, entry.binding, entry.node);
        for (const name of exportsOf.get(entry.local) ?? []) reexports.set(name, entry.binding);
      }
    }
    for (const [alias, binding] of checker.aliases) reexports.set(alias, binding);
    findings.push(...checker.findings);
  }

  // Components that use the service bundle's re-exported Apex methods directly (to @wire them).
  const serviceModule = `c/${options.serviceBundle}`;
  for (const module of modules) {
    if (bundleOf(module.file.path) === options.serviceBundle) continue;
    const checker = new ModuleChecker(module, classes);
    for (const statement of module.source.statements) {
      if (
        !ts.isImportDeclaration(statement) ||
        !ts.isStringLiteral(statement.moduleSpecifier) ||
        statement.moduleSpecifier.text !== serviceModule
      )
        continue;
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        const binding = reexports.get((element.propertyName ?? element.name).text);
        if (binding) checker.checkUses(element.name.text, binding, statement);
      }
    }
    findings.push(...checker.findings);
  }

  const serviceModules = modules.filter(
    (module) => bundleOf(module.file.path) === options.serviceBundle
  );
  findings.push(...checkDtos(serviceModules, classes, options.dtoClass));
  return findings;
}
