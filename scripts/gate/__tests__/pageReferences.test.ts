/**
 * @jest-environment node
 */
import type { SourceFile } from '../findings';
import { checkPageReferences } from '../pageReferences';

const LWC = 'force-app/main/default/lwc';
const PAGES = 'force-app/main/default/flexipages';

function bundle(name: string, exposed: boolean, targets: string[], objects?: string[]): SourceFile {
  const config = objects
    ? `<targetConfigs><targetConfig targets="lightning__RecordPage"><objects>${objects
        .map((o) => `<object>${o}</object>`)
        .join('')}</objects></targetConfig></targetConfigs>`
    : '';
  return {
    path: `${LWC}/${name}/${name}.js-meta.xml`,
    text: `<?xml version="1.0" encoding="UTF-8" ?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
<apiVersion>62.0</apiVersion>
<isExposed>${exposed}</isExposed>
<targets>${targets.map((t) => `<target>${t}</target>`).join('')}</targets>
${config}
</LightningComponentBundle>`
  };
}

function page(name: string, type: string, components: string[], sobjectType?: string): SourceFile {
  return {
    path: `${PAGES}/${name}.flexipage-meta.xml`,
    text: `<?xml version="1.0" encoding="UTF-8" ?>
<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">
<flexiPageRegions><itemInstances>
${components.map((c) => `<componentInstance><componentName>${c}</componentName><identifier>x_${c}</identifier></componentInstance>`).join('\n')}
</itemInstances><mode>Replace</mode><name>main</name><type>Region</type></flexiPageRegions>
<masterLabel>${name}</masterLabel>
${sobjectType ? `<sobjectType>${sobjectType}</sobjectType>` : ''}
<type>${type}</type>
</FlexiPage>`
  };
}

const files = (extra: SourceFile[]) => [
  bundle('widgetHome', true, ['lightning__AppPage']),
  bundle('widgetPanel', true, ['lightning__RecordPage'], ['Widget__c']),
  bundle('widgetAction', true, ['lightning__RecordAction']),
  bundle('widgetService', false, []),
  page('Widget_Home', 'AppPage', ['widgetHome', 'flexipage:richText']),
  page('Widget_Record', 'RecordPage', ['widgetPanel', 'force:highlightsPanel'], 'Widget__c'),
  ...extra
];

const lines = (findings: { file: string; line?: number; message: string }[]) =>
  findings.map((f) => `${f.file.split('/').pop()}:${f.line}: ${f.message}`);

describe('checkPageReferences', () => {
  it('accepts pages, tabs, app overrides and quick actions that fit together', () => {
    const tab = {
      path: 'force-app/main/default/tabs/Widget_Home.tab-meta.xml',
      text: '<CustomTab><flexiPage>Widget_Home</flexiPage><label>W</label></CustomTab>'
    };
    const app = {
      path: 'force-app/main/default/applications/Widgets.app-meta.xml',
      text: '<CustomApplication><actionOverrides><actionName>View</actionName><content>Widget_Record</content><type>Flexipage</type><pageOrSobjectType>Widget__c</pageOrSobjectType></actionOverrides></CustomApplication>'
    };
    const action = {
      path: 'force-app/main/default/quickActions/Account.Import.quickAction-meta.xml',
      text: '<QuickAction><actionSubtype>ScreenAction</actionSubtype><lightningWebComponent>widgetAction</lightningWebComponent><type>LightningWebComponent</type></QuickAction>'
    };
    expect(lines(checkPageReferences(files([tab, app, action])))).toEqual([]);
  });

  it('reports components that are missing, not exposed, of another target or another object', () => {
    const bad = [
      page('Bad_Home', 'AppPage', ['widgetMissing', 'widgetService', 'widgetPanel']),
      page('Bad_Record', 'RecordPage', ['widgetPanel'], 'Account')
    ];
    expect(lines(checkPageReferences(files(bad)))).toEqual([
      'Bad_Home.flexipage-meta.xml:4: component widgetMissing is not an LWC bundle of the package',
      'Bad_Home.flexipage-meta.xml:5: component widgetService is not exposed (isExposed is false)',
      'Bad_Home.flexipage-meta.xml:6: component widgetPanel does not target lightning__AppPage',
      'Bad_Record.flexipage-meta.xml:4: component widgetPanel is not configured for Account on lightning__RecordPage'
    ]);
  });

  it('reports a tab, an app override and a quick action that name the wrong thing', () => {
    const tab = {
      path: 'force-app/main/default/tabs/Bad.tab-meta.xml',
      text: '<CustomTab>\n<flexiPage>Widget_Record</flexiPage></CustomTab>'
    };
    const app = {
      path: 'force-app/main/default/applications/Widgets.app-meta.xml',
      text: '<CustomApplication>\n<actionOverrides><content>Widget_Record</content><type>Flexipage</type><pageOrSobjectType>Account</pageOrSobjectType></actionOverrides>\n<actionOverrides><content>Nope</content><type>Flexipage</type><pageOrSobjectType>Account</pageOrSobjectType></actionOverrides></CustomApplication>'
    };
    const action = {
      path: 'force-app/main/default/quickActions/Account.Bad.quickAction-meta.xml',
      text: '<QuickAction><lightningWebComponent>widgetHome</lightningWebComponent></QuickAction>'
    };
    expect(lines(checkPageReferences(files([tab, app, action])))).toEqual([
      'Bad.tab-meta.xml:2: flexiPage Widget_Record is not an App Page of the package',
      'Widgets.app-meta.xml:2: FlexiPage Widget_Record is not a record page of Account',
      'Widgets.app-meta.xml:3: action override names FlexiPage Nope, which the package does not have',
      'Account.Bad.quickAction-meta.xml:1: component widgetHome does not target lightning__RecordAction'
    ]);
  });
});
