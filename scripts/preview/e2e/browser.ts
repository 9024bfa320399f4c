/**
 * Where the browser tests find Chromium: Debian's `/usr/bin/chromium` (`.ci/run` installs it),
 * or `CHROMIUM_PATH`. Playwright's own browser downloads are never used (no internet here).
 */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath());
}

/** Launch flags that keep a headless Chromium quiet and offline (see shared TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
