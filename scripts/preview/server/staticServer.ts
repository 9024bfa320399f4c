/**
 * The preview's web server: a few lines of `node:http` that serve files, bound to 127.0.0.1
 * only. Mounts (longest prefix first):
 *   /slds/…      the SLDS assets (CSS, fonts, icons) from node_modules/@salesforce-ux/design-system
 *   /resource/X  the static resource X from force-app/main/default/staticresources (as the org serves it)
 *   /samples/…   the sample documents of data/samples
 *   /…           the built preview (dist/preview/<mode>); an address without a file extension is
 *                the app itself (index.html), so every page address can be reloaded.
 * Nothing is fetched from anywhere else.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

export interface Mount {
  /** URL prefix, ending in `/` (or exactly `/`). */
  prefix: string;
  dir: string;
}

export interface PreviewServerOptions {
  root: string;
  /** The built preview's folder. */
  appDir: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
}

export function previewMounts(root: string, appDir: string): Mount[] {
  return [
    {
      prefix: '/slds/',
      dir: path.join(root, 'node_modules', '@salesforce-ux', 'design-system', 'assets')
    },
    { prefix: '/samples/', dir: path.join(root, 'data', 'samples') },
    { prefix: '/', dir: appDir }
  ];
}

/** A static resource's body file: `sheetjs` → `staticresources/sheetjs.js` (any extension). */
function staticResourceFile(root: string, name: string): string | undefined {
  const dir = path.join(root, 'force-app', 'main', 'default', 'staticresources');
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || !existsSync(dir)) return undefined;
  const body = readdirSync(dir).find(
    (file) => file.startsWith(`${name}.`) && !file.endsWith('-meta.xml')
  );
  return body ? path.join(dir, body) : undefined;
}

/** The file an address names, or undefined; never anything outside the mount's folder. */
export function resolveFile(root: string, mounts: Mount[], pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const resource = /^\/resource\/(?:\d+\/)?([^/]+)$/.exec(decoded);
  if (resource) return staticResourceFile(root, resource[1]);
  const mount = mounts.find((entry) => decoded.startsWith(entry.prefix));
  if (!mount) return undefined;
  const relative = decoded.slice(mount.prefix.length);
  const file = path.resolve(mount.dir, relative);
  if (file !== mount.dir && !file.startsWith(mount.dir + path.sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  // A page address (no extension) is the app.
  if (mount.prefix === '/' && path.extname(decoded) === '') {
    const index = path.join(mount.dir, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return undefined;
}

export function startPreviewServer(options: PreviewServerOptions): Promise<Server> {
  const mounts = previewMounts(options.root, options.appDir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(options.root, mounts, url.pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff'
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}

export function serverUrl(server: Server): string {
  const address = server.address() as AddressInfo;
  return `http://localhost:${address.port}`;
}
