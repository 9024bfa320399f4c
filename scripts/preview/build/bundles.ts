/**
 * The package's LWC bundles as `lwc({ modules })` alias records: one `{ name: 'c/x', path }`
 * per bundle. `force-app/main/default/lwc` has no `c/` folder level, so a directory record
 * cannot find `c/*`, and a directory record would prefer the emitted (possibly stale) `x.js`
 * to `x.ts`; an alias names the `.ts` itself.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface AliasRecord {
  name: string;
  path: string;
}

/** Bundle folder names that have a `<name>.ts` (or, for a template-only bundle, `<name>.html`). */
export function listBundles(lwcRoot: string): string[] {
  if (!existsSync(lwcRoot)) return [];
  return readdirSync(lwcRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter(
      (name) =>
        existsSync(path.join(lwcRoot, name, `${name}.ts`)) ||
        existsSync(path.join(lwcRoot, name, `${name}.html`))
    )
    .sort();
}

export function bundleAliases(lwcRoot: string): AliasRecord[] {
  return listBundles(lwcRoot).map((name) => {
    const ts = path.join(lwcRoot, name, `${name}.ts`);
    return {
      name: `c/${name}`,
      path: existsSync(ts) ? ts : path.join(lwcRoot, name, `${name}.html`)
    };
  });
}
