/** @jest-environment node */
import { formatFinding } from '../findings';
import type { SourceFile } from '../findings';
import {
  checkDecoratorsSurvive,
  checkEmittedMatches,
  checkLwcBundles,
  compileWithLwc,
  decoratorsOf
} from '../lwcCompile';
import { DEFECTS, PROJECT, fixtureFile, readFixture, withFiles } from './fixtures';

const lwcFiles = (files: SourceFile[]): SourceFile[] =>
  files.filter((file) => file.path.includes('/lwc/'));
const project = lwcFiles(readFixture(PROJECT));
const defects = lwcFiles(readFixture(DEFECTS));
const lines = (files: SourceFile[]): string[] => checkLwcBundles(files).map(formatFinding);

describe('LWC compile and decorators', () => {
  it('passes the clean component: compiles, decorators intact, JavaScript as emitted', () => {
    expect(lines(project)).toEqual([]);
  });

  it('reads decorators as written', () => {
    const source = fixtureFile(project, 'widgetCard.ts');
    expect(decoratorsOf(source.text, source.path).map((use) => `${use.line}: ${use.text}`)).toEqual(
      [
        '7: @api',
        '9: @wire(WidgetAdapter,{recordId:"$recordId",fields:[COLOR_FIELD,MAKER_NAME_FIELD]})'
      ]
    );
  });

  it("catches decorators compiled away (__decorate), which the platform's compiler also rejects", () => {
    const typescript = fixtureFile(defects, 'decoratedWidget.ts');
    const emitted = fixtureFile(defects, 'decoratedWidget.js');
    expect(checkDecoratorsSurvive(typescript, emitted).map(formatFinding)).toEqual([
      `${emitted.path}: decorator @api of decoratedWidget.ts:4 is missing from the emitted JavaScript`,
      `${emitted.path}:1: __decorate: decorators were compiled away (the platform needs them as written)`,
      `${emitted.path}:14: __decorate: decorators were compiled away (the platform needs them as written)`
    ]);
    expect(compileWithLwc(emitted, 'decoratedWidget').map((f) => f.message)).toEqual([
      '@lwc/compiler: LWC1104: "api" can only be used as a class decorator'
    ]);
    expect(lines(defects)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /decoratedWidget\.js:1: differs from what decoratedWidget\.ts compiles to \(run npm run build\)$/
        )
      ])
    );
  });

  it('catches emitted JavaScript that is stale or missing', () => {
    const typescript = fixtureFile(project, 'widgetCard.ts');
    const emitted = fixtureFile(project, 'widgetCard.js');
    const stale = {
      ...emitted,
      text: emitted.text.replace('No widget', 'No gadget')
    };
    expect(checkEmittedMatches(typescript, stale).map(formatFinding)).toEqual([
      `${emitted.path}:16: differs from what widgetCard.ts compiles to (run npm run build)`
    ]);
    expect(checkEmittedMatches(typescript, undefined).map(formatFinding)).toEqual([
      `${emitted.path}: missing: run npm run build to emit it from widgetCard.ts`
    ]);
  });

  it('catches a decorator that is lost or changed', () => {
    const typescript = fixtureFile(project, 'widgetCard.ts');
    const emitted = fixtureFile(project, 'widgetCard.js');
    const changed = {
      ...emitted,
      text: emitted.text.replace('@api recordId', 'recordId').replace('"$recordId"', '"$id"')
    };
    expect(checkDecoratorsSurvive(typescript, changed).map((f) => f.message)).toEqual([
      'decorator @api of widgetCard.ts:7 is missing from the emitted JavaScript',
      'decorator @wire(WidgetAdapter,{recordId:"$recordId",fields:[COLOR_FIELD,MAKER_NAME_FIELD]}) of widgetCard.ts:9 is missing from the emitted JavaScript'
    ]);
  });

  it('compiles templates and reports what the compiler rejects', () => {
    const template = fixtureFile(project, 'widgetCard.html');
    const broken = {
      ...template,
      text: '<template><p lwc:if={label} if:true={label}>{label}</p></template>'
    };
    const files = withFiles(project, [broken]);
    expect(lines(files)).toEqual([
      expect.stringMatching(/widgetCard\.html:1: @lwc\/compiler: LWC\d+: /)
    ]);
  });

  it('catches a bundle without its main module', () => {
    const meta = fixtureFile(project, 'widgetCard.js-meta.xml');
    const orphan = {
      ...meta,
      path: meta.path.replace(/widgetCard/g, 'emptyCard')
    };
    expect(lines([orphan])).toEqual([
      `${orphan.path}: bundle emptyCard has no main module (emptyCard.ts)`
    ]);
  });
});
