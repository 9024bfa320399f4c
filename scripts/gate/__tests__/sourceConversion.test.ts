/** @jest-environment node */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../repoFiles';
import { convertSource } from '../sourceConversion';
import { DATA, PROJECT } from './fixtures';

/**
 * The CLI ignores `__tests__` folders (LWC tests), so each fixture project is copied to a
 * temporary folder first.
 */
function copyProject(fixture: string, work: string): string {
  const copy = path.join(work, path.basename(fixture));
  cpSync(fixture, copy, { recursive: true });
  return copy;
}

describe('source conversion (sf project convert source)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'gate-convert-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('converts the clean project into a Metadata API package', () => {
    const project = copyProject(PROJECT, work);
    const result = convertSource(project, path.join(work, 'clean'), REPO_ROOT);
    expect(result.findings).toEqual([]);
    const output = path.join(work, 'clean', 'mdapi');
    expect(existsSync(path.join(output, 'package.xml'))).toBe(true);
    expect(existsSync(path.join(output, 'objects', 'Widget__c.object'))).toBe(true);
    expect(existsSync(path.join(output, 'lwc', 'widgetCard', 'widgetCard.js'))).toBe(true);
  });

  it("fails with the CLI's reason when a class has metadata but no source", () => {
    const project = copyProject(path.join(DATA, 'unconvertible'), work);
    const result = convertSource(project, path.join(work, 'broken'), REPO_ROOT);
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^sf project convert source failed: ExpectedSourceFilesError: .*Orphan\.cls-meta\.xml: Expected source files for type 'ApexClass'/
      )
    ]);
  });
});
