/**
 * Party names as the evidence reports them. A rule's `{party}` finds whatever name stands in its
 * place, so parties are not limited to a list; this module only tidies what was found: one
 * spelling per well-known platform ("Amazon Web Services", "aws" → "AWS"), lists split
 * ("Salesforce/Microsoft Azure"), and words that are never a party ("the", ISMS, API, クラウド…)
 * dropped.
 */

/** Well-known platforms: the name reported, then the spellings that mean it (compared lower-case). */
const KNOWN_PARTIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'Salesforce',
    [
      'salesforce',
      'salesforce platform',
      'force.com',
      'セールスフォース',
      'セールスフォース・ジャパン'
    ]
  ],
  ['kintone', ['kintone', 'キントーン']],
  ['cybozu.com', ['cybozu.com']],
  ['Cybozu', ['cybozu', 'サイボウズ']],
  [
    'AWS',
    ['aws', 'amazon web services', 'amazon', 'アマゾン ウェブ サービス', 'アマゾンウェブサービス']
  ],
  ['Microsoft Azure', ['microsoft azure', 'azure', 'マイクロソフト']],
  ['Google Cloud', ['google cloud platform', 'google cloud', 'gcp', 'グーグル']],
  ['Oracle Cloud', ['oracle cloud infrastructure', 'oracle cloud', 'oci']],
  ['IBM Cloud', ['ibm cloud']],
  ['Heroku', ['heroku']],
  ['さくらインターネット', ['さくらインターネット', 'さくらのクラウド']]
];

/** Spelling (lower-case) → reported name, longest spellings first (so "microsoft azure" wins over "microsoft"). */
const SPELLINGS: ReadonlyArray<readonly [string, string]> = KNOWN_PARTIES.flatMap(
  ([name, spellings]) => spellings.map((spelling): [string, string] => [spelling, name])
).sort((a, b) => b[0].length - a[0].length);

/** Words a `{party}` may find that name no party, one group a line, separated by spaces. */
const NOT_PARTY_WORDS = [
  // English words and pronouns
  'the a an our we us this that these those its it their your you all each any',
  'customer customers user users vendor provider service services cloud platform system systems',
  'server servers application applications app data infrastructure third party csc csp',
  'in on by of and or for with to',
  // standards, protocols and abbreviations found before に準拠 / に従って
  'isms iso iec jis owasp nist cis pci dss soc gdpr sla slo os api web db pc url http https tls',
  'ssl',
  'ntp vpc waf cdn dns vpn javascript utc',
  // katakana generic nouns
  'クラウド サービス クラウドサービス システム サーバー サーバ プラットフォーム アプリケーション',
  'アプリ ネットワーク データセンター データベース ブラウザ ガイドライン ポリシー ルール',
  'セキュリティ ホスティング ベンダー パートナー インフラ リージョン ライセンス サーバーレス',
  'モバイル マルチテナント プラグイン オンラインヘルプ ホームページ ウェブサイト メール',
  'ユーザー ユーザ ソフトウェア ハードウェア バックアップ ログ データ シリーズ ツール マニュアル'
];

const NOT_PARTIES: ReadonlySet<string> = new Set(
  NOT_PARTY_WORDS.flatMap((line) => line.split(' '))
);

const CAPITALISED = /^[A-Z0-9]/;

/** The reported name for a spelling: a known platform's name, or the spelling itself. */
function canonical(name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [spelling, reported] of SPELLINGS) {
    if (lower === spelling) return reported;
    // "kintone1", "Microsoft Azure App Service": a known name followed by more of the same name.
    if (lower.startsWith(spelling) && !/[a-z]/.test(lower.charAt(spelling.length))) {
      return reported;
    }
  }
  // "ISO/IEC 27001", "PCI DSS", "Web API": a name that opens with a never-party word is none.
  const firstWord = lower.split(' ', 1)[0];
  if (NOT_PARTIES.has(lower) || NOT_PARTIES.has(firstWord)) return undefined;
  if (name.length < 2 || /^[0-9.-]+$/.test(name)) return undefined;
  // A known name misspelt by one letter ("Saleforce") is still that platform.
  const misspelt = SPELLINGS.find(
    ([spelling]) =>
      spelling.length >= 6 && /^[a-z. ]+$/.test(spelling) && oneEditApart(lower, spelling)
  );
  return misspelt ? misspelt[1] : name;
}

/** True when `a` becomes `b` by inserting, deleting or replacing one character. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i += 1;
  const tail = (x: string, skip: number) => x.slice(i + skip);
  if (a.length === b.length) return tail(a, 1) === tail(b, 1);
  return a.length > b.length ? tail(a, 1) === tail(b, 0) : tail(a, 0) === tail(b, 1);
}

/**
 * In English a `{party}` found case-insensitively may take in ordinary words around the name
 * ("AWS in the Tokyo region", "the hosting provider AWS"): keep the run of capitalised words
 * next to the phrase (the leading run after it, the trailing run before it).
 */
function capitalisedRun(words: string[], fromEnd: boolean): string[] {
  const run: string[] = [];
  const ordered = fromEnd ? [...words].reverse() : words;
  for (const word of ordered) {
    const lower = word.toLowerCase();
    const known = SPELLINGS.some(([spelling]) => spelling === lower);
    if (!CAPITALISED.test(word) && !known) break;
    run.push(word);
  }
  return fromEnd ? run.reverse() : run;
}

/** Where a find holds several names: "Salesforce/Microsoft Azure", "AWS and GCP", "AWSとkintone". */
const JOINED = /[/／&と]|\band\b/;

/** A full stop or hyphen may end the sentence, never the name ("…operated by Equinix."). */
function withoutTrailingStops(name: string): string {
  let end = name.length;
  while (end > 0 && (name.charCodeAt(end - 1) === 0x2e || name.charCodeAt(end - 1) === 0x2d))
    end -= 1;
  return end === name.length ? name : name.slice(0, end);
}

/** Names already tidied, by what was found (shared: never changed); emptied when it grows too big. */
const TIDIED = new Map<string, readonly string[]>();
const MAX_TIDIED = 10_000;

/**
 * The party names in a `{party}` find, tidied: split at "/", "&", "and" and "と", known platforms
 * under one name, never-parties dropped. `side` says where the phrase stands relative to the
 * name in English ("hosted on X": the phrase is before it).
 */
export function partyNames(
  found: string,
  english: boolean,
  side: 'start' | 'inside'
): readonly string[] {
  // Answers name the same few parties again and again: each name found is tidied once.
  const key = `${english ? 'e' : 'j'}${side === 'start' ? 's' : 'i'}${found}`;
  let names = TIDIED.get(key);
  if (names === undefined) {
    if (TIDIED.size >= MAX_TIDIED) TIDIED.clear();
    names = tidied(found, english, side);
    TIDIED.set(key, names);
  }
  return names;
}

function tidied(found: string, english: boolean, side: 'start' | 'inside'): string[] {
  const names: string[] = [];
  const parts = JOINED.test(found) ? found.split(JOINED) : [found];
  for (const part of parts) {
    let name = withoutTrailingStops(part.trim());
    if (english) {
      const words = name.split(/\s+/).filter((word) => word !== '');
      name = capitalisedRun(words, side === 'start').join(' ');
    }
    const reported = name === '' ? undefined : canonical(name);
    if (reported !== undefined && !names.includes(reported)) names.push(reported);
  }
  return names;
}
