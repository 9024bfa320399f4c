/**
 * Jest: `@salesforce/label/c.X` resolves to the label's real English value, so component tests
 * assert the words a user reads ("Showing 1–100 of 250 items"), not the placeholder `c.X` the
 * LWC transformer falls back to. One small module per label is written under `.jest/labels/`
 * (gitignored) from `CustomLabels.labels-meta.xml` when Jest loads its configuration; an unknown
 * label fails to resolve, as it fails to deploy.
 */
const { mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const LABELS_FILE = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text) {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);
}

/** The labels of the package: name → English value. */
function readLabels(root) {
  const xml = readFileSync(path.join(root, LABELS_FILE), 'utf8');
  const labels = new Map();
  for (const block of xml.split('<labels>').slice(1)) {
    const name = /<fullName>([^<]*)<\/fullName>/.exec(block);
    const value = /<value>([\s\S]*?)<\/value>/.exec(block);
    if (name && value) labels.set(name[1], decode(value[1]));
  }
  return labels;
}

/** Writes the label modules and returns the `moduleNameMapper` entry that resolves them. */
function labelModuleMapper(root) {
  const dir = path.join(root, '.jest', 'labels');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of readLabels(root)) {
    writeFileSync(
      path.join(dir, `${name}.js`),
      `module.exports = { __esModule: true, default: ${JSON.stringify(value)} };\n`
    );
  }
  return { '^@salesforce/label/c\\.(\\w+)$': `${dir}/$1.js` };
}

module.exports = { labelModuleMapper, readLabels };
