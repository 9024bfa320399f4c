/**
 * Step "no-egress": nothing leaves the customer's org.
 * - no metadata that opens a way out (Remote Site, CSP Trusted Site, Named / External Credential,
 *   Connected App, External Data Source);
 * - no callouts in Apex (`Http`, `HttpRequest`, `Continuation`, `callout:` endpoints,
 *   `callout=true`, `Database.AllowsCallouts`, …) and no absolute URL in it;
 * - no network API (`fetch(`, `XMLHttpRequest`, `WebSocket`, `EventSource`, `sendBeacon`,
 *   `importScripts`, workers, `window.open` of an absolute URL) and no absolute or
 *   protocol-relative URL in deployed LWC sources (`.ts`, `.js`, `.html`, `.css`) and
 *   Visualforce markup, comments included: strict on purpose;
 * - no absolute URL in metadata XML except the XML namespaces in `XML_NAMESPACE_URLS`;
 * - static resources built from node_modules (third-party code) are scanned for network APIs only;
 *   an API a library legitimately contains is accepted only through `STATIC_RESOURCE_ALLOWANCES`.
 * Tests (`__tests__`, `__mocks__`) are never deployed (`.forceignore`) and are not scanned.
 */
import type { Finding, SourceFile } from './findings';
import { LineIndex, finding, formatFinding, sortFindings } from './findings';
import { scanApex } from './apexSource';
import { isTestPath } from './repoFiles';
import { parseXml } from './xmlTree';

/** Metadata types that configure a connection out of the org, with their source folders and suffixes. */
export const EGRESS_METADATA = [
  {
    type: 'RemoteSiteSetting',
    folder: 'remoteSiteSettings',
    suffix: '.remoteSite-meta.xml'
  },
  {
    type: 'CspTrustedSite',
    folder: 'cspTrustedSites',
    suffix: '.cspTrustedSite-meta.xml'
  },
  {
    type: 'NamedCredential',
    folder: 'namedCredentials',
    suffix: '.namedCredential-meta.xml'
  },
  {
    type: 'ExternalCredential',
    folder: 'externalCredentials',
    suffix: '.externalCredential-meta.xml'
  },
  {
    type: 'ConnectedApp',
    folder: 'connectedApps',
    suffix: '.connectedApp-meta.xml'
  },
  {
    type: 'ExternalDataSource',
    folder: 'dataSources',
    suffix: '.dataSource-meta.xml'
  }
];

interface Pattern {
  pattern: RegExp;
  what: string;
}

/** Apex that makes or enables a callout (matched in code, outside comments and strings). */
export const APEX_CALLOUT_PATTERNS: Pattern[] = [
  {
    pattern: /\bnew\s+Http\s*\(|\bHttp\s*\.|\bHttp\s+\w+\s*[=;]/gi,
    what: 'Http (callout)'
  },
  { pattern: /\bHttpRequest\b/gi, what: 'HttpRequest (callout)' },
  { pattern: /\bHttpResponse\b/gi, what: 'HttpResponse (callout)' },
  { pattern: /\bHttpCalloutMock\b/gi, what: 'HttpCalloutMock (callout test)' },
  {
    pattern: /\bWebServiceCallout\b/gi,
    what: 'WebServiceCallout (SOAP callout)'
  },
  {
    pattern: /\bContinuation\b/gi,
    what: 'Continuation (asynchronous callout)'
  },
  {
    pattern: /\bcallout\s*=\s*true\b/gi,
    what: 'callout=true (callout from asynchronous Apex)'
  },
  {
    pattern: /\bDatabase\s*\.\s*AllowsCallouts\b/gi,
    what: 'Database.AllowsCallouts (callout from batch Apex)'
  }
];

/** Browser APIs that send or fetch data over the network. */
export const NETWORK_API_PATTERNS: Pattern[] = [
  { pattern: /\bfetch\s*\(/g, what: 'fetch(' },
  { pattern: /\bXMLHttpRequest\b/g, what: 'XMLHttpRequest' },
  { pattern: /\bWebSocket\b/g, what: 'WebSocket' },
  { pattern: /\bEventSource\b/g, what: 'EventSource' },
  { pattern: /\bsendBeacon\b/g, what: 'sendBeacon' },
  { pattern: /\bimportScripts\b/g, what: 'importScripts' },
  { pattern: /\bnew\s+(?:Shared)?Worker\s*\(/g, what: 'new Worker(' },
  { pattern: /\bRTCPeerConnection\b/g, what: 'RTCPeerConnection' },
  {
    pattern: /\bwindow\s*\.\s*open\s*\(\s*['"`](?:https?:)?\/\//g,
    what: 'window.open( of an absolute URL'
  }
];

/** A URL has a host: a name, an address, or an interpolation that builds one (`https://${host}`). */
const ABSOLUTE_URL = /\b(?:https?|wss?|ftp):\/\/[A-Za-z0-9[$%{][^\s'"`<>)]*/gi;
/** `src="//host/x.js"`, `url(//host/x.css)`: protocol-relative URLs leave the org too. */
const PROTOCOL_RELATIVE_URL =
  /(?:\b(?:src|href|action|srcset)\s*=\s*["']?|url\(\s*["']?)\/\/[A-Za-z0-9[$%{][^\s'"`<>)]*/gi;

/** URLs that metadata XML may carry: namespaces, never fetched. */
export const XML_NAMESPACE_URLS = [
  /^http:\/\/soap\.sforce\.com\/2006\/04\/metadata$/,
  /^http:\/\/www\.w3\.org\//
];

export interface StaticResourceAllowance {
  resource: string;
  api: string;
  reason: string;
}

/**
 * Network APIs accepted in a third-party static resource, each with the reason it is harmless.
 * Empty: the SheetJS build we ship (`@e965/xlsx`, `dist/xlsx.full.min.js`) contains none of them
 * (its URL-reading helper is not part of that build). A library that needs an entry here must say
 * why the code path is unreachable from the package.
 */
export const STATIC_RESOURCE_ALLOWANCES: StaticResourceAllowance[] = [];

function matches(
  file: SourceFile,
  text: string,
  patterns: Pattern[],
  lines: LineIndex
): Array<{ line: number; what: string }> {
  const found: Array<{ line: number; what: string }> = [];
  for (const { pattern, what } of patterns) {
    for (const match of text.matchAll(pattern))
      found.push({ line: lines.lineAt(match.index), what });
  }
  return found;
}

function urls(
  text: string,
  lines: LineIndex,
  allowed: RegExp[] = []
): Array<{ line: number; url: string }> {
  const found: Array<{ line: number; url: string }> = [];
  for (const match of text.matchAll(ABSOLUTE_URL)) {
    if (!allowed.some((allow) => allow.test(match[0])))
      found.push({ line: lines.lineAt(match.index), url: match[0] });
  }
  for (const match of text.matchAll(PROTOCOL_RELATIVE_URL))
    found.push({ line: lines.lineAt(match.index), url: match[0] });
  return found;
}

function egressMetadata(file: SourceFile): Finding[] {
  const kind = EGRESS_METADATA.find(
    (entry) => file.path.endsWith(entry.suffix) || file.path.includes(`/${entry.folder}/`)
  );
  if (kind)
    return [
      finding(
        file.path,
        undefined,
        `${kind.type} metadata opens a connection out of the org: not allowed`
      )
    ];
  if (!file.path.endsWith('.xml')) return [];
  const parsed = parseXml(file.text);
  const root = parsed.ok ? parsed.root.name : undefined;
  const byRoot = EGRESS_METADATA.find((entry) => entry.type === root);
  return byRoot
    ? [
        finding(
          file.path,
          1,
          `${byRoot.type} metadata opens a connection out of the org: not allowed`
        )
      ]
    : [];
}

function apexEgress(file: SourceFile): Finding[] {
  const scanned = scanApex(file.text);
  const lines = new LineIndex(file.text);
  const findings = matches(file, scanned.code, APEX_CALLOUT_PATTERNS, lines).map((m) =>
    finding(file.path, m.line, `${m.what} in Apex: the package makes no callouts`)
  );
  for (const literal of scanned.strings) {
    if (/^\s*callout:/i.test(literal.value)) {
      findings.push(
        finding(
          file.path,
          literal.line,
          `callout endpoint '${literal.value}' in Apex: the package makes no callouts`
        )
      );
    }
  }
  for (const url of urls(file.text, lines)) {
    findings.push(
      finding(file.path, url.line, `absolute URL ${url.url} in Apex: nothing leaves the org`)
    );
  }
  return findings;
}

function componentEgress(file: SourceFile): Finding[] {
  const lines = new LineIndex(file.text);
  const findings = matches(file, file.text, NETWORK_API_PATTERNS, lines).map((m) =>
    finding(file.path, m.line, `network API ${m.what} in a component: nothing leaves the org`)
  );
  for (const url of urls(file.text, lines)) {
    findings.push(
      finding(file.path, url.line, `absolute URL ${url.url} in a component: nothing leaves the org`)
    );
  }
  return findings;
}

function metadataUrls(file: SourceFile): Finding[] {
  const lines = new LineIndex(file.text);
  return urls(file.text, lines, XML_NAMESPACE_URLS).map((url) =>
    finding(file.path, url.line, `absolute URL ${url.url} in metadata: nothing leaves the org`)
  );
}

/** `staticresources/sheetjs.js` → `sheetjs`; `staticresources/lib/x.js` → `lib`. */
export function staticResourceName(path: string): string | undefined {
  const match = /(?:^|\/)staticresources\/([^/]+?)(?:\/|\.[^/.]+$|$)/.exec(path);
  return match ? match[1] : undefined;
}

function staticResourceEgress(file: SourceFile, allowances: StaticResourceAllowance[]): Finding[] {
  const resource = staticResourceName(file.path) ?? file.path;
  const lines = new LineIndex(file.text);
  return matches(file, file.text, NETWORK_API_PATTERNS, lines)
    .filter((m) => !allowances.some((allow) => allow.resource === resource && allow.api === m.what))
    .map((m) =>
      finding(
        file.path,
        m.line,
        `network API ${m.what} in static resource ${resource} (third-party code): nothing leaves the org`
      )
    );
}

/**
 * True for deployed browser code: LWC `.ts`, `.html`, `.css`, `.js` that no `.ts` compiles to,
 * and Visualforce markup.
 */
function isComponentSource(path: string, paths: Set<string>): boolean {
  // Visualforce pages and components run in the browser too.
  if (/\.(page|component)$/.test(path)) return true;
  if (!/\/lwc\//.test(path) || isTestPath(path)) return false;
  if (/\.(ts|html|css)$/.test(path)) return !path.endsWith('.d.ts');
  if (path.endsWith('.js')) return !paths.has(path.replace(/\.js$/, '.ts'));
  return false;
}

export function checkNoEgress(
  files: SourceFile[],
  allowances: StaticResourceAllowance[] = STATIC_RESOURCE_ALLOWANCES
): Finding[] {
  const paths = new Set(files.map((file) => file.path));
  const findings: Finding[] = [];
  for (const file of files) {
    if (isTestPath(file.path)) continue;
    findings.push(...egressMetadata(file));
    if (file.path.includes('/staticresources/')) {
      if (!file.path.endsWith('-meta.xml'))
        findings.push(...staticResourceEgress(file, allowances));
      else findings.push(...metadataUrls(file));
    } else if (/\.(cls|trigger)$/.test(file.path)) {
      findings.push(...apexEgress(file));
    } else if (isComponentSource(file.path, paths)) {
      findings.push(...componentEgress(file));
    } else if (file.path.endsWith('.xml')) {
      findings.push(...metadataUrls(file));
    }
  }
  const unique = new Map(findings.map((f) => [formatFinding(f), f]));
  return sortFindings([...unique.values()]);
}
