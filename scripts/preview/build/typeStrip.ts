/**
 * The Rollup plugin that turns the `.ts` modules into JavaScript before `@lwc/rollup-plugin`
 * compiles them: types are erased by the same function `npm run build` uses
 * (`ts-blank-space`, decorators and line/column positions kept), so the preview runs exactly
 * the JavaScript the platform would store.
 */
import path from 'node:path';
import type { Plugin } from 'rollup';
import { emitJavaScript } from '../../build/build';

export function typeStrip(root: string): Plugin {
  return {
    name: 'vendor-checksheets-type-strip',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.ts') || file.endsWith('.d.ts') || file.startsWith('\0')) return null;
      this.addWatchFile(file);
      try {
        return { code: emitJavaScript(code, path.relative(root, file)), map: null };
      } catch (error) {
        this.error((error as Error).message);
      }
    }
  };
}
