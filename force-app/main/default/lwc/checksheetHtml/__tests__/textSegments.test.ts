import { linkSegments } from '../textSegments';

describe('linkSegments', () => {
  it('keeps text without addresses as one plain run', () => {
    expect(linkSegments('当社はISMS認証を取得しています。')).toEqual([
      { key: 's0', text: '当社はISMS認証を取得しています。' }
    ]);
  });

  it('makes http and https addresses links and leaves the sentence around them as text', () => {
    const segments = linkSegments(
      '詳細は https://acme.example/trust を参照（http://acme.example/a）。'
    );
    expect(segments.map((s) => [s.text, s.url])).toEqual([
      ['詳細は ', undefined],
      ['https://acme.example/trust', 'https://acme.example/trust'],
      [' を参照（', undefined],
      ['http://acme.example/a', 'http://acme.example/a'],
      ['）。', undefined]
    ]);
  });

  it('leaves sentence punctuation after an address out of the link', () => {
    const segments = linkSegments('See https://acme.example/policy. Then ask.');
    expect(segments[1]).toEqual({
      key: 's1',
      text: 'https://acme.example/policy',
      url: 'https://acme.example/policy'
    });
    expect(segments[2].text).toBe('. Then ask.');
  });

  it('never links javascript:, data: or markup, which stay text', () => {
    const text = '<a href="javascript:alert(1)">x</a> data:text/html,<script>alert(1)</script>';
    const segments = linkSegments(text);
    expect(segments).toEqual([{ key: 's0', text }]);
  });

  it('does not treat a bare scheme as an address', () => {
    expect(linkSegments('https:// only')).toEqual([{ key: 's0', text: 'https:// only' }]);
  });

  it('gives nothing for an empty text', () => {
    expect(linkSegments('')).toEqual([]);
  });
});
