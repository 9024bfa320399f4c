/**
 * Step "contract", part 2: the limits the browser enforces and the limits Apex enforces are the
 * same numbers. TypeScript defines them for the engine and the wizard, Apex (`ChecksheetLimits`)
 * for the server; `LIMIT_PAIRS` says which constant mirrors which. While the Apex class does not
 * exist there is nothing to compare; once it does, every pair must agree and a side that is
 * missing is a finding.
 */
import type { ApexClassOutline } from './apexOutline';
import type { Finding } from './findings';
import { finding } from './findings';

export const LIMITS_CLASS = 'ChecksheetLimits';

export interface TsConstant {
  /** `c/…` module that exports it. */
  module: string;
  /** Exported object. */
  exportName: string;
  /** Property of that object. */
  key: string;
}

/** Apex constant of `ChecksheetLimits` ↔ the TypeScript constant it mirrors. */
export const LIMIT_PAIRS: ReadonlyArray<{ apex: string; ts: TsConstant }> = [
  { apex: 'MAX_ITEMS', ts: { module: 'c/checksheetModel', exportName: 'LIMITS', key: 'maxItems' } },
  {
    apex: 'MAX_ITEMS_PER_CHUNK',
    ts: { module: 'c/checksheetSchema', exportName: 'IMPORT_LIMITS', key: 'itemsPerChunk' }
  },
  {
    apex: 'MAX_CHUNK_CHARACTERS',
    ts: { module: 'c/checksheetSchema', exportName: 'IMPORT_LIMITS', key: 'charactersPerChunk' }
  },
  {
    apex: 'MAX_SOURCE_FILE_BYTES',
    ts: { module: 'c/checksheetSchema', exportName: 'IMPORT_LIMITS', key: 'sourceFileBytes' }
  }
];

/** Apex `ChecksheetLimits.FIELD_LENGTHS` (DTO property → max) ↔ this map, key by key. */
export const FIELD_LENGTHS_PAIR = {
  apex: 'FIELD_LENGTHS',
  ts: { module: 'c/checksheetSchema', exportName: 'FIELD_LENGTHS' }
};

/** The TypeScript modules' exports, by `c/…` module name, and where each module's file is. */
export type TsModules = Record<string, { exports: Record<string, unknown>; file: string }>;

/**
 * Value of an Apex integer expression: literals (`50000`, `3000000L`), `+ - * /` and parentheses,
 * and other constants of the same class. Undefined for anything else.
 */
export function evaluateApexInteger(
  text: string,
  constants: (name: string) => string | undefined,
  depth = 0
): number | undefined {
  if (depth > 10) return undefined;
  const tokens = text.match(/\d+[lL]?|[A-Za-z_]\w*|[-+*/()]|\S/g) ?? [];
  let at = 0;
  const primary = (): number | undefined => {
    const token = tokens[at++];
    if (token === undefined) return undefined;
    if (token === '(') {
      const value = sum();
      return tokens[at++] === ')' ? value : undefined;
    }
    if (token === '-') {
      const value = primary();
      return value === undefined ? undefined : -value;
    }
    if (/^\d/.test(token)) return Number(token.replace(/[lL]$/, ''));
    if (/^[A-Za-z_]/.test(token)) {
      const other = constants(token);
      return other === undefined ? undefined : evaluateApexInteger(other, constants, depth + 1);
    }
    return undefined;
  };
  const product = (): number | undefined => {
    let value = primary();
    while (value !== undefined && (tokens[at] === '*' || tokens[at] === '/')) {
      const operator = tokens[at++];
      const right = primary();
      if (right === undefined) return undefined;
      value = operator === '*' ? value * right : Math.trunc(value / right);
    }
    return value;
  };
  const sum = (): number | undefined => {
    let value = product();
    while (value !== undefined && (tokens[at] === '+' || tokens[at] === '-')) {
      const operator = tokens[at++];
      const right = product();
      if (right === undefined) return undefined;
      value = operator === '+' ? value + right : value - right;
    }
    return value;
  };
  const value = sum();
  return at === tokens.length ? value : undefined;
}

/** `new Map<String, Integer>{ 'a' => 1, 'b' => 2 * 3 }` → entries, or undefined when not a literal. */
export function apexMapLiteral(
  text: string,
  constants: (name: string) => string | undefined
): Map<string, number | undefined> | undefined {
  const body = /^new\s+Map\s*<[^>]*>\s*\{([\s\S]*)\}$/.exec(text.trim());
  if (!body) return undefined;
  const entries = new Map<string, number | undefined>();
  for (const entry of body[1].split(',')) {
    if (entry.trim() === '') continue;
    const match = /^\s*'([^']*)'\s*=>\s*([\s\S]+?)\s*$/.exec(entry);
    if (!match) return undefined;
    entries.set(match[1], evaluateApexInteger(match[2], constants));
  }
  return entries;
}

function tsValue(modules: TsModules, constant: TsConstant): unknown {
  const object = modules[constant.module]?.exports[constant.exportName];
  return typeof object === 'object' && object !== null
    ? (object as Record<string, unknown>)[constant.key]
    : undefined;
}

/** Compares `ChecksheetLimits` (its outline, when the class exists) with the TypeScript constants. */
export function checkLimitsAgreement(
  limits: ApexClassOutline | undefined,
  modules: TsModules
): Finding[] {
  if (!limits) return [];
  const findings: Finding[] = [];
  const variable = (name: string) =>
    limits.variables.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  const constants = (name: string): string | undefined => variable(name)?.initializer;
  const tsName = (c: TsConstant): string => `${c.exportName}.${c.key} (${c.module})`;

  for (const pair of LIMIT_PAIRS) {
    const apex = variable(pair.apex);
    const value = tsValue(modules, pair.ts);
    const file = modules[pair.ts.module]?.file ?? pair.ts.module;
    if (!apex) {
      findings.push(
        finding(
          limits.file,
          limits.line,
          `${LIMITS_CLASS}.${pair.apex} is missing: it mirrors ${tsName(pair.ts)}`
        )
      );
      continue;
    }
    const apexValue = apex.initializer
      ? evaluateApexInteger(apex.initializer, constants)
      : undefined;
    if (apexValue === undefined) {
      findings.push(
        finding(
          limits.file,
          apex.line,
          `${LIMITS_CLASS}.${pair.apex} is not an integer constant the gate can read`
        )
      );
      continue;
    }
    if (typeof value !== 'number') {
      findings.push(
        finding(
          file,
          undefined,
          `${tsName(pair.ts)} is missing: it mirrors ${LIMITS_CLASS}.${pair.apex} = ${apexValue}`
        )
      );
      continue;
    }
    if (value !== apexValue) {
      findings.push(
        finding(
          limits.file,
          apex.line,
          `${LIMITS_CLASS}.${pair.apex} is ${apexValue} but ${tsName(pair.ts)} is ${value}`
        )
      );
    }
  }

  const apexLengths = variable(FIELD_LENGTHS_PAIR.apex);
  const tsModule = modules[FIELD_LENGTHS_PAIR.ts.module];
  const tsLengths = tsModule?.exports[FIELD_LENGTHS_PAIR.ts.exportName] as
    Record<string, unknown> | undefined;
  const tsLabel = `${FIELD_LENGTHS_PAIR.ts.exportName} (${FIELD_LENGTHS_PAIR.ts.module})`;
  if (!apexLengths) {
    findings.push(
      finding(
        limits.file,
        limits.line,
        `${LIMITS_CLASS}.FIELD_LENGTHS is missing: it mirrors ${tsLabel}`
      )
    );
    return findings;
  }
  const map = apexLengths.initializer
    ? apexMapLiteral(apexLengths.initializer, constants)
    : undefined;
  if (!map) {
    findings.push(
      finding(
        limits.file,
        apexLengths.line,
        `${LIMITS_CLASS}.FIELD_LENGTHS is not a map literal ('property' => max, …) the gate can read`
      )
    );
    return findings;
  }
  if (typeof tsLengths !== 'object' || tsLengths === null) {
    findings.push(
      finding(
        tsModule?.file ?? FIELD_LENGTHS_PAIR.ts.module,
        undefined,
        `${tsLabel} is missing: it mirrors ${LIMITS_CLASS}.FIELD_LENGTHS`
      )
    );
    return findings;
  }
  for (const [property, max] of map) {
    const mirrored = tsLengths[property];
    if (max === undefined)
      findings.push(
        finding(
          limits.file,
          apexLengths.line,
          `${LIMITS_CLASS}.FIELD_LENGTHS '${property}' is not an integer the gate can read`
        )
      );
    else if (mirrored === undefined)
      findings.push(
        finding(
          limits.file,
          apexLengths.line,
          `${LIMITS_CLASS}.FIELD_LENGTHS has '${property}' => ${max}, missing from ${tsLabel}`
        )
      );
    else if (mirrored !== max)
      findings.push(
        finding(
          limits.file,
          apexLengths.line,
          `${LIMITS_CLASS}.FIELD_LENGTHS '${property}' is ${max} but ${tsLabel}.${property} is ${String(mirrored)}`
        )
      );
  }
  for (const property of Object.keys(tsLengths)) {
    if (!map.has(property))
      findings.push(
        finding(
          limits.file,
          apexLengths.line,
          `${tsLabel}.${property} = ${String(tsLengths[property])} has no '${property}' entry in ${LIMITS_CLASS}.FIELD_LENGTHS (Apex must refuse what the browser cuts)`
        )
      );
  }
  return findings;
}
