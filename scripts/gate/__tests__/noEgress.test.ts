/** @jest-environment node */
import { formatFinding } from '../findings';
import type { SourceFile } from '../findings';
import { checkNoEgress } from '../noEgress';
import { DEFECTS, PROJECT, fixtureFile, readFixture } from './fixtures';

const project = readFixture(PROJECT);
const defects = readFixture(DEFECTS);
const lines = (files: SourceFile[]): string[] => checkNoEgress(files).map(formatFinding);

describe('no-egress scan', () => {
  it('passes the clean project (XML namespaces are not egress)', () => {
    expect(lines(project)).toEqual([]);
  });

  it('catches fetch( and its absolute URL in a component', () => {
    const component = fixtureFile(defects, 'leakyWidget.ts');
    expect(lines([component])).toEqual([
      `${component.path}:7: absolute URL https://collector.example.com/track in a component: nothing leaves the org`,
      `${component.path}:7: network API fetch( in a component: nothing leaves the org`
    ]);
  });

  it('catches a Remote Site Setting', () => {
    const remoteSite = fixtureFile(defects, 'Vendor_Api.remoteSite-meta.xml');
    expect(lines([remoteSite])).toEqual([
      `${remoteSite.path}: RemoteSiteSetting metadata opens a connection out of the org: not allowed`,
      `${remoteSite.path}:5: absolute URL https://api.vendor.example.com in metadata: nothing leaves the org`
    ]);
  });

  it('catches the other connection metadata by folder, suffix or root element', () => {
    const files: SourceFile[] = [
      {
        path: 'force-app/main/default/namedCredentials/Vendor.namedCredential-meta.xml',
        text: '<NamedCredential/>'
      },
      {
        path: 'force-app/main/default/externalCredentials/Vendor.externalCredential-meta.xml',
        text: '<ExternalCredential/>'
      },
      {
        path: 'force-app/main/default/cspTrustedSites/Cdn.cspTrustedSite-meta.xml',
        text: '<CspTrustedSite/>'
      },
      {
        path: 'force-app/main/default/connectedApps/Sync.connectedApp-meta.xml',
        text: '<ConnectedApp/>'
      },
      {
        path: 'force-app/main/default/dataSources/Erp.dataSource-meta.xml',
        text: '<ExternalDataSource/>'
      },
      {
        path: 'force-app/main/default/misc/Hidden.xml',
        text: '<RemoteSiteSetting/>'
      }
    ];
    expect(
      lines(files)
        .map((line) => line.replace(/^.*?: /, ''))
        .sort()
    ).toEqual([
      'ConnectedApp metadata opens a connection out of the org: not allowed',
      'CspTrustedSite metadata opens a connection out of the org: not allowed',
      'ExternalCredential metadata opens a connection out of the org: not allowed',
      'ExternalDataSource metadata opens a connection out of the org: not allowed',
      'NamedCredential metadata opens a connection out of the org: not allowed',
      'RemoteSiteSetting metadata opens a connection out of the org: not allowed'
    ]);
  });

  it('catches callouts in Apex, in code and in endpoint strings, not in comments', () => {
    const apex: SourceFile = {
      path: 'force-app/main/default/classes/Sync.cls',
      text: [
        'public with sharing class Sync implements Database.AllowsCallouts {',
        '  // We never build an HttpRequest here.',
        '  @future(callout=true)',
        '  static void send() {',
        '    HttpRequest request = new HttpRequest();',
        "    request.setEndpoint('callout:Vendor_Api/items');",
        '    HttpResponse response = new Http().send(request);',
        '  }',
        '}'
      ].join('\n')
    };
    expect(lines([apex]).map((line) => line.replace(/^.*?Sync\.cls:/, ''))).toEqual([
      '1: Database.AllowsCallouts (callout from batch Apex) in Apex: the package makes no callouts',
      '3: callout=true (callout from asynchronous Apex) in Apex: the package makes no callouts',
      '5: HttpRequest (callout) in Apex: the package makes no callouts',
      "6: callout endpoint 'callout:Vendor_Api/items' in Apex: the package makes no callouts",
      '7: Http (callout) in Apex: the package makes no callouts',
      '7: HttpResponse (callout) in Apex: the package makes no callouts'
    ]);
  });

  it('is strict in components: other network APIs, URLs in templates, styles and comments', () => {
    const files: SourceFile[] = [
      {
        path: 'force-app/main/default/lwc/chatty/chatty.ts',
        text: [
          '// docs: https://docs.example.com/widgets',
          'const socket = new WebSocket(address);',
          'navigator.sendBeacon(address, data);',
          'const worker = new Worker(script);',
          "window.open('//tracker.example.com/x');",
          'const url = `https://${host}/items`;'
        ].join('\n')
      },
      {
        path: 'force-app/main/default/lwc/chatty/chatty.html',
        text: '<template><img src="//cdn.example.com/logo.png" /></template>'
      },
      {
        path: 'force-app/main/default/lwc/chatty/chatty.css',
        text: ':host { background: url(https://cdn.example.com/bg.png); }'
      }
    ];
    const found = lines(files);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/chatty\.ts:1: absolute URL https:\/\/docs\.example\.com\/widgets/),
        expect.stringMatching(/chatty\.ts:2: network API WebSocket/),
        expect.stringMatching(/chatty\.ts:3: network API sendBeacon/),
        expect.stringMatching(/chatty\.ts:4: network API new Worker\(/),
        expect.stringMatching(/chatty\.ts:5: network API window\.open\( of an absolute URL/),
        expect.stringMatching(/chatty\.ts:6: absolute URL https:\/\/\$\{host\}\/items/),
        expect.stringMatching(/chatty\.html:1: absolute URL src="\/\/cdn\.example\.com\/logo\.png/),
        expect.stringMatching(/chatty\.css:1: absolute URL https:\/\/cdn\.example\.com\/bg\.png/)
      ])
    );
    expect(found).toHaveLength(8);
  });

  it('does not scan tests, which are never deployed', () => {
    const test: SourceFile = {
      path: 'force-app/main/default/lwc/widgetCard/__tests__/widgetCard.test.ts',
      text: 'global.fetch = jest.fn(); // https://example.com'
    };
    expect(lines([test])).toEqual([]);
  });

  it('scans static resources for network APIs only, with a documented allowance', () => {
    const resource: SourceFile = {
      path: 'force-app/main/default/staticresources/sheetlib.js',
      text: 'var ns="http://schemas.example.org/x";\nfunction load(u){var x=new XMLHttpRequest();x.open("GET",u);}'
    };
    expect(lines([resource])).toEqual([
      `${resource.path}:2: network API XMLHttpRequest in static resource sheetlib (third-party code): nothing leaves the org`
    ]);
    const allowed = checkNoEgress(
      [resource],
      [
        {
          resource: 'sheetlib',
          api: 'XMLHttpRequest',
          reason: 'URL reader, never called by the package'
        }
      ]
    );
    expect(allowed).toEqual([]);
  });
});
