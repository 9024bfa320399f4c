/**
 * `npm test`: the offline quality gate. Runs every step in order, prints one line per step
 * (name, OK/FAIL, duration, findings) and its findings as `file:line: message`, and ends with
 * `N passed, N failed` (steps). Exits non-zero on any finding. No org, no network.
 *
 * Steps: build, types, lint, format, LWC compile, metadata, Apex, Apex compile, contract,
 * no-egress, source conversion, unit tests, browser tests. Every step runs even when an earlier one fails, so one run shows everything.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TypeStripError, buildComponents } from '../build/build';
import { buildStaticResources } from '../build/staticResources';
import { findJava, javaMissingMessage, runApexCompile } from './apexCompile';
import { checkApexContract } from './apexContract';
import { outlineApexClasses } from './apexOutline';
import { checkApexSources, isApexFile } from './apexRules';
import { runBrowserTests } from './browserTests';
import { checkApexReferences, checkSchemaConstants, checkSchemaImports } from './codeReferences';
import type { SchemaModule } from './codeReferences';
import type { SourceFile } from './findings';
import { finding } from './findings';
import {
  CONTRACT_CONTROLLERS,
  SCENARIOS_FILE,
  apexSide,
  checkContractScenarios,
  checkScenarioSide,
  previewSide,
  readScenarios
} from './contractScenarios';
import { checkFormatting, formattedFiles } from './format';
import { runGate } from './gateRunner';
import type { Step } from './gateRunner';
import { runEslint } from './lint';
import { checkLwcBundles } from './lwcCompile';
import { LIMITS_CLASS, checkLimitsAgreement } from './limitsAgreement';
import type { TsModules } from './limitsAgreement';
import { buildMetadataIndex } from './metadataIndex';
import { checkMetadataReferences } from './metadataReferences';
import { checkMetadataSchemas } from './metadataSchema';
import { checkNoEgress } from './noEgress';
import { checkPageReferences } from './pageReferences';
import { checkPicklistTranslations } from './picklistTranslations';
import { checkListButtons } from './listButtons';
import { LIMITS } from 'c/checksheetModel';
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
import { chromiumAvailable, chromiumPath } from '../preview/e2e/browser';
import { checkBundlePaths, runTsc } from './typecheck';
import { runJest } from './unitTests';
import { childText, childrenNamed, parseXml } from './xmlTree';

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
      (p) => p.endsWith('-meta.xml') || isApexFile(p) || p.endsWith('.page')
    );
    const index = buildMetadataIndex(packageFiles);
    const components = readTree(ROOT, LWC_DIR, (p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));
    const findings = [
      ...checkMetadataSchemas(schemaFiles),
      ...checkMetadataReferences(packageFiles, index),
      ...checkPageReferences(packageFiles),
      ...checkApexReferences(packageFiles, index),
      ...checkSchemaImports(components, index),
      ...checkPicklistTranslations(packageFiles),
      ...checkListButtons(packageFiles, LIMITS.maxComparedSheets)
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

async function loadScenarios(): Promise<ReturnType<typeof readScenarios> | undefined> {
  const full = path.join(ROOT, SCENARIOS_FILE);
  if (!existsSync(full)) return undefined;
  return readScenarios((await import(full)) as Record<string, unknown>, SCENARIOS_FILE);
}

function customLabelNames(files: SourceFile[]): Set<string> {
  const names = new Set<string>();
  for (const file of files.filter((f) => f.path.endsWith('.labels-meta.xml'))) {
    const parsed = parseXml(file.text);
    if (!parsed.ok) continue;
    for (const label of childrenNamed(parsed.root, 'labels')) {
      const name = childText(label, 'fullName');
      if (name) names.add(name);
    }
  }
  return names;
}

const contract: Step = {
  name: 'contract',
  run: async () => {
    const apexFiles = readTree(ROOT, PACKAGE_DIR, (p) => p.endsWith('.cls'));
    const classes = outlineApexClasses(apexFiles);
    const lwcFiles = readTree(ROOT, LWC_DIR, (p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));
    const findings = checkApexContract(lwcFiles, classes);

    const limits = classes.get(LIMITS_CLASS.toLowerCase());
    if (limits) {
      const modules: TsModules = {};
      for (const name of ['checksheetModel', 'checksheetSchema']) {
        const loaded = await loadLwcModule(name);
        if (loaded) modules[`c/${name}`] = { exports: loaded.module, file: loaded.source.path };
      }
      findings.push(...checkLimitsAgreement(limits, modules));
    }

    const scenarios = await loadScenarios();
    const controllers = CONTRACT_CONTROLLERS.filter((name) => classes.has(name.toLowerCase()));
    if (scenarios) {
      const labels = customLabelNames(
        readTree(ROOT, PACKAGE_DIR, (p) => p.endsWith('.labels-meta.xml'))
      );
      findings.push(
        ...scenarios.findings,
        ...checkContractScenarios({
          scenarios: scenarios.scenarios,
          file: SCENARIOS_FILE,
          classes,
          customLabels: labels
        }),
        ...checkScenarioSide(scenarios.scenarios, apexSide(classes), SCENARIOS_FILE)
      );
    } else if (controllers.length > 0) {
      findings.push(
        finding(
          SCENARIOS_FILE,
          undefined,
          `is missing: ${controllers.join(', ')} need contract scenarios`
        )
      );
    }
    return {
      findings,
      note: `${classes.size === 0 ? 'no Apex classes yet (imports not resolved)' : `${classes.size} Apex classes`}, ${scenarios?.scenarios.length ?? 0} scenarios, limits ${limits ? 'compared' : 'not yet in Apex'}`
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
  run: async () => {
    console.log('---- unit tests: Jest output follows ----');
    mkdirSync(WORK, { recursive: true });
    const resultsFile = path.join(WORK, 'jest-results.json');
    rmSync(resultsFile, { force: true });
    const findings = runJest(ROOT, resultsFile);
    // The preview data layer's side of the contract scenarios: its Jest tests, once it has them.
    const scenarios = await loadScenarios();
    if (scenarios && existsSync(resultsFile)) {
      const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Parameters<
        typeof previewSide
      >[0];
      findings.push(
        ...checkScenarioSide(scenarios.scenarios, previewSide(results), SCENARIOS_FILE)
      );
    }
    return { findings };
  }
};

const browserTests: Step = {
  name: 'browser tests',
  run: () => {
    if (!chromiumAvailable()) {
      return {
        findings: [],
        skipped: `no Chromium at ${chromiumPath()} — the local preview was not tested in a browser (apt-get install chromium fonts-ipafont-gothic; .ci/run does)`
      };
    }
    console.log('---- browser tests: output follows ----');
    return runBrowserTests(ROOT);
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
  contract,
  noEgress,
  sourceConversion,
  unitTests,
  browserTests
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
