/**
 * The Rollup plugin that gives the preview the platform's own modules, generated at build time
 * from the package's metadata, so the package's components import them unchanged:
 *
 * - `@salesforce/label/c.X` → the label's English and Japanese text (the language chosen for
 *   the page load picks one); an unknown label fails the build.
 * - `@salesforce/schema/Obj.Field` → `{ objectApiName, fieldApiName }`, checked against
 *   `objects/` like the gate does; an unknown object or field fails the build.
 * - `@salesforce/apex/Class.method` → a function over the preview's registry, with `.adapter`
 *   for `@wire` (`../platform/apexWire.ts`); `@salesforce/apex` → `refreshApex`.
 * - `@salesforce/user/Id`, `@salesforce/i18n/lang|locale|…`, `@salesforce/resourceUrl/X`
 *   (checked against `staticresources/`), `@salesforce/client/formFactor`.
 * - `virtual:preview/routes` and `virtual:preview/dataLayer` for the preview's entry, and
 *   `virtual:preview/labels` (every label's `{ en, ja }`) for the data layer's refusals.
 *
 * Only the project's own imports are claimed (and `c.*` labels from anywhere): the base
 * components import their own `@salesforce/label/Lightning*`, `@salesforce/i18n/dateTime.*`
 * and friends, which their package resolves.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'rollup';
import { buildMetadataIndex, findObject, resolveFieldPath } from '../../gate/metadataIndex';
import type { MetadataIndex } from '../../gate/metadataIndex';
import { readTree } from '../../gate/repoFiles';
import { listBundles } from './bundles';
import { JAPANESE_FILE, LABELS_FILE, readLabels } from './labels';
import type { LabelText } from './labels';
import { dataLayerTextModule as labelTextModule } from '../dataLayer/labelFiles';
import { ROUTES, availableRoutes } from './routes';

const VIRTUAL = '\0vc-platform:';
const VIRTUAL_MODULES = new Set([
  'virtual:preview/routes',
  'virtual:preview/dataLayer',
  'virtual:preview/labels',
  'virtual:preview/dataLayerText'
]);
const PLATFORM = path.resolve(__dirname, '..', 'platform');
/** The module that installs the data layer into the registry (for its side effects). */
const DATA_LAYER_ENTRY = 'dataLayer/index.ts';
const EXACT = { caseSensitive: true } as const;

export interface PlatformModulesOptions {
  /** The repository root (labels, objects and static resources are read under it). */
  root: string;
}

const platformFile = (name: string): string => JSON.stringify(path.join(PLATFORM, name));

function inNodeModules(importer: string | undefined): boolean {
  return importer !== undefined && importer.split(/[\\/]/).includes('node_modules');
}

/** The modules of `@salesforce/*` the preview provides for the project's own code. */
function claims(id: string): boolean {
  return (
    id.startsWith('@salesforce/schema/') ||
    id.startsWith('@salesforce/apex/') ||
    id === '@salesforce/apex' ||
    id.startsWith('@salesforce/user/') ||
    id.startsWith('@salesforce/i18n/') ||
    id.startsWith('@salesforce/resourceUrl/') ||
    id.startsWith('@salesforce/client/') ||
    id.startsWith('@salesforce/label/')
  );
}

function labelModule(text: LabelText): string {
  return [
    `import { currentLanguage } from ${platformFile('session.ts')};`,
    `export default currentLanguage() === 'ja' ? ${JSON.stringify(text.ja)} : ${JSON.stringify(text.en)};`
  ].join('\n');
}

function routesModule(root: string, labels: Map<string, LabelText>): string {
  const lwcRoot = path.join(root, 'force-app', 'main', 'default', 'lwc');
  const routes = availableRoutes(ROUTES, new Set(listBundles(lwcRoot)));
  const lines = [`import { previewText } from ${platformFile('session.ts')};`];
  const entries = routes.map((route, index) => {
    lines.push(`import Component${index} from ${JSON.stringify(route.module)};`);
    let navLabel = 'undefined';
    if (route.nav && 'label' in route.nav) {
      if (!labels.has(route.nav.label)) {
        throw new Error(`routes.ts: route ${route.name} names unknown label ${route.nav.label}`);
      }
      lines.push(`import navLabel${index} from '@salesforce/label/c.${route.nav.label}';`);
      navLabel = `navLabel${index}`;
    } else if (route.nav) {
      navLabel = `previewText(${JSON.stringify(route.nav.text)})`;
    }
    return `{ name: ${JSON.stringify(route.name)}, module: ${JSON.stringify(route.module)}, match: ${JSON.stringify(route.match)}, props: ${JSON.stringify(route.props ?? [])}, navLabel: ${navLabel}, navTarget: ${JSON.stringify(route.navTarget ?? null)}, component: Component${index} }`;
  });
  lines.push(`export default Object.freeze([\n  ${entries.join(',\n  ')}\n]);`);
  return lines.join('\n');
}

/**
 * What the data layer reads at build time: the labels and review-status labels its refusals are
 * written with (dataLayer/labelFiles.ts) and the sample documents of `data/samples` it seeds.
 */
function dataLayerTextModule(root: string): string {
  const dir = path.join(root, 'data', 'samples');
  const samples = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.(txt|csv|tsv|md)$/i.test(name) && name !== 'README.md')
        .sort()
        .map((fileName) => ({ fileName, text: readFileSync(path.join(dir, fileName), 'utf8') }))
    : [];
  return `${labelTextModule(root)}\nexport const samples = Object.freeze(${JSON.stringify(samples)});`;
}

function dataLayerModule(root: string): string {
  const entry = path.join(root, 'scripts', 'preview', DATA_LAYER_ENTRY);
  return existsSync(entry) ? `import ${JSON.stringify(entry)};` : 'export {};';
}

export function platformModules(options: PlatformModulesOptions): Plugin {
  const { root } = options;
  let labels = new Map<string, LabelText>();
  let index: MetadataIndex | undefined;
  const staticResources = path.join(root, 'force-app', 'main', 'default', 'staticresources');

  const schemaModule = (reference: string): string => {
    index ??= buildMetadataIndex(
      readTree(root, 'force-app/main/default/objects', (p) => p.endsWith('-meta.xml'))
    );
    const dot = reference.indexOf('.');
    const resolved =
      dot < 0
        ? findObject(index, reference, EXACT)
        : resolveFieldPath(index, reference.slice(0, dot), reference.slice(dot + 1), EXACT);
    if (!resolved.ok) throw new Error(`@salesforce/schema/${reference}: ${resolved.message}`);
    const value =
      dot < 0
        ? { objectApiName: reference }
        : { objectApiName: reference.slice(0, dot), fieldApiName: reference.slice(dot + 1) };
    return `export default Object.freeze(${JSON.stringify(value)});`;
  };

  const load = (id: string): string => {
    if (id === 'virtual:preview/routes') return routesModule(root, labels);
    if (id === 'virtual:preview/dataLayer') return dataLayerModule(root);
    if (id === 'virtual:preview/dataLayerText') return dataLayerTextModule(root);
    if (id === 'virtual:preview/labels') {
      // Every label with both texts, for the data layer's refusals (Apex's System.Label).
      return `export default Object.freeze(${JSON.stringify(Object.fromEntries(labels))});`;
    }
    if (id.startsWith('@salesforce/label/c.')) {
      const name = id.slice('@salesforce/label/c.'.length);
      const text = labels.get(name);
      if (!text) throw new Error(`${id}: no custom label ${name} in ${LABELS_FILE}`);
      return labelModule(text);
    }
    if (id.startsWith('@salesforce/schema/')) {
      return schemaModule(id.slice('@salesforce/schema/'.length));
    }
    if (id === '@salesforce/apex') {
      return `export { refreshApex, getSObjectValue } from ${platformFile('apexWire.ts')};`;
    }
    if (id.startsWith('@salesforce/apex/')) {
      const method = id.slice('@salesforce/apex/'.length);
      if (!/^[A-Za-z_]\w*\.[A-Za-z_]\w*$/.test(method)) {
        throw new Error(`${id}: expected @salesforce/apex/Class.method`);
      }
      return [
        `import { apexMethod } from ${platformFile('apexWire.ts')};`,
        `export default apexMethod(${JSON.stringify(method)});`
      ].join('\n');
    }
    if (id === '@salesforce/user/Id') {
      return `import { currentUser } from ${platformFile('session.ts')};\nexport default currentUser().id;`;
    }
    if (id === '@salesforce/user/isGuest') return 'export default false;';
    if (id.startsWith('@salesforce/i18n/')) {
      const name = id.slice('@salesforce/i18n/'.length);
      return `import { i18nValue } from ${platformFile('session.ts')};\nexport default i18nValue(${JSON.stringify(name)});`;
    }
    if (id.startsWith('@salesforce/resourceUrl/')) {
      const name = id.slice('@salesforce/resourceUrl/'.length);
      if (!existsSync(path.join(staticResources, `${name}.resource-meta.xml`))) {
        throw new Error(
          `${id}: no static resource ${name} in force-app/main/default/staticresources`
        );
      }
      return `export default ${JSON.stringify(`/resource/${name}`)};`;
    }
    if (id === '@salesforce/client/formFactor') return "export default 'Large';";
    throw new Error(`${id} is not provided by the local preview`);
  };

  return {
    name: 'vendor-checksheets-platform-modules',
    buildStart() {
      labels = readLabels(root);
      index = undefined;
      // Labels, translations and new bundles (routes) are read here, not imported: watch them.
      for (const file of [LABELS_FILE, JAPANESE_FILE, 'force-app/main/default/lwc']) {
        this.addWatchFile(path.join(root, file));
      }
    },
    resolveId(id, importer) {
      if (VIRTUAL_MODULES.has(id)) return VIRTUAL + id;
      if (id.startsWith('@salesforce/label/c.')) {
        const name = id.slice('@salesforce/label/c.'.length);
        if (!labels.has(name)) {
          this.error(`${importer ?? '(entry)'}: ${id}: no custom label ${name} in ${LABELS_FILE}`);
        }
        return VIRTUAL + id;
      }
      if (claims(id) && !inNodeModules(importer) && !id.startsWith('@salesforce/label/')) {
        return VIRTUAL + id;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      try {
        return load(name);
      } catch (error) {
        this.error((error as Error).message);
      }
    }
  };
}
