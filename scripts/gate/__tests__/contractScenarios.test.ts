/** @jest-environment node */
import path from 'node:path';
import { outlineApexClasses } from '../apexOutline';
import {
  apexSide,
  checkContractScenarios,
  checkScenarioSide,
  previewSide,
  readScenarios
} from '../contractScenarios';
import type { ScenarioLike } from '../contractScenarios';
import { formatFinding, sortFindings } from '../findings';
import type { Finding } from '../findings';
import { DATA, readFixture } from './fixtures';
import * as fixtureScenarios from './data/contract/scripts/contract/scenarios';

const ROOT = path.join(DATA, 'contract');
const files = readFixture(ROOT);
const classes = outlineApexClasses(files);
const FILE = 'scripts/contract/scenarios.ts';
const CONTROLLER = 'force-app/main/default/classes/WidgetController.cls';
const loaded = readScenarios(fixtureScenarios, FILE);
const lines = (findings: Finding[]): string[] => sortFindings(findings).map(formatFinding);
const check = (
  scenarios: ScenarioLike[],
  labels = ['Error_Widget_Missing', 'Error_Widget_Locked']
) =>
  lines([
    ...checkContractScenarios({
      scenarios,
      file: FILE,
      classes,
      customLabels: new Set(labels),
      controllers: ['WidgetController'],
      refusals: ['Error_Widget_Missing']
    }),
    ...checkScenarioSide(scenarios, apexSide(classes), FILE)
  ]);

describe('contract scenarios', () => {
  it('reads the scenarios file and passes the fixture: methods, Apex tests, refusal labels', () => {
    expect(loaded.findings).toEqual([]);
    expect(loaded.scenarios.map((s) => s.name)).toEqual([
      'getWidgets_listsTheMakersWidgets',
      'saveWidget_refusesNoInput',
      'paint_paintsTheWidget'
    ]);
    expect(check(loaded.scenarios)).toEqual([]);
  });

  it('finds a scenario of an unknown method, without its Apex test, or listed twice', () => {
    const [first, second, third] = loaded.scenarios;
    const scenarios: ScenarioLike[] = [
      first,
      second,
      { ...third, method: 'WidgetController.repaint' },
      { ...first },
      { name: 'paint_inSecret', method: 'WidgetController.notAuraEnabled' },
      { name: 'gone_listsNothing', method: 'GoneController.list' }
    ];
    expect(check(scenarios)).toEqual([
      `${CONTROLLER}:19: WidgetController.paint has no contract scenario in ${FILE}`,
      `${FILE}: scenario getWidgets_listsTheMakersWidgets is listed twice`,
      `${FILE}: scenario gone_listsNothing has no Apex test: an @IsTest static void gone_listsNothing() in a *_Tests.cls`,
      `${FILE}: scenario gone_listsNothing: method 'GoneController.list' names no class in classes/ (write Class.method)`,
      `${FILE}: scenario paint_inSecret has no Apex test: an @IsTest static void paint_inSecret() in a *_Tests.cls`,
      `${FILE}: scenario paint_inSecret: WidgetController.notAuraEnabled is not an @AuraEnabled static method`,
      `${FILE}: scenario paint_paintsTheWidget: method 'WidgetController.repaint' is not a method of WidgetController`
    ]);
  });

  it('wants every refusal to be a custom label, and every refusal of the contract to have a scenario', () => {
    const [first, second, third] = loaded.scenarios;
    expect(check([first, { ...second, refusal: 'Error_Widget_Mising' }, third])).toEqual([
      `${FILE}: refusal Error_Widget_Missing has no scenario expecting { refusal: 'Error_Widget_Missing' }`,
      `${FILE}: scenario saveWidget_refusesNoInput: refusal 'Error_Widget_Mising' is no custom label`
    ]);
  });

  it('reports a file that does not export the list, or a scenario with no expectation', () => {
    expect(lines(readScenarios({ SCENARIOS: [] }, FILE).findings)).toEqual([
      `${FILE}: does not export CONTRACT_SCENARIOS as an array`
    ]);
    const read = readScenarios({ CONTRACT_SCENARIOS: [{ name: 'a', method: 'B.c' }, {}] }, FILE);
    expect(lines(read.findings)).toEqual([
      `${FILE}: CONTRACT_SCENARIOS[1] has no string name and method`,
      `${FILE}: scenario a expects neither { result } nor { refusal }`
    ]);
  });

  it("asks nothing of the preview's data layer until it runs scenarios, then every one passing", () => {
    const results = (tests: Array<{ title: string; status: string }>) => ({
      testResults: [{ assertionResults: tests }]
    });
    const unrelated = previewSide(results([{ title: 'renders a row', status: 'passed' }]));
    expect(checkScenarioSide(loaded.scenarios, unrelated, FILE)).toEqual([]);
    const partial = previewSide(
      results([
        { title: 'scenario getWidgets_listsTheMakersWidgets', status: 'passed' },
        { title: 'scenario saveWidget_refusesNoInput', status: 'failed' }
      ])
    );
    expect(lines(checkScenarioSide(loaded.scenarios, partial, FILE))).toEqual([
      `${FILE}: scenario paint_paintsTheWidget has no preview data layer test: a passing Jest test titled 'scenario paint_paintsTheWidget'`,
      `${FILE}: scenario saveWidget_refusesNoInput has no preview data layer test: a passing Jest test titled 'scenario saveWidget_refusesNoInput'`
    ]);
  });
});
