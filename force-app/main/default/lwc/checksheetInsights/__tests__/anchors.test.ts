/**
 * The anchor automaton (../anchors) against the plainest search there is: every anchor looked
 * for at every position of the text. Whatever the text, both must find the same occurrences,
 * in text order; the rules' own tables and anchors that overlap one another (one the suffix or
 * the prefix of another, runs of one character) are where an automaton's fallbacks go wrong.
 */
import fc from 'fast-check';
import { AnchorIndex, occurrenceBuffer } from '../anchors';
import { compileRules } from '../rules';
import type { Language } from '../rules';
import { ENGLISH_RULES } from '../rulesEn';
import { JAPANESE_RULES } from '../rulesJa';

/** ASCII capitals folded, as English anchors are compared. */
function folded(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** Slot and position of every anchor occurrence, found by comparing at every position. */
function plainSearch(index: AnchorIndex, text: string): string[] {
  const compared = index.caseless ? folded(text) : text;
  const found: string[] = [];
  for (let position = 0; position < text.length; position += 1) {
    index.phrases.forEach((phrase, slot) => {
      if (compared.startsWith(phrase.anchor, position)) found.push(`${slot}@${position}`);
    });
  }
  return found;
}

function scanned(index: AnchorIndex, text: string): string[] {
  const buffer = occurrenceBuffer();
  index.scan(text, buffer);
  const found: string[] = [];
  for (let at = 0; at < buffer.length; at += 2) {
    found.push(`${buffer.data[at]}@${buffer.data[at + 1]}`);
  }
  return found;
}

/** What the automaton found, sorted as the plain search's, and whether it came in text order. */
function automatonFinds(
  index: AnchorIndex,
  text: string
): { occurrences: string[]; inTextOrder: boolean } {
  const found = scanned(index, text);
  const at = found.map((occurrence) => Number(occurrence.split('@')[1]));
  return {
    occurrences: [...found].sort(),
    inTextOrder: at.every((position, k) => k === 0 || at[k - 1] <= position)
  };
}

function plainFinds(
  index: AnchorIndex,
  text: string
): { occurrences: string[]; inTextOrder: true } {
  return { occurrences: plainSearch(index, text).sort(), inTextOrder: true };
}

/** An index over every phrase of a language's tables, as ../search builds it. */
function tableIndex(language: Language): AnchorIndex {
  const table = language === 'ja' ? JAPANESE_RULES : ENGLISH_RULES;
  const index = new AnchorIndex(language === 'en', 0);
  index.add(compileRules(table.responsibility, language));
  index.add(compileRules(table.flags, language));
  return index;
}

/** Pieces of text that make anchors occur, overlap and almost occur. */
function pieces(index: AnchorIndex): string[] {
  const anchors = [...new Set(index.phrases.map((phrase) => phrase.anchor))];
  const cut = anchors.flatMap((anchor) => [anchor.slice(0, -1), anchor.slice(1)]);
  return [...anchors, ...cut, ' ', '、', '。', 'X', 'Salesforce', 'AWS'];
}

describe('the anchor automaton', () => {
  const japanese = tableIndex('ja');
  const english = tableIndex('en');

  it.each([
    [
      'ja',
      '本事項についてはSalesforceの管理範囲となっております。定期的な見直しは行っておりません。'
    ],
    ['ja', '当社の管理範囲ではなく、お客様の責任となります（予定なし）。'],
    ['en', 'Managed by AWS. We do NOT encrypt backups; The customer is responsible for N/A items.'],
    ['en', 'HOSTED ON Microsoft Azure and operated by Equinix.']
  ])('finds every anchor of the %s tables in "%s"', (language, text) => {
    const index = language === 'ja' ? japanese : english;
    expect(scanned(index, text).length).toBeGreaterThan(0);
    expect(automatonFinds(index, text)).toEqual(plainFinds(index, text));
  });

  it('finds what a plain search finds in any text made of the tables’ anchors', () => {
    for (const index of [japanese, english]) {
      const piece = fc.constantFrom(...pieces(index));
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (parts, shout) => {
          const joined = parts.join('');
          const text = shout ? joined.toUpperCase() : joined;
          expect(automatonFinds(index, text)).toEqual(plainFinds(index, text));
        }),
        { numRuns: 300 }
      );
    }
  });

  it('finds anchors that are suffixes, prefixes and repeats of one another', () => {
    const index = new AnchorIndex(false, 0);
    const anchors = ['abcd', 'bc', 'bcd', 'c', 'aa', 'aaa', 'cab', 'dab', 'の管理範囲', '管理'];
    index.add(
      compileRules(
        anchors.map((anchor) => ({ phrases: [anchor] })),
        'ja'
      )
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'の', '管', '理', '範', '囲') }),
        (text) => {
          expect(automatonFinds(index, text)).toEqual(plainFinds(index, text));
        }
      ),
      { numRuns: 500 }
    );
  });

  it('gives each phrase sharing an anchor its own occurrence, in the order the phrases were added', () => {
    const index = new AnchorIndex(false, 0);
    index.add(
      compileRules([{ phrases: ['の管理範囲'] }, { phrases: ['{party}の管理範囲'] }], 'ja')
    );
    expect(scanned(index, 'AWSの管理範囲')).toEqual(['0@3', '1@3']);
  });
});
