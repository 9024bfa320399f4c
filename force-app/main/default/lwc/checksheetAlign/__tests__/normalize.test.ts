import { matchKey, normalizeQuestion, stableHash, MATCH_KEY_MAX_LENGTH } from 'c/checksheetAlign';

describe('normalizeQuestion', () => {
  it('drops white space, Japanese punctuation, quotes and brackets', () => {
    expect(normalizeQuestion('情報セキュリティ 基本方針を、定めること。')).toBe(
      '情報セキュリティ基本方針を定めること'
    );
    expect(normalizeQuestion('「クラウドサービス」（SaaS）・IaaS')).toBe(
      'クラウドサービスsaasiaas'
    );
  });

  it('folds full-width Latin, digits and half-width kana (NFKC) and lower-cases', () => {
    expect(normalizeQuestion('ＩＳＯ２７００１')).toBe('iso27001');
    expect(normalizeQuestion('ｻｰﾊﾞｰを監視')).toBe(normalizeQuestion('サーバーを監視'));
  });

  it('unifies long-vowel and dash variants, keeping the long vowel only inside a katakana word', () => {
    expect(normalizeQuestion('サーバー')).toBe('サーバ');
    expect(normalizeQuestion('サ－バ')).toBe('サーバ');
    expect(normalizeQuestion('ユーザ')).toBe(normalizeQuestion('ユーザー'));
    expect(normalizeQuestion('e-mail — 6‐7')).toBe('email67');
  });

  it('keeps the characters that carry meaning apart', () => {
    expect(normalizeQuestion('バックアップを取得すること')).not.toBe(
      normalizeQuestion('ログを取得すること')
    );
    expect(normalizeQuestion('')).toBe('');
    expect(normalizeQuestion(' 、。 ')).toBe('');
  });
});

describe('matchKey', () => {
  it('gives the same key to one question written with different spacing, width and punctuation', () => {
    const keys = [
      '情報セキュリティ基本方針を定め、文書化すること。',
      '情報セキュリティ 基本方針を定め 文書化すること',
      '｢情報セキュリティ｣基本方針を定め､文書化すること｡'
    ].map(matchKey);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe('情報セキュリティ基本方針を定め文書化すること');
  });

  it('keeps a short normalised question as it is', () => {
    expect(matchKey('Do you encrypt data at rest?')).toBe('doyouencryptdataatrest');
  });

  it('cuts a long question to a 238-character prefix, "#" and a 16-digit hash: exactly 255 characters', () => {
    const long = 'あ'.repeat(300);
    const key = matchKey(long);
    expect(key).toHaveLength(MATCH_KEY_MAX_LENGTH);
    expect(key).toBe('あ'.repeat(238) + '#' + stableHash('あ'.repeat(300)));
    expect(key).toMatch(/#[0-9a-f]{16}$/);
  });

  it('tells apart long questions that differ only after the prefix', () => {
    const stem = '利用者の情報を'.repeat(40);
    expect(matchKey(stem + '暗号化すること')).not.toBe(matchKey(stem + '削除すること'));
    expect(matchKey(stem + '暗号化すること')).toBe(matchKey(stem + ' 暗号化すること。'));
  });

  it('never ends the prefix in half a surrogate pair', () => {
    const key = matchKey('a'.repeat(237) + '𠮷'.repeat(20));
    expect(key.length).toBeLessThanOrEqual(MATCH_KEY_MAX_LENGTH);
    const prefix = key.slice(0, key.indexOf('#'));
    expect(prefix).toBe('a'.repeat(237));
  });

  it('hashes deterministically', () => {
    expect(stableHash('abc')).toBe(stableHash('abc'));
    expect(stableHash('abc')).not.toBe(stableHash('abd'));
    expect(stableHash('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
