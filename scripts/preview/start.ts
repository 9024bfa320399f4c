/**
 * `npm start`: builds the preview (development mode, so the engine's warnings show), rebuilds on
 * every saved change, and serves it on http://localhost:3000 (`PORT=… npm start` for another
 * port), bound to 127.0.0.1 only. Reload the page after a rebuild.
 */
import { buildStaticResources } from '../build/staticResources';
import { REPO_ROOT, outputDir, watchPreview } from './build/previewBuild';
import { serverUrl, startPreviewServer } from './server/staticServer';

const DEFAULT_PORT = 3000;

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  }
  const started = Date.now();
  // The SheetJS static resource the components load (`npm run build` makes it too).
  buildStaticResources();
  const server = await startPreviewServer({
    root: REPO_ROOT,
    appDir: outputDir('development'),
    port
  });
  const url = serverUrl(server);
  console.log(`preview: building… (the page at ${url} is ready when "built" shows)`);
  let first = true;
  const watcher = watchPreview('development', (event) => {
    if (event.kind === 'failed') {
      console.error(`preview: build failed — ${event.message}`);
      return;
    }
    if (first) {
      first = false;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `preview: built in ${seconds} s — open ${url}/ (watching for changes; Ctrl+C stops)`
      );
    } else {
      console.log(`preview: rebuilt in ${(event.ms / 1000).toFixed(1)} s — reload the page`);
    }
  });
  const stop = (): void => {
    void watcher.close();
    server.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`preview: ${(error as Error).message}`);
  process.exitCode = 1;
});
