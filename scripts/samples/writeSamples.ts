/**
 * `npm run samples [-- <dir>]`: writes the generated sample workbooks (./workbookSamples) to
 * `<dir>` (default: data/samples/generated, which git ignores).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_SAMPLES } from './workbookSamples';

const out = path.resolve(
  process.argv[2] ?? path.join(__dirname, '..', '..', 'data', 'samples', 'generated')
);
mkdirSync(out, { recursive: true });
for (const [name, build] of Object.entries(GENERATED_SAMPLES)) {
  writeFileSync(path.join(out, name), build());
  process.stdout.write(`${path.join(out, name)}\n`);
}
