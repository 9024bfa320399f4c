/**
 * Static resources built from node_modules at build time: third-party code is never committed.
 * Each entry names the package file and the static resource it becomes; the `.resource-meta.xml`
 * beside it is committed (it is ours).
 */
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
export const STATIC_RESOURCE_DIR = path.join(
  ROOT,
  'force-app',
  'main',
  'default',
  'staticresources'
);

export interface StaticResourceSource {
  /** API name of the static resource. */
  name: string;
  /** File inside node_modules that becomes the resource body. */
  from: string;
  /** Extension of the resource body file. */
  extension: string;
}

export const STATIC_RESOURCES: StaticResourceSource[] = [
  { name: 'sheetjs', from: '@e965/xlsx/dist/xlsx.full.min.js', extension: 'js' }
];

export function buildStaticResources(): string[] {
  const written: string[] = [];
  for (const resource of STATIC_RESOURCES) {
    const source = path.join(ROOT, 'node_modules', resource.from);
    if (!existsSync(source)) {
      throw new Error(`static resource ${resource.name}: ${resource.from} is missing; run npm ci`);
    }
    const target = path.join(STATIC_RESOURCE_DIR, `${resource.name}.${resource.extension}`);
    copyFileSync(source, target);
    written.push(target);
  }
  return written;
}
