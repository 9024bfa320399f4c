/**
 * A Chromium over the local preview's production build for the benchmarks: the build brought up
 * to date first (Rollup's cache makes that quick when nothing changed), the static server on a
 * free port, a fresh browser profile (so the data layer seeds the samples into an empty
 * IndexedDB, as on a first `npm start`), pages opened as the admin in English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { buildStaticResources } from '../../build/staticResources';
import { REPO_ROOT, buildPreview, outputDir } from '../../preview/build/previewBuild';
import { CHROMIUM_ARGS, chromiumAvailable, chromiumPath } from '../../preview/e2e/browser';
import { serverUrl, startPreviewServer } from '../../preview/server/staticServer';

export interface BenchBrowser {
  /** A new tab on `address` of the preview, once the shell has rendered its page. */
  open(address: string): Promise<Page>;
  close(): Promise<void>;
}

/** The browser, or why there is none (Chromium missing). */
export async function openBenchBrowser(): Promise<BenchBrowser | string> {
  if (!chromiumAvailable()) {
    return `no Chromium at ${chromiumPath()} (apt-get install chromium, or set CHROMIUM_PATH)`;
  }
  buildStaticResources();
  const built = await buildPreview(['production']);
  console.log(`  (preview production build brought up to date in ${(built / 1000).toFixed(0)} s)`);
  const server = await startPreviewServer({
    root: REPO_ROOT,
    appDir: outputDir('production'),
    port: 0
  });
  const profile = mkdtempSync(path.join(tmpdir(), 'vc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 }
  });
  return {
    async open(address) {
      const page = await context.newPage();
      const target = new URL(address, serverUrl(server));
      target.searchParams.set('lang', 'en_US');
      target.searchParams.set('user', 'admin');
      await page.goto(target.toString());
      await page.waitForSelector('preview-app main[data-page]');
      return page;
    },
    async close() {
      await context.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    }
  };
}
