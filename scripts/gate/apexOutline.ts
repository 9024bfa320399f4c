/**
 * The outline of an Apex class as the contract checks read it: its annotations, methods (static or
 * not, parameters by name and type), properties and fields (with their initializer's text), and
 * inner classes. Built from `@apexdevtools/apex-parser`'s tree; syntax errors are the Apex rules'
 * business (a class that does not parse has no outline here).
 */
import {
  ApexParserListener,
  ApexParseTreeWalker,
  ClassBodyDeclarationContext,
  ClassDeclarationContext,
  FieldDeclarationContext,
  MethodDeclarationContext,
  ModifierContext,
  PropertyDeclarationContext,
  TypeDeclarationContext
} from '@apexdevtools/apex-parser';
import { parseApex, rangeOf } from './apexSource';
import type { SourceFile } from './findings';

export interface ApexAnnotation {
  /** Lower-cased: Apex is case-insensitive (`@AuraEnabled` = `@auraenabled`). */
  name: string;
  /** Element values by lower-cased name, their text lower-cased (`cacheable` → `true`). */
  values: Record<string, string>;
}

export interface ApexMember {
  name: string;
  line: number;
  annotations: ApexAnnotation[];
  isStatic: boolean;
}

export interface ApexMethod extends ApexMember {
  parameters: Array<{ name: string; type: string }>;
}

export interface ApexVariable extends ApexMember {
  type: string;
  /** Source text of the initializer (`50000`, `new Map<String, Integer>{ … }`), if any. */
  initializer?: string;
  /** A property (`{ get; set; }`) rather than a field. */
  isProperty: boolean;
}

export interface ApexClassOutline {
  name: string;
  file: string;
  line: number;
  annotations: ApexAnnotation[];
  methods: ApexMethod[];
  variables: ApexVariable[];
  innerClasses: ApexClassOutline[];
}

export function hasAnnotation(member: { annotations: ApexAnnotation[] }, name: string): boolean {
  return member.annotations.some((annotation) => annotation.name === name.toLowerCase());
}

export function annotation(
  member: { annotations: ApexAnnotation[] },
  name: string
): ApexAnnotation | undefined {
  return member.annotations.find((candidate) => candidate.name === name.toLowerCase());
}

function annotationsOf(modifiers: ModifierContext[]): ApexAnnotation[] {
  const found: ApexAnnotation[] = [];
  for (const modifier of modifiers) {
    const ctx = modifier.annotation();
    if (!ctx) continue;
    const values: Record<string, string> = {};
    for (const pair of ctx.elementValuePairs()?.elementValuePair_list() ?? [])
      values[pair.id().getText().toLowerCase()] = pair.elementValue().getText().toLowerCase();
    found.push({ name: ctx.id().getText().toLowerCase(), values });
  }
  return found;
}

/** Modifiers of a class member: they sit on the enclosing class-body declaration. */
function memberModifiers(ctx: { parentCtx: unknown }): ModifierContext[] {
  let current = ctx.parentCtx as { parentCtx?: unknown } | null | undefined;
  while (current && !(current instanceof ClassBodyDeclarationContext))
    current = current.parentCtx as { parentCtx?: unknown } | null | undefined;
  return current instanceof ClassBodyDeclarationContext ? current.modifier_list() : [];
}

function isStatic(modifiers: ModifierContext[]): boolean {
  return modifiers.some((modifier) => modifier.STATIC() != null);
}

class OutlineWalker extends ApexParserListener {
  readonly classes: ApexClassOutline[] = [];
  private readonly stack: ApexClassOutline[] = [];
  private readonly file: SourceFile;

  constructor(file: SourceFile) {
    super();
    this.file = file;
  }

  override enterClassDeclaration = (ctx: ClassDeclarationContext): void => {
    const parent = ctx.parentCtx;
    const modifiers =
      parent instanceof TypeDeclarationContext ? parent.modifier_list() : memberModifiers(ctx);
    const outline: ApexClassOutline = {
      name: ctx.id().getText(),
      file: this.file.path,
      line: ctx.start.line,
      annotations: annotationsOf(modifiers),
      methods: [],
      variables: [],
      innerClasses: []
    };
    const outer = this.stack[this.stack.length - 1];
    if (outer) outer.innerClasses.push(outline);
    else this.classes.push(outline);
    this.stack.push(outline);
  };

  override exitClassDeclaration = (): void => {
    this.stack.pop();
  };

  override enterMethodDeclaration = (ctx: MethodDeclarationContext): void => {
    const owner = this.stack[this.stack.length - 1];
    if (!owner) return;
    const modifiers = memberModifiers(ctx);
    owner.methods.push({
      name: ctx.id().getText(),
      line: ctx.start.line,
      annotations: annotationsOf(modifiers),
      isStatic: isStatic(modifiers),
      parameters: (ctx.formalParameters().formalParameterList()?.formalParameter_list() ?? []).map(
        (parameter) => ({ name: parameter.id().getText(), type: parameter.typeRef().getText() })
      )
    });
  };

  override enterFieldDeclaration = (ctx: FieldDeclarationContext): void => {
    const owner = this.stack[this.stack.length - 1];
    if (!owner) return;
    const modifiers = memberModifiers(ctx);
    for (const declarator of ctx.variableDeclarators().variableDeclarator_list()) {
      const expression = declarator.expression();
      const range = expression ? rangeOf(expression) : undefined;
      owner.variables.push({
        name: declarator.id().getText(),
        line: declarator.start.line,
        annotations: annotationsOf(modifiers),
        isStatic: isStatic(modifiers),
        type: ctx.typeRef().getText(),
        initializer: range ? this.file.text.slice(range.start, range.end) : undefined,
        isProperty: false
      });
    }
  };

  override enterPropertyDeclaration = (ctx: PropertyDeclarationContext): void => {
    const owner = this.stack[this.stack.length - 1];
    if (!owner) return;
    const modifiers = memberModifiers(ctx);
    owner.variables.push({
      name: ctx.id().getText(),
      line: ctx.start.line,
      annotations: annotationsOf(modifiers),
      isStatic: isStatic(modifiers),
      type: ctx.typeRef().getText(),
      isProperty: true
    });
  };
}

/** The outline of a `.cls` file's top-level class, or undefined when it does not parse. */
export function outlineApexClass(file: SourceFile): ApexClassOutline | undefined {
  const parsed = parseApex(file.text, false);
  if (parsed.problems.length > 0) return undefined;
  const walker = new OutlineWalker(file);
  ApexParseTreeWalker.DEFAULT.walk(walker, parsed.tree);
  return walker.classes[0];
}

/** Outlines of every `classes/*.cls` among `files`, by lower-cased class name. */
export function outlineApexClasses(files: SourceFile[]): Map<string, ApexClassOutline> {
  const outlines = new Map<string, ApexClassOutline>();
  for (const file of files) {
    if (!/(^|\/)classes\/[^/]+\.cls$/.test(file.path)) continue;
    const outline = outlineApexClass(file);
    if (outline) outlines.set(outline.name.toLowerCase(), outline);
  }
  return outlines;
}
