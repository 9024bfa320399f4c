/**
 * ESLint flat config for the whole repository (`npm run lint`, step "lint" of `npm test`).
 *
 * - LWC sources (`force-app/**\/lwc/**`): `@salesforce/eslint-config-lwc` recommended, plus the
 *   `@lwc/eslint-plugin-lwc-platform` platform rules (what the platform itself refuses), with
 *   typescript-eslint's parser for `.ts` (the Babel-based `recommendedTs` reports TypeScript types
 *   as `no-undef`, see shared TOOLCHAIN.md).
 * - TypeScript everywhere: typescript-eslint's recommended rules; core rules that misread
 *   TypeScript syntax are replaced by their typescript-eslint equivalents (same intent, type aware).
 * - LWC sources also pass eslint-plugin-regexp's super-linear rules: no regular expression that a
 *   long run of one character makes backtrack or rescan (they run on vendors' documents).
 * - Tests: Jest globals and eslint-plugin-jest recommended. Scripts: Node globals.
 * - Never linted: generated code (emitted `lwc/**\/*.js`, static resources built from
 *   node_modules), coverage and tool folders.
 */
import eslintJs from '@eslint/js';
import lwcConfig from '@salesforce/eslint-config-lwc';
import lwcPlatform from '@lwc/eslint-plugin-lwc-platform';
import jestPlugin from 'eslint-plugin-jest';
import regexpPlugin from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LWC_SOURCES = ['force-app/**/lwc/**/*.ts', 'force-app/**/lwc/**/*.js'];
const TESTS = ['**/__tests__/**/*.ts', '**/__tests__/**/*.js'];
const TYPESCRIPT = ['**/*.ts'];

/** Gives every object of a shared config the files it applies to. */
function scoped(configs, files) {
  return configs.map((config) => ({ ...config, files }));
}

/**
 * Core rules whose TypeScript-aware replacement understands types, overloads, parameter
 * declarations in signatures and `declare` statements. Same severity and intent as the
 * Salesforce config gives the core rule.
 */
const TYPESCRIPT_EQUIVALENTS = {
  'no-unused-vars': '@typescript-eslint/no-unused-vars',
  'no-shadow': '@typescript-eslint/no-shadow',
  'no-use-before-define': '@typescript-eslint/no-use-before-define',
  'no-useless-constructor': '@typescript-eslint/no-useless-constructor',
  'no-empty-function': '@typescript-eslint/no-empty-function',
  'no-loop-func': '@typescript-eslint/no-loop-func',
  'no-unused-expressions': '@typescript-eslint/no-unused-expressions',
  'no-redeclare': '@typescript-eslint/no-redeclare',
  'no-dupe-class-members': '@typescript-eslint/no-dupe-class-members'
};

const salesforceRules = Object.assign(
  {},
  ...lwcConfig.configs.recommended.map((config) => config.rules ?? {})
);

function typescriptEquivalentRules() {
  const rules = {};
  for (const [core, replacement] of Object.entries(TYPESCRIPT_EQUIVALENTS)) {
    const setting = salesforceRules[core] ?? 'error';
    rules[core] = 'off';
    rules[replacement] = setting;
  }
  // tsc (step "types") resolves every identifier, including type names and globals.
  rules['no-undef'] = 'off';
  return rules;
}

/** The wire adapters the Salesforce config knows (lightning/uiRecordApi, @salesforce/apex…). */
function knownWireAdapters() {
  for (const config of lwcConfig.configs.recommended) {
    const rule = config.rules?.['@lwc/lwc/no-unknown-wire-adapters'];
    if (Array.isArray(rule)) return rule[1].adapters;
  }
  return [];
}

export default [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      '.gate/**',
      '.jest/**',
      '.sf/**',
      '.sfdx/**',
      '.localdevserver/**',
      'mdapi-out/**',
      'dist/**',
      // Emitted by the build from the .ts beside it.
      'force-app/**/lwc/**/*.js',
      // Built from node_modules (third-party code).
      'force-app/**/staticresources/**',
      // The gate's test fixtures: deliberately defective inputs (decorators compiled away, …).
      'scripts/gate/__tests__/data/**'
    ]
  },

  // Everything: ESLint's recommended rules.
  eslintJs.configs.recommended,

  // TypeScript anywhere: typescript-eslint's parser and recommended rules.
  ...scoped(tseslint.configs.recommended, TYPESCRIPT),
  {
    files: TYPESCRIPT,
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' }
    }
  },

  // LWC sources: the Salesforce recommended config and the platform rules.
  ...scoped(lwcConfig.configs.recommended, LWC_SOURCES),
  // What the platform refuses in deployed code (inline rule disabling, `process`, Aura interop…);
  // tests are never deployed.
  ...lwcPlatform.configs.recommended.map((config) => ({
    ...config,
    files: LWC_SOURCES,
    ignores: TESTS
  })),
  {
    files: LWC_SOURCES,
    ignores: TESTS,
    rules: {
      // Crashes without an adapter list; this package has no offline wire adapters.
      '@lwc/lwc-platform/valid-offline-wire': 'off',
      // The Apex wire adapters reach components through the one door to Apex, `c/checksheetApi`
      // (its `…Adapter` exports are the imported `@salesforce/apex` methods themselves).
      '@lwc/lwc/no-unknown-wire-adapters': [
        'error',
        {
          adapters: [...knownWireAdapters(), { module: 'c/checksheetApi', identifier: '*Adapter' }]
        }
      ]
    }
  },
  {
    // Components run in a reviewer's browser on whatever a vendor sent: no regular expression
    // whose time grows faster than its input (one that backtracks over a long run of spaces, or
    // is retried from every character of it), so that no document can freeze the page.
    files: LWC_SOURCES,
    ignores: TESTS,
    plugins: { regexp: regexpPlugin },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }]
    }
  },
  {
    // The Salesforce config parses with Babel; TypeScript needs typescript-eslint's parser.
    // eslint-plugin-import resolves sibling modules to the `.ts` source, never to the `.js`
    // the build emits beside it (which may be stale, or absent before a build).
    files: ['force-app/**/lwc/**/*.ts'],
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import/resolver': { node: { extensions: ['.ts', '.js'] } }
    },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' }
    },
    rules: typescriptEquivalentRules()
  },

  // Tests: Jest globals and rules; Node APIs are allowed (fixtures are read from disk).
  ...scoped([jestPlugin.configs['flat/recommended']], TESTS),
  {
    files: TESTS,
    languageOptions: { globals: { ...globals.jest, ...globals.node } }
  },

  // Scripts (build, gate, command-line tool, bench) and root config files run under Node.
  {
    files: ['scripts/**/*.ts', '*.mjs', '*.ts'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['*.js', '*.cjs', 'scripts/**/*.js', 'scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } }
  },

  // Declarations of platform modules.
  {
    files: ['types/**/*.d.ts'],
    languageOptions: { globals: { ...globals.browser } }
  }
];
