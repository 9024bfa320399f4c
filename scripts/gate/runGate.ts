/**
 * `npm test`: the offline quality gate. Runs every step in order, prints one line per step
 * (name, OK/FAIL, duration, findings) and its findings as `file:line: message`, and ends with
 * `N passed, N failed` (steps). Exits non-zero on any finding. No org, no network.
 *
 * Steps: build, types, lint, format, LWC compile, metadata, Apex, Apex compile, contract,
 * no-egress, source conversion, unit tests. Every step runs even when an earlier one fails, so one run shows everything.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { TypeStripError, buildComponents } from '../build/build';
import { buildStaticResources } from '../build/staticResources';
import { findJava, javaMissingMessage, runApexCompile } from './apexCompile';
import { checkApexSources, isApexFile } from './apexRules';
import { checkApexReferences, checkSchemaConstants, checkSchemaImports } from './codeReferences';
import type { SchemaModule } from './codeReferences';
import type { SourceFile } from './findings';
import { finding } from './findings';
import { checkFormatting, formattedFiles } from './format';
import { runGate } from './gateRunner';
import type { Step } from './gateRunner';
import { runEslint } from './lint';
import { checkLwcBundles } from './lwcCompile';
import { buildMetadataIndex } from './metadataIndex';
import { checkMetadataReferences } from './metadataReferences';
import { checkMetadataSchemas } from './metadataSchema';
import { checkNoEgress } from './noEgress';
import { checkPageReferences } from './pageReferences';
import { checkPicklistTranslations } from './picklistTranslations';
import { JAVA_MISSING, javaAvailable, runPmd } from './pmd';
import {
  LWC_DIR,
  PACKAGE_DIR,
  REPO_ROOT,
  isTestPath,
  listFiles,
  readSources,
  readTree
} from './repoFiles';
import { convertSource } from './sourceConversion';
import { checkStatusVocabulary } from './statusVocabulary';
import type { StatusModule } from './statusVocabulary';
import { checkBundlePaths, runTsc } from './typecheck';
import { runJest } from './unitTests';

const ROOT = REPO_ROOT;
const WORK = path.join(ROOT, '.gate');

/** Files whose bytes are not text: never read as text by a checker. */
const BINARY = /\.(zip|png|jpe?g|gif|ico|woff2?|ttf|eot|pdf|xlsx|docx)$/i;

function lwcBundles(): string[] {
  const lwc = path.join(ROOT, LWC_DIR);
  if (!existsSync(lwc)) return [];
  return readdirSync(lwc, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(lwc, entry.name, `${entry.name}.ts`))
    )
    .map((entry) => entry.name)
    .sort();
}

const build: Step = {
  name: 'build',
  run: () => {
    try {
      const modules = buildComponents();
      const resources = buildStaticResources();
      return {
        findings: [],
        note: `${modules.length} LWC modules, ${resources.length} static resources`
      };
    } catch (error) {
      if (!(error instanceof TypeStripError)) throw error;
      return {
        findings: error.message.split('\n').map((line) => {
          const match = /^(.*?):(\d+):\d+: (.*)$/.exec(line);
          return match
            ? finding(match[1], Number(match[2]), match[3])
            : finding(LWC_DIR, undefined, line);
        })
      };
    }
  }
};

const types: Step = {
  name: 'types',
  run: () => {
    const tsconfig = readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8');
    const bundles = lwcBundles();
    return {
      findings: [...checkBundlePaths(tsconfig, bundles, LWC_DIR), ...runTsc(ROOT)],
      note: `${bundles.length} bundles with a c/ path`
    };
  }
};

const lint: Step = {
  name: 'lint',
  run: async () => ({ findings: await runEslint(ROOT) })
};

const format: Step = {
  name: 'format',
  run: async () => {
    const files = formattedFiles(ROOT);
    return {
      findings: await checkFormatting(ROOT, files),
      note: `${files.length} files considered`
    };
  }
};

const lwcCompile: Step = {
  name: 'LWC compile',
  run: () => {
    const files = readTree(
      ROOT,
      LWC_DIR,
      (p) => !isTestPath(p) && /\.(ts|js|html|css)$/.test(p) && !p.endsWith('.d.ts')
    );
    const modules = files.filter((file) => file.path.endsWith('.js')).length;
    return {
      findings: checkLwcBundles(files),
      note: `${modules} emitted modules compiled`
    };
  }
};

/** A service bundle's main module, loaded (its exports) with its source, when it exists. */
async function loadLwcModule(
  bundle: string
): Promise<{ module: Record<string, unknown>; source: SourceFile } | undefined> {
  const relative = `${LWC_DIR}/${bundle}/${bundle}.ts`;
  const full = path.join(ROOT, relative);
  if (!existsSync(full)) return undefined;
  // tsx runs this script: the TypeScript module (and its `c/…` imports) loads as it is.
  const module = (await import(full)) as Record<string, unknown>;
  return {
    module,
    source: { path: relative, text: readFileSync(full, 'utf8') }
  };
}

async function loadSchemaModule(): Promise<
  { module: SchemaModule; source: SourceFile } | undefined
> {
  return loadLwcModule('checksheetSchema');
}

async function loadStatusModule(): Promise<StatusModule | undefined> {
  const loaded = await loadLwcModule('checksheetStatus');
  if (!loaded) return undefined;
  return {
    source: loaded.source,
    labels: (loaded.module.STATUS_LABELS ?? {}) as StatusModule['labels'],
    picklistValues: (loaded.module.STATUS_PICKLIST_VALUES ?? {}) as StatusModule['picklistValues']
  };
}

const metadata: Step = {
  name: 'metadata',
  run: async () => {
    const xml = listFiles(ROOT, '.', (p) => p.endsWith('-meta.xml') && !isTestPath(p));
    const json = ['config', 'data'].flatMap((dir) =>
      listFiles(ROOT, dir, (p) => p.endsWith('.json'))
    );
    const schemaFiles = readSources(ROOT, [...xml, ...json]);
    const packageFiles = readTree(
      ROOT,
      PACKAGE_DIR,
      (p) => p.endsWith('-meta.xml') || isApexFile(p)
    );
    const index = buildMetadataIndex(packageFiles);
    const components = readTree(ROOT, LWC_DIR, (p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));
    const findings = [
      ...checkMetadataSchemas(schemaFiles),
      ...checkMetadataReferences(packageFiles, index),
      ...checkPageReferences(packageFiles),
      ...checkApexReferences(packageFiles, index),
      ...checkSchemaImports(components, index),
      ...checkPicklistTranslations(packageFiles)
    ];
    findings.push(...checkStatusVocabulary(packageFiles, await loadStatusModule()));
    const schema = await loadSchemaModule();
    if (schema) findings.push(...checkSchemaConstants(schema.module, schema.source, index));
    const objects = [...index.objects.values()].filter((object) => !object.standard).length;
    return {
      findings,
      note: `${schemaFiles.length} files, ${objects} objects`
    };
  }
};

const apex: Step = {
  name: 'Apex',
  run: async () => {
    const files = readTree(ROOT, PACKAGE_DIR, isApexFile);
    if (files.length === 0) return { findings: [], note: '0 Apex files' };
    const findings = checkApexSources(files);
    if (!javaAvailable()) {
      return {
        findings: [...findings, finding('(PMD)', undefined, JAVA_MISSING)],
        note: `${files.length} Apex files`
      };
    }
    const report = await runPmd(
      ROOT,
      files.map((file) => path.join(ROOT, file.path)),
      path.join(WORK, 'pmd')
    );
    return {
      findings: [...findings, ...report.findings],
      info: report.info,
      note: `${files.length} Apex files, PMD`
    };
  }
};

const apexCompile: Step = {
  name: 'Apex compile',
  run: () => {
    const files = readTree(ROOT, PACKAGE_DIR, isApexFile);
    const search = findJava();
    if (!search.java) {
      return {
        findings: [],
        skipped: javaMissingMessage(search),
        note: `${files.length} Apex files`
      };
    }
    const report = runApexCompile(ROOT, ROOT, search.java);
    return {
      findings: report.findings,
      info: report.info,
      note: `${files.length} Apex files, apex-ls on ${search.java}`
    };
  }
};

const noEgress: Step = {
  name: 'no-egress',
  run: () => {
    const files = readTree(ROOT, PACKAGE_DIR, (p) => !BINARY.test(p));
    return {
      findings: checkNoEgress(files),
      note: `${files.length} files scanned`
    };
  }
};

const sourceConversion: Step = {
  name: 'source conversion',
  run: () => convertSource(ROOT, WORK)
};

const unitTests: Step = {
  name: 'unit tests',
  run: () => {
    console.log('---- unit tests: Jest output follows ----');
    return { findings: runJest(ROOT) };
  }
};

export const STEPS: Step[] = [
  build,
  types,
  lint,
  format,
  lwcCompile,
  metadata,
  apex,
  apexCompile,
  noEgress,
  sourceConversion,
  unitTests
];

function main(): void {
  runGate(STEPS).then(
    (failed) => {
      process.exitCode = failed === 0 ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    }
  );
}

if (require.main === module) main();
