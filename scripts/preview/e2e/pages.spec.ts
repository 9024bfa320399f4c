/**
 * Every page the preview has (the package's pages whose component exists, and the preview's own):
 * on the development build no engine warning ("Unknown public property") and no console error;
 * on the production build accessible (axe: no serious or critical violation), screenshotted.
 * A record page is opened for a record that does not exist: what a page shows without data is
 * the subject of each flow's own spec.
 */
import path from 'node:path';
import { test } from 'node:test';
import { listBundles } from '../build/bundles';
import { REPO_ROOT } from '../build/previewBuild';
import { ROUTES, availableRoutes } from '../build/routes';
import type { RouteDefinition } from '../build/routes';
import { pageReferenceToUrl } from '../platform/pageReference';
import { usePreview } from './fixture';

const preview = usePreview();

/** Record Ids no data set has, with each object's key prefix. */
const MISSING_RECORDS: Record<string, string> = {
  Checksheet__c: 'a00000000000000AAA',
  Account: '001000000000000AAA'
};

function addressOf(route: RouteDefinition): string {
  const attributes: Record<string, string> = { ...(route.match.attributes ?? {}) };
  if (route.match.type === 'standard__recordPage') {
    attributes.recordId = MISSING_RECORDS[attributes.objectApiName];
  }
  return pageReferenceToUrl({ type: route.match.type, attributes });
}

const routes = availableRoutes(
  ROUTES,
  new Set(listBundles(path.join(REPO_ROOT, 'force-app', 'main', 'default', 'lwc')))
);

for (const route of routes) {
  test(`page ${route.name} (${route.module}): no warning in development, accessible`, async () => {
    const address = addressOf(route);
    const development = await preview.open(address, { build: 'development' });
    await development.waitForLoadState('networkidle');
    await preview.close(development);

    const page = await preview.open(address);
    await page.waitForSelector(`main[data-page="${route.name}"]`);
    await page.waitForLoadState('networkidle');
    await preview.screenshot(page, `page-${route.name}`);
    // The datatable's role-based grid is the one known base-component finding (TOOLCHAIN.md).
    await preview.expectAccessible(page, { exclude: ['lightning-datatable'] });
    await preview.close(page);
  });
}
