/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { javaAvailable, runPmd } from '../pmd';
import { DEFECTS, PROJECT } from './fixtures';

const hasJava = javaAvailable();
if (!hasJava) {
  console.warn(
    'PMD test skipped: `java` is not installed (apt-get install -y default-jre-headless).'
  );
}
const withJava = hasJava ? describe : describe.skip;

withJava('PMD through Code Analyzer (AppExchange, Recommended:Security)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'gate-pmd-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails on SOQL injection in a planted insecure class', async () => {
    const insecure = path.join(DEFECTS, 'force-app/main/default/classes/InjectableSearch.cls');
    const report = await runPmd(DEFECTS, [insecure], work);
    expect(report.findings.map((f) => `${f.file}:${f.line}: ${f.message}`)).toEqual([
      expect.stringMatching(
        /^force-app\/main\/default\/classes\/InjectableSearch\.cls:4: pmd ApexSOQLInjection \(severity [12]\): /
      )
    ]);
  });

  it("finds nothing of severity 1–2 in the clean project's class", async () => {
    const clean = path.join(PROJECT, 'force-app/main/default/classes/WidgetService.cls');
    const report = await runPmd(PROJECT, [clean], work);
    expect(report.findings).toEqual([]);
  });
});
