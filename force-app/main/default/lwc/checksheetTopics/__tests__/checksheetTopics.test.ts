import { TOPICS, itemTopics, topicsOf } from 'c/checksheetTopics';
import type { TopicDefinition } from 'c/checksheetTopics';
import { TopicMatcher, normalizeForTopics } from '../topicMatcher';

describe('the taxonomy', () => {
  it('has unique, well-formed codes whose parents exist', () => {
    const codes = TOPICS.map((topic) => topic.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const topic of TOPICS) {
      expect(topic.code).toMatch(/^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)?$/);
      const parent = topic.parent ?? topic.code.split('.')[0];
      expect(codes).toContain(parent);
      expect(topic.code === parent || topic.code.startsWith(`${parent}.`)).toBe(true);
      expect(topic.code.includes('.')).toBe(topic.parent !== undefined);
      expect(topic.label.en).not.toBe('');
      expect(topic.label.ja).not.toBe('');
      expect(topic.ja.length).toBeGreaterThan(0);
      expect(topic.en.length).toBeGreaterThan(0);
    }
  });

  it('covers the topics security questionnaires ask about', () => {
    expect(TOPICS.map((topic) => topic.code)).toEqual(
      expect.arrayContaining([
        'policy',
        'organisation',
        'hr',
        'asset',
        'access-control',
        'authentication',
        'privileged',
        'cryptography',
        'physical',
        'operations',
        'operations.change',
        'capacity',
        'malware',
        'backup',
        'logging',
        'clock',
        'vulnerability',
        'network',
        'data-location',
        'data-deletion',
        'secure-development',
        'supplier',
        'incident',
        'continuity',
        'compliance',
        'privacy',
        'intellectual-property',
        'certification',
        'shared-responsibility'
      ])
    );
  });

  it.each(TOPICS.map((topic) => [topic.code, topic] as const))(
    'finds %s in every one of its own terms',
    (code, topic: TopicDefinition) => {
      for (const term of [...topic.ja, ...topic.en]) {
        const written = term.endsWith('*') ? term.slice(0, -1) : term;
        expect({ term, topics: topicsOf(written) }).toEqual({
          term,
          topics: expect.arrayContaining([code])
        });
      }
    }
  );
});

describe('topicsOf', () => {
  it('hears "shared responsibility" in 責任分界点, 責任共有モデル and English alike', () => {
    for (const text of [
      '責任分界点',
      '「RayPen」は責任共有モデルに準じております。',
      'Is the shared responsibility model documented?',
      'Shared-Responsibility Model',
      "Which controls are the customer's responsibility?"
    ]) {
      expect(topicsOf(text)).toContain('shared-responsibility');
    }
  });

  it('treats hyphenation, spacing, width and abbreviations of MFA as one', () => {
    for (const text of [
      'multi-factor authentication',
      'Multi Factor Authentication',
      'multifactor',
      'MFA is enforced',
      'Is 2FA available?',
      'ＭＦＡ',
      '多要素認証を必須とする',
      '２要素認証'
    ]) {
      expect({ text, topics: topicsOf(text) }).toEqual({
        text,
        topics: ['authentication', 'authentication.mfa']
      });
    }
  });

  it('matches Latin terms as whole words, with plurals, and prefixes where the table says so', () => {
    expect(topicsOf('technology catalog')).toEqual([]);
    expect(topicsOf('logs are kept')).toContain('logging');
    expect(topicsOf('firewalls')).toEqual(['network']);
    expect(topicsOf('processes')).toEqual([]);
    expect(topicsOf('Data is encrypted')).toEqual(['cryptography']);
    expect(topicsOf('firefighting')).toEqual([]);
    expect(topicsOf('TLS1.2以上')).toContain('cryptography.transit');
  });

  it('matches short katakana terms at the end of a katakana word only, longer ones anywhere', () => {
    expect(topicsOf('アクセスログを取得する')).toEqual(['logging']);
    expect(topicsOf('ログインする')).toEqual(['authentication']);
    expect(topicsOf('サーバーのバックアップ')).toEqual(['backup']);
    expect(topicsOf('バックアップデータ')).toEqual(['backup']);
    expect(topicsOf('ｻｰﾊﾞｰのﾊﾞｯｸｱｯﾌﾟ')).toEqual(['backup']);
  });

  it('reports parents with their children, in taxonomy order, once each', () => {
    const topics = topicsOf('TLS encryption and key management; TLS again');
    expect(topics).toEqual(['cryptography', 'cryptography.keys', 'cryptography.transit']);
  });

  it('ignores web and mail addresses', () => {
    expect(topicsOf('<https://www.example.com/jp/shared-responsibility-model/>')).toEqual([]);
    expect(topicsOf('security@backup.example.com')).toEqual([]);
    expect(topicsOf('詳細はhttps://example.com/tls/をご覧ください')).toEqual([]);
  });

  it('finds nothing in empty text, symbols or text about no security topic', () => {
    expect(topicsOf('')).toEqual([]);
    expect(topicsOf('、。・「」()')).toEqual([]);
    expect(topicsOf('料金は月額制です。')).toEqual([]);
    expect(topicsOf('𠮷野家の𩸽')).toEqual([]);
  });

  it('reads very long lines of one character in one pass', () => {
    // Glued to a Latin run, "backup" is no word of its own; after anything else it is.
    for (const [ch, topics] of [
      ['a', []],
      ["'s", []],
      ['ー', ['backup']],
      ['ア', ['backup']],
      ['.', ['backup']],
      ['漢', ['backup']]
    ] as const) {
      expect(topicsOf(`1 ${ch.repeat(200_000)}backup`)).toEqual(topics);
    }
  });
});

describe('itemTopics', () => {
  it("reads a short heading's body too, not a short question's remark", () => {
    expect(itemTopics({ question: 'クロック', answer: 'NTPで時刻を同期しています。' })).toEqual([
      'clock'
    ]);
    expect(itemTopics({ question: '料金', answer: 'バックアップは毎日取得します。' })).toEqual([
      'backup'
    ]);
    expect(itemTopics({ question: '料金です。', answer: 'バックアップを取得します。' })).toEqual(
      []
    );
    expect(itemTopics({ question: 'Is data backed up?', answer: 'Yes, to AWS.' })).toEqual([
      'backup'
    ]);
  });

  it('merges question and body topics in taxonomy order', () => {
    expect(
      itemTopics({ question: 'ログの取り扱い', answer: 'バックアップと暗号化を行います。' })
    ).toEqual(['cryptography', 'backup', 'logging']);
  });
});

describe('TopicMatcher', () => {
  const topic = (code: string, en: string[], parent?: string): TopicDefinition => ({
    code,
    parent,
    label: { en: code, ja: code },
    ja: [],
    en
  });

  it('refuses a taxonomy with an unknown parent, a parent cycle or an empty term', () => {
    expect(() => new TopicMatcher([topic('a.b', ['x'], 'a')])).toThrow(/unknown parent a/);
    expect(() => new TopicMatcher([topic('a', ['x'], 'b'), topic('b', ['y'], 'a')])).toThrow(
      /parent cycle/
    );
    expect(() => new TopicMatcher([topic('a', ['-'])])).toThrow(/empty term/);
  });

  it('finds overlapping terms and terms inside longer ones', () => {
    const matcher = new TopicMatcher([
      topic('a', ['abc']),
      topic('b', ['bcd*']),
      topic('c', ['c d'])
    ]);
    expect(matcher.match('abcd')).toEqual([]);
    expect(matcher.match('abc d')).toEqual([0]);
    expect(matcher.match('c-d')).toEqual([2]);
    expect(matcher.match('x abc bcdx')).toEqual([0, 1]);
  });
});

describe('normalizeForTopics', () => {
  it('drops separators and marks where words start', () => {
    const text = normalizeForTopics('Multi-factor 認証, TLS1.2');
    expect(String.fromCharCode(...text.codes.subarray(0, text.length))).toBe(
      'multifactor認証tls12'
    );
    const starts: number[] = [];
    text.wordStart.subarray(0, text.length).forEach((flag, i) => {
      if (flag) starts.push(i);
    });
    expect(starts).toEqual([0, 5, 11, 12, 13, 16, 17]);
  });
});
