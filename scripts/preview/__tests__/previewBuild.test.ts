/**
 * @jest-environment node
 *
 * The build-time side of the preview: labels read from the package, the pages that exist, the
 * platform modules a component gets and the build failures a wrong import gives, the server's
 * file mapping.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin, PluginContext } from 'rollup';
import { listBundles } from '../build/bundles';
import { readLabels } from '../build/labels';
import { platformModules } from '../build/platformModules';
import { ROUTES, availableRoutes } from '../build/routes';
import { previewMounts, resolveFile } from '../server/staticServer';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Runs the plugin's hooks as Rollup would, with `this.error` throwing. */
function plugin(): { resolve(id: string, importer?: string): unknown; load(id: string): unknown } {
  const instance = platformModules({ root: ROOT }) as Plugin & Record<string, unknown>;
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
    addWatchFile: () => undefined
  } as unknown as PluginContext;
  (instance.buildStart as (this: PluginContext) => void).call(context);
  const resolveId = instance.resolveId as (
    this: PluginContext,
    id: string,
    importer?: string
  ) => unknown;
  const load = instance.load as (this: PluginContext, id: string) => unknown;
  return {
    resolve: (id, importer = path.join(ROOT, 'force-app/main/default/lwc/x/x.ts')) =>
      resolveId.call(context, id, importer),
    load: (id) => load.call(context, id)
  };
}

describe('labels', () => {
  it('reads English from the labels file and Japanese from the translation', () => {
    const labels = readLabels(ROOT);
    expect(labels.get('App_Title')).toEqual({
      en: 'Vendor Checksheets',
      ja: 'ベンダーチェックシート'
    });
    expect(labels.get('Items_Count')).toEqual({ en: '{0} items', ja: '{0} 件' });
  });
});

describe('platform modules', () => {
  it('makes a label module that picks the page load’s language', () => {
    const modules = plugin();
    const id = modules.resolve('@salesforce/label/c.App_Title') as string;
    const code = modules.load(id) as string;
    expect(code).toContain(
      `currentLanguage() === 'ja' ? "ベンダーチェックシート" : "Vendor Checksheets"`
    );
  });

  it('fails the build on an unknown label, naming the importer', () => {
    expect(() => plugin().resolve('@salesforce/label/c.No_Such_Label', '/src/x/x.ts')).toThrow(
      /\/src\/x\/x\.ts: @salesforce\/label\/c\.No_Such_Label: no custom label No_Such_Label/
    );
  });

  it('gives schema imports their real names and fails on an unknown field', () => {
    const modules = plugin();
    const field = modules.load(
      modules.resolve('@salesforce/schema/Checksheet__c.Vendor__c') as string
    );
    expect(field).toBe(
      'export default Object.freeze({"objectApiName":"Checksheet__c","fieldApiName":"Vendor__c"});'
    );
    const object = modules.load(modules.resolve('@salesforce/schema/Checksheet_Item__c') as string);
    expect(object).toBe('export default Object.freeze({"objectApiName":"Checksheet_Item__c"});');
    expect(() =>
      modules.load(modules.resolve('@salesforce/schema/Checksheet__c.No_Such_Field__c') as string)
    ).toThrow(/No_Such_Field__c/);
  });

  it('maps Apex imports to the registry and refuses a malformed one', () => {
    const modules = plugin();
    const code = modules.load(
      modules.resolve('@salesforce/apex/ChecksheetReadController.getChecksheet') as string
    );
    expect(code).toContain('export default apexMethod("ChecksheetReadController.getChecksheet");');
    expect(() => modules.load(modules.resolve('@salesforce/apex/NoDot') as string)).toThrow(
      /expected @salesforce\/apex\/Class\.method/
    );
  });

  it('checks static resources and leaves the base components’ own imports alone', () => {
    const modules = plugin();
    expect(modules.load(modules.resolve('@salesforce/resourceUrl/sheetjs') as string)).toBe(
      'export default "/resource/sheetjs";'
    );
    expect(() =>
      modules.load(modules.resolve('@salesforce/resourceUrl/nothing') as string)
    ).toThrow(/no static resource nothing/);
    const base = path.join(ROOT, 'node_modules/lightning-base-components/src/lightning/x/x.js');
    expect(modules.resolve('@salesforce/i18n/dateTime.shortDateFormat', base)).toBeNull();
    expect(modules.resolve('@salesforce/label/LightningToast.close', base)).toBeNull();
  });
});

describe('pages', () => {
  it('shows a package page only once its component exists', () => {
    const routes = availableRoutes(ROUTES, new Set(['checksheetImportWizard']));
    expect(routes.map((route) => [route.name, route.module])).toEqual([
      ['import', 'c/checksheetImportWizard'],
      ['engine', 'preview/engineCheck'],
      ['platform', 'preview/platformCheck']
    ]);
  });

  it('finds the package bundles by their .ts', () => {
    expect(listBundles(path.join(ROOT, 'force-app/main/default/lwc'))).toContain(
      'checksheetParser'
    );
  });
});

describe('the preview server', () => {
  // A built preview of its own: the test does not depend on an earlier build.
  const app = mkdtempSync(path.join(tmpdir(), 'vc-preview-app-'));
  writeFileSync(path.join(app, 'index.html'), '<!doctype html>');
  const mounts = previewMounts(ROOT, app);
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it('serves SLDS, samples and static resources from their folders', () => {
    expect(
      resolveFile(ROOT, mounts, '/slds/styles/salesforce-lightning-design-system.min.css')
    ).toBe(
      path.join(
        ROOT,
        'node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css'
      )
    );
    expect(resolveFile(ROOT, mounts, '/samples/globex-meti.txt')).toBe(
      path.join(ROOT, 'data/samples/globex-meti.txt')
    );
    expect(resolveFile(ROOT, mounts, '/resource/sheetjs')).toBe(
      path.join(ROOT, 'force-app/main/default/staticresources/sheetjs.js')
    );
  });

  it('never serves a file outside its folders', () => {
    expect(resolveFile(ROOT, mounts, '/samples/../../package.json')).toBeUndefined();
    expect(resolveFile(ROOT, mounts, '/samples/%2e%2e/%2e%2e/package.json')).toBeUndefined();
    expect(resolveFile(ROOT, mounts, '/resource/..%2F..%2Fpackage.json')).toBeUndefined();
    // A page address that names no file is the app, never a file elsewhere.
    expect(resolveFile(ROOT, mounts, '/resource/..%2Fpackage')).toBe(path.join(app, 'index.html'));
  });
});
