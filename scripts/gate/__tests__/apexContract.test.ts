/** @jest-environment node */
import path from 'node:path';
import { checkApexContract } from '../apexContract';
import { outlineApexClasses } from '../apexOutline';
import { formatFinding, sortFindings } from '../findings';
import type { SourceFile } from '../findings';
import { DATA, fixtureFile, readFixture, withFiles } from './fixtures';

const contract = readFixture(path.join(DATA, 'contract'));
const classes = outlineApexClasses(contract);
const LWC = 'force-app/main/default/lwc';
const service = fixtureFile(contract, 'widgetApi/widgetApi.ts');
const options = { serviceBundle: 'widgetApi', dtoClass: 'WidgetDtos' };

const check = (files: SourceFile[]): string[] =>
  sortFindings(checkApexContract(files, classes, options)).map(formatFinding);
const lwcFiles = contract.filter((file) => file.path.startsWith(LWC));
/** The service module with one text replaced (a planted defect). */
const serviceWith = (from: string, to: string): SourceFile[] => {
  if (!service.text.includes(from)) throw new Error(`fixture lacks ${from}`);
  return withFiles(lwcFiles, [{ ...service, text: service.text.replace(from, to) }]);
};
const component = (name: string, lines: string[]): SourceFile => ({
  path: `${LWC}/${name}/${name}.ts`,
  text: lines.join('\n')
});

describe('Apex ↔ LWC contract', () => {
  it('passes the clean service bundle (a conditional parameter through a spread included)', () => {
    expect(check(lwcFiles)).toEqual([]);
  });

  it('finds an import of a class or method that does not exist, is not @AuraEnabled or not static', () => {
    const files = serviceWith(
      "import paintApex from '@salesforce/apex/WidgetController.paint';",
      [
        "import paintApex from '@salesforce/apex/WidgetController.paint';",
        "import gone from '@salesforce/apex/GoneController.list';",
        "import typo from '@salesforce/apex/WidgetController.getWidget';",
        "import plain from '@salesforce/apex/WidgetController.notAuraEnabled';",
        "import instance from '@salesforce/apex/WidgetController.notStatic';",
        'export { gone, typo, plain, instance };'
      ].join('\n')
    );
    const at = `${service.path}`;
    expect(check(files)).toEqual([
      `${at}:7: import '@salesforce/apex/GoneController.list': class GoneController does not exist in classes/`,
      `${at}:8: import '@salesforce/apex/WidgetController.getWidget': WidgetController has no method getWidget`,
      `${at}:9: import '@salesforce/apex/WidgetController.notAuraEnabled': WidgetController.notAuraEnabled is not @AuraEnabled`,
      `${at}:10: import '@salesforce/apex/WidgetController.notStatic': WidgetController.notStatic is not static`
    ]);
  });

  it('finds a parameter the method does not declare and one left out', () => {
    const files = serviceWith(
      'return getWidgets({ makerId, maxRows: null });',
      'return getWidgets({ makerID: makerId });'
    );
    expect(check(files)).toEqual([
      `${service.path}:36: calling WidgetController.getWidgets does not pass 'makerId', 'maxRows': name every parameter (null for one left out) or pass it through a spread`,
      `${service.path}:36: calling WidgetController.getWidgets passes 'makerID', which it does not declare: it takes (makerId, maxRows)`
    ]);
  });

  it('reads names inside a spread, and wants an object literal', () => {
    const misnamed = serviceWith('? { dueOn }', '? { due: dueOn }');
    expect(check(misnamed)).toEqual([
      `${service.path}:32: calling WidgetController.paint passes 'due', which it does not declare: it takes (widgetId, color, dueOn)`
    ]);
    const opaque = serviceWith('saveWidgetApex({ input })', 'saveWidgetApex(input as never)');
    expect(check(opaque)).toEqual([
      `${service.path}:28: calling WidgetController.saveWidget passes input as never: write the parameters as an object literal ({ input }) so the gate can check their names`
    ]);
    const nothing = serviceWith('saveWidgetApex({ input })', 'saveWidgetApex()');
    expect(check(nothing)).toEqual([
      `${service.path}:28: calling WidgetController.saveWidget passes no parameters; it takes (input)`
    ]);
  });

  it('reads a call through a helper, and refuses a method stored where the gate cannot follow it', () => {
    const helper = serviceWith(
      'return getWidgets({ makerId, maxRows: null });',
      'return invoke(getWidgets, { maker: makerId, maxRows: null });\n}\nfunction invoke(m: (p: object) => Promise<unknown>, p: object): Promise<unknown> {\n  return m(p);'
    );
    expect(check(helper)).toEqual([
      `${service.path}:36: calling WidgetController.getWidgets does not pass 'makerId': name every parameter (null for one left out) or pass it through a spread`,
      `${service.path}:36: calling WidgetController.getWidgets passes 'maker', which it does not declare: it takes (makerId, maxRows)`
    ]);
    const stored = serviceWith('export { getWidgets };', 'export const methods = [getWidgets];');
    expect(check(stored)).toEqual([
      `${service.path}:25: getWidgets (WidgetController.getWidgets) is used as a value: call it, wire it, pass it to a helper followed by its parameters object, or export it`
    ]);
  });

  it('allows only the service bundle to import @salesforce/apex', () => {
    const rogue = component('widgetCard', [
      "import { LightningElement } from 'lwc';",
      "import getWidgets from '@salesforce/apex/WidgetController.getWidgets';",
      'export default class WidgetCard extends LightningElement {',
      '  load(): Promise<unknown> {',
      "    return getWidgets({ makerId: '001', maxRows: 5 });",
      '  }',
      '}'
    ]);
    expect(check([...lwcFiles, rogue])).toEqual([
      `${rogue.path}:2: import '@salesforce/apex/WidgetController.getWidgets': only the service bundle widgetApi imports @salesforce/apex/* (components call its typed functions)`
    ]);
    // A Jest test may mock the module: tests are not read.
    const test = { ...rogue, path: `${LWC}/widgetCard/__tests__/widgetCard.test.ts` };
    expect(check([...lwcFiles, test])).toEqual([]);
  });

  it('follows a re-exported method into the component that wires it: cacheable, parameter names', () => {
    const wired = component('widgetList', [
      "import { LightningElement, api, wire } from 'lwc';",
      "import { getWidgets } from 'c/widgetApi';",
      'export default class WidgetList extends LightningElement {',
      '  @api recordId: string | undefined;',
      "  @wire(getWidgets, { makerId: '$recordId', maxRows: 20 })",
      '  widgets: unknown;',
      '}'
    ]);
    expect(check([...lwcFiles, wired])).toEqual([]);
    const misnamed = { ...wired, text: wired.text.replace('maxRows: 20', 'rows: 20') };
    expect(check([...lwcFiles, misnamed])).toEqual([
      `${wired.path}:5: @wire of WidgetController.getWidgets does not pass 'maxRows': name every parameter (null for one left out) or pass it through a spread`,
      `${wired.path}:5: @wire of WidgetController.getWidgets passes 'rows', which it does not declare: it takes (makerId, maxRows)`
    ]);
    const notCacheable = serviceWith(
      'export { getWidgets };',
      'export { getWidgets, saveWidgetApex };'
    );
    const wiresSave = component('widgetForm', [
      "import { LightningElement, wire } from 'lwc';",
      "import { saveWidgetApex } from 'c/widgetApi';",
      'export default class WidgetForm extends LightningElement {',
      '  @wire(saveWidgetApex, { input: null })',
      '  saved: unknown;',
      '}'
    ]);
    expect(check([...notCacheable, wiresSave])).toEqual([
      `${wiresSave.path}:4: @wire(saveWidgetApex) needs WidgetController.saveWidget to be @AuraEnabled(cacheable=true)`
    ]);
  });

  it('compares the DTO interfaces with the @AuraEnabled properties of the DTO class', () => {
    const files = serviceWith(
      '  name: string;\n  size: number | null;\n}',
      '  name: string;\n  internalNote: string;\n  colour: string;\n}'
    );
    expect(check(files)).toEqual([
      `${service.path}:9: interface WidgetSummary has 'colour', which WidgetDtos.WidgetSummary does not declare`,
      `${service.path}:9: interface WidgetSummary has 'internalNote', which WidgetDtos.WidgetSummary declares without @AuraEnabled (Apex never sends it)`,
      `${service.path}:9: interface WidgetSummary lacks 'size', an @AuraEnabled property of WidgetDtos.WidgetSummary`
    ]);
  });

  it('reads a typed wire-adapter alias: its config type names the parameters, its method is cacheable', () => {
    const wired = component('widgetShelf', [
      "import { LightningElement, api, wire } from 'lwc';",
      "import { getWidgetsAdapter } from 'c/widgetApi';",
      'export default class WidgetShelf extends LightningElement {',
      '  @api recordId: string | undefined;',
      "  @wire(getWidgetsAdapter, { makerId: '$recordId', maxRows: 3 })",
      '  widgets: unknown;',
      '}'
    ]);
    expect(check([...lwcFiles, wired])).toEqual([]);
    const misnamed = serviceWith('maxRows?: number }', 'rows?: number }');
    expect(check(misnamed)).toEqual([
      `${service.path}:41: getWidgetsAdapter's config lacks 'maxRows' of WidgetController.getWidgets (mark one a wire may leave out with ?)`,
      `${service.path}:41: getWidgetsAdapter's config names 'rows', which WidgetController.getWidgets does not declare: it takes (makerId, maxRows)`
    ]);
    const notCacheable = serviceWith(
      'export const getWidgetsAdapter: WireAdapterConstructor<\n  { makerId: string | undefined; maxRows?: number },\n  unknown\n> = getWidgets;',
      'export const saveAdapter: WireAdapterConstructor<{ input: unknown }, unknown> = saveWidgetApex;'
    );
    expect(check(notCacheable)).toEqual([
      `${service.path}:40: saveAdapter is a wire adapter (WireAdapterConstructor), so WidgetController.saveWidget must be @AuraEnabled(cacheable=true)`
    ]);
  });

  it('resolves nothing while the tree has no Apex class at all, but still keeps one door', () => {
    const rogue = component('widgetCard', [
      "import getWidgets from '@salesforce/apex/WidgetController.getWidgets';",
      "export const first = (): Promise<unknown> => getWidgets({ makerId: '001', maxRows: 1 });"
    ]);
    const none = sortFindings(checkApexContract([...lwcFiles, rogue], new Map(), options));
    expect(none.map(formatFinding)).toEqual([
      `${rogue.path}:1: import '@salesforce/apex/WidgetController.getWidgets': only the service bundle widgetApi imports @salesforce/apex/* (components call its typed functions)`
    ]);
  });
});
