/**
 * The data layer in the preview page: one layer over the browser's IndexedDB, every Apex and
 * Lightning stand-in method registered with the preview's registry, the sample data seeded on the
 * first start (an empty database) and again by the header's "Reset data". Data stays in this
 * browser across reloads. Calls made while the first seeding runs wait for it.
 *
 * The page's entry (`dataLayer/index.ts`, which the preview's build imports when present) is then:
 *   installDataLayer(registry, {
 *     db: window, currentUser: () => ({ ...currentUser() }), language: () => lang === 'ja' ? 'ja' : 'en',
 *     labels, reviewStatusLabels,            // from labelFiles.dataLayerTextModule at build time
 *     samples: () => fetch each /samples/<file> as text
 *   })
 */
import { APEX_METHODS, createDataLayer, PLATFORM_METHODS } from './dataLayer';
import type { ApexImplementation, DataLayer, DataLayerOptions } from './dataLayer';
import { resetSampleData, seedSampleData } from './seeding';
import type { SampleFile } from './seeding';

/** The part of the preview's registry (scripts/preview/platform/apexRegistry.ts) used here. */
export interface PreviewRegistry {
  registerApexMethod(name: string, implementation: ApexImplementation): void;
  registerDataLayer(layer: { reset(): Promise<void> }): void;
}

export interface InstallOptions extends DataLayerOptions {
  /** The sample documents (data/samples) as text. */
  samples: () => Promise<readonly SampleFile[]>;
}

export interface InstalledDataLayer {
  layer: DataLayer;
  /** Settles when the first start's seeding (if any) is done. */
  ready: Promise<void>;
}

async function seedIfEmpty(layer: DataLayer, options: InstallOptions): Promise<void> {
  if ((await layer.vendors()).length > 0) return;
  await layer.clear();
  await seedSampleData(layer, await options.samples());
}

export function installDataLayer(
  registry: PreviewRegistry,
  options: InstallOptions
): InstalledDataLayer {
  const layer = createDataLayer(options);
  let ready = seedIfEmpty(layer, options);
  const afterReady =
    (implementation: ApexImplementation): ApexImplementation =>
    async (params) => {
      await ready;
      return implementation(params);
    };
  for (const name of Object.keys(APEX_METHODS) as (keyof typeof APEX_METHODS)[]) {
    registry.registerApexMethod(name, afterReady(layer.implementations[name]));
  }
  for (const name of Object.keys(PLATFORM_METHODS) as (keyof typeof PLATFORM_METHODS)[]) {
    registry.registerApexMethod(name, afterReady(layer.platform[name]));
  }
  registry.registerDataLayer({
    reset: async () => {
      ready = (async () => {
        await ready.catch(() => undefined);
        await resetSampleData(layer, await options.samples());
      })();
      await ready;
    }
  });
  return {
    layer,
    get ready() {
      return ready;
    }
  };
}
