/**
 * The preview's build: Rollup with the package's components compiled by `@lwc/rollup-plugin`
 * (LWC OSS), `lightning-base-components` from npm and the preview's stand-ins for what that
 * package lacks. Plugin order matters (see shared TOOLCHAIN.md): platform modules, type
 * stripping, LWC; then, per output, replace (and esbuild's minifier for production).
 *
 * `development` is what `npm start` watches (the engine's dev-mode warnings on, e.g. "Unknown
 * public property"); `production` is what the browser tests and benchmarks measure.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { transform } from 'esbuild';
import { rollup, watch } from 'rollup';
import type {
  OutputOptions,
  OutputPlugin,
  RollupCache,
  RollupLog,
  RollupOptions,
  RollupWatcher
} from 'rollup';
import { buildStaticResources } from '../../build/staticResources';
import { bundleAliases } from './bundles';
import { PAGE_CSS, indexHtml } from './html';
import { platformModules } from './platformModules';
import { typeStrip } from './typeStrip';

export type PreviewMode = 'development' | 'production';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const PREVIEW_DIR = path.join(REPO_ROOT, 'scripts', 'preview');
const MODULES_DIR = path.join(PREVIEW_DIR, 'modules');
const LWC_ROOT = path.join(REPO_ROOT, 'force-app', 'main', 'default', 'lwc');

/** Where a build goes: `dist/preview/development` or `dist/preview/production`. */
export function outputDir(mode: PreviewMode): string {
  return path.join(REPO_ROOT, 'dist', 'preview', mode);
}

/** Warnings the base components' own templates give on every build (not ours to fix). */
const BASE_COMPONENT_NOISE = new Set(['LWC1149', 'LWC1057', 'LWC1145', 'LWC1137']);

function onLog(level: string, log: RollupLog, warn: (log: RollupLog) => void): void {
  if (level !== 'warn') return;
  const fromBaseComponents = (log.id ?? log.loc?.file ?? '').includes('node_modules');
  if (log.pluginCode && BASE_COMPONENT_NOISE.has(String(log.pluginCode)) && fromBaseComponents) {
    return;
  }
  // The base components' code contains `this` at top level and circular imports.
  if (
    (log.code === 'CIRCULAR_DEPENDENCY' || log.code === 'THIS_IS_UNDEFINED') &&
    fromBaseComponents
  ) {
    return;
  }
  if (log.code === 'CIRCULAR_DEPENDENCY') return;
  warn(log);
}

/**
 * The input side, shared by both modes: every module is transformed once. What differs between
 * the modes happens when a chunk is rendered (`outputFor`), so one build writes both.
 */
export function previewInput(): RollupOptions {
  return {
    input: path.join(PREVIEW_DIR, 'entry.ts'),
    onLog: (level, log, handler) => onLog(level, log, (entry) => handler('warn', entry)),
    plugins: [
      platformModules({ root: REPO_ROOT }),
      typeStrip(REPO_ROOT),
      lwc({
        rootDir: MODULES_DIR,
        modules: [
          // The preview's stand-ins (`lightning/navigation`, `lightning/fileUpload`, …) and its
          // own modules (`preview/*`), before the base components.
          { dir: MODULES_DIR },
          ...bundleAliases(LWC_ROOT),
          { npm: 'lightning-base-components' }
        ],
        enableDynamicComponents: true,
        enableSyntheticElementInternals: true,
        exclude: ['**/node_modules/@lwc/**']
      })
    ]
  };
}

/**
 * The output of one mode: the engine's mode replaced in the rendered chunks, minified for
 * production (which also drops the engine's development-only branches). Source maps only where
 * someone reads them (`npm start`).
 */
export function outputFor(mode: PreviewMode, options: { sourcemap?: boolean } = {}): OutputOptions {
  return {
    dir: outputDir(mode),
    format: 'es',
    entryFileNames: 'main.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: options.sourcemap ?? false,
    plugins: [modeReplacement(mode), ...(mode === 'production' ? [minify()] : [])]
  };
}

/**
 * esbuild's minifier over each rendered chunk: the same size as terser's output here (2.6 MB)
 * in under a second, where terser took over a minute on this 2-core machine.
 */
function minify(): OutputPlugin {
  return {
    name: 'vendor-checksheets-minify',
    async renderChunk(code) {
      const result = await transform(code, { minify: true, format: 'esm', target: 'es2022' });
      return { code: result.code, map: null };
    }
  };
}

/** `@rollup/plugin-replace` as an output plugin: only its `renderChunk` hook applies there. */
function modeReplacement(mode: PreviewMode): OutputPlugin {
  const plugin = replace({
    preventAssignment: true,
    values: {
      'process.env.NODE_ENV': JSON.stringify(mode),
      'import.meta.env.SSR': 'false'
    }
  });
  return { name: 'vendor-checksheets-mode', renderChunk: plugin.renderChunk };
}

/** The page and its stylesheet beside the bundle. */
function writePage(mode: PreviewMode): void {
  const dir = outputDir(mode);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), indexHtml());
  writeFileSync(path.join(dir, 'preview.css'), PAGE_CSS);
}

/**
 * Rollup's module cache, kept between builds: a module whose loaded code did not change is not
 * transformed again (the base components never change; a changed label, bundle or source is
 * compiled afresh because its loaded code differs). Delete `dist/preview` to build from nothing.
 */
const CACHE_FILE = path.join(REPO_ROOT, 'dist', 'preview', 'rollup-cache.json');

function readCache(): RollupCache | undefined {
  try {
    return JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as RollupCache;
  } catch {
    return undefined;
  }
}

/** One build writing each mode's output; resolves with its duration in milliseconds. */
export async function buildPreview(
  modes: PreviewMode[],
  options: { cache?: boolean } = {}
): Promise<number> {
  const started = Date.now();
  const useCache = options.cache !== false;
  const bundle = await rollup({ ...previewInput(), cache: useCache ? readCache() : false });
  try {
    if (useCache && bundle.cache) {
      mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
      writeFileSync(CACHE_FILE, JSON.stringify(bundle.cache));
    }
    for (const mode of modes) {
      rmSync(outputDir(mode), { recursive: true, force: true });
      await bundle.write(outputFor(mode));
      writePage(mode);
    }
  } finally {
    await bundle.close();
  }
  return Date.now() - started;
}

/** `rollup -w` for `npm start`: rebuilds on every saved change; `onEvent` after each build. */
export function watchPreview(
  mode: PreviewMode,
  onEvent: (event: { kind: 'built'; ms: number } | { kind: 'failed'; message: string }) => void
): RollupWatcher {
  rmSync(outputDir(mode), { recursive: true, force: true });
  writePage(mode);
  const watcher = watch({
    ...previewInput(),
    output: outputFor(mode, { sourcemap: true }),
    watch: { clearScreen: false, exclude: ['node_modules/**'] }
  });
  watcher.on('event', (event) => {
    if (event.code === 'BUNDLE_END') {
      void event.result.close();
      onEvent({ kind: 'built', ms: event.duration });
    } else if (event.code === 'ERROR') {
      void event.result?.close();
      onEvent({ kind: 'failed', message: event.error.message });
    }
  });
  return watcher;
}

async function main(): Promise<void> {
  const modes: PreviewMode[] = process.argv.includes('--dev')
    ? ['development']
    : process.argv.includes('--both')
      ? ['production', 'development']
      : ['production'];
  buildStaticResources();
  const ms = await buildPreview(modes, { cache: !process.argv.includes('--clean') });
  console.log(
    `preview: ${modes.join(' + ')} build in ${(ms / 1000).toFixed(1)} s → ${modes.map((mode) => path.relative(REPO_ROOT, outputDir(mode))).join(', ')}`
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  });
}
