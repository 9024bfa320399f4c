/**
 * The shared fixture of the browser tests. A spec file calls `usePreview()` once at its top:
 * before the first test, the preview servers over the built preview (`npm run test:e2e` builds it
 * first) start on free ports with one headless Chromium, shared by every spec file of the run
 * (runE2e.ts runs them in one process), and close after the last.
 *
 *   const preview = usePreview();
 *   test('…', async () => {
 *     const page = await preview.open('/lightning/page/home', { lang: 'ja', user: 'viewer' });
 *     …
 *     await preview.screenshot(page, 'home-ja');
 *     await preview.expectAccessible(page);
 *     await preview.close(page);   // fails the test on any console error or problem seen
 *   });
 *
 * Every page is watched from the start: a console error, an uncaught exception, a failed
 * request, and the LWC engine's dev-mode warning "Unknown public property" (a template setting
 * an attribute a base component does not have) fail the test at `close`. Pages open on the
 * production build; `{ build: 'development' }` opens the development build, where the engine's
 * warnings are on.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT, outputDir } from '../build/previewBuild';
import type { PreviewMode } from '../build/previewBuild';
import { serverUrl, startPreviewServer } from '../server/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, '.e2e', 'screenshots');

/** Console warnings that are defects (the engine says them in development builds only). */
const DEFECT_WARNINGS = [/Unknown public property/];

export interface OpenOptions {
  build?: PreviewMode;
  /** Default English: the browser remembers a switch, so each page says what it wants. */
  lang?: 'en_US' | 'ja';
  /** Default admin. */
  user?: 'admin' | 'reviewer' | 'viewer';
  /** Waits for this selector (default: the shell's page area) before returning. */
  ready?: string;
}

interface Watched {
  problems: string[];
}

export interface Preview {
  /** `http://localhost:<port>` of a build. */
  url(build?: PreviewMode): string;
  open(address: string, options?: OpenOptions): Promise<Page>;
  /** What went wrong on the page so far (console errors, failed requests, …). */
  problems(page: Page): string[];
  /** Saves `.e2e/screenshots/<name>.png` (the whole page) and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /**
   * Saves `.e2e/screenshots/<name>-top.png`: what the window shows now (no scrolling), the
   * first screen of a long page as a reviewer first sees it. Returns its path.
   */
  firstScreen(page: Page, name: string): Promise<string>;
  /** axe over the page; throws listing every serious or critical violation. */
  expectAccessible(page: Page, options?: { exclude?: string[] }): Promise<void>;
  /** Closes the page; throws when anything went wrong on it. */
  close(page: Page): Promise<void>;
}

/** One browser and one server per build for the whole run (every spec file shares them). */
const servers = new Map<PreviewMode, Server>();
const watched = new WeakMap<Page, Watched>();
let context: BrowserContext | undefined;
let profile: string | undefined;
let hooked = false;

async function start(): Promise<void> {
  for (const mode of ['production', 'development'] as PreviewMode[]) {
    servers.set(
      mode,
      await startPreviewServer({ root: REPO_ROOT, appDir: outputDir(mode), port: 0 })
    );
  }
  profile = mkdtempSync(path.join(tmpdir(), 'vc-preview-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US'
  });
}

async function stop(): Promise<void> {
  await context?.close();
  for (const server of servers.values()) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers.clear();
  if (profile) rmSync(profile, { recursive: true, force: true });
}

export function usePreview(): Preview {
  if (!hooked) {
    hooked = true;
    before(start);
    after(stop);
  }

  const url = (build: PreviewMode = 'production'): string => {
    const server = servers.get(build);
    if (!server) throw new Error('usePreview(): the preview server is not started yet');
    return serverUrl(server);
  };

  return {
    url,

    async open(address, options = {}) {
      if (!context) throw new Error('usePreview(): the browser is not started yet');
      const page = await context.newPage();
      const seen: Watched = { problems: [] };
      watched.set(page, seen);
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error') seen.problems.push(`console error: ${text}`);
        else if (DEFECT_WARNINGS.some((pattern) => pattern.test(text))) {
          seen.problems.push(`console ${message.type()}: ${text}`);
        }
      });
      page.on('pageerror', (error) => seen.problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) =>
        seen.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
      );
      page.on('response', (response) => {
        if (response.status() >= 400) {
          seen.problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      const target = new URL(address, url(options.build));
      target.searchParams.set('lang', options.lang ?? 'en_US');
      target.searchParams.set('user', options.user ?? 'admin');
      await page.goto(target.toString());
      await page.waitForSelector(options.ready ?? 'preview-app main[data-page]');
      return page;
    },

    problems(page) {
      return [...(watched.get(page)?.problems ?? [])];
    },

    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      return file;
    },

    async firstScreen(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}-top.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      return file;
    },

    async expectAccessible(page, options = {}) {
      let builder = new AxeBuilder({ page });
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      const results = await builder.analyze();
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical'
      );
      if (serious.length > 0) {
        const lines = serious.map(
          (violation) =>
            `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
              .slice(0, 3)
              .map((node) => node.target.join(' '))
              .join('; ')}`
        );
        throw new Error(
          `axe found ${serious.length} serious or critical violations:\n${lines.join('\n')}`
        );
      }
    },

    async close(page) {
      const problems = this.problems(page);
      await page.close();
      if (problems.length > 0) {
        throw new Error(`problems on the page:\n${problems.join('\n')}`);
      }
    }
  };
}
