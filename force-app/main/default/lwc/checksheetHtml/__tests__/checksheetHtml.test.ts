import fc from 'fast-check';
import { containsHtml, decodeEntities, htmlToText } from 'c/checksheetHtml';

describe('htmlToText', () => {
  it('puts each list item on its own line and drops the list markup', () => {
    const html =
      '<ul style="list-style-type: none"> <li>○ 監視しています。</li> <li>○ 対象外です</li> </ul>';
    expect(htmlToText(html)).toBe('○ 監視しています。\n○ 対象外です');
  });

  it('keeps link addresses as text', () => {
    expect(htmlToText('詳細は <a href="https://acme.example/faq">FAQ</a> を参照')).toBe(
      '詳細は FAQ (https://acme.example/faq) を参照'
    );
    expect(
      htmlToText('（<a href="https://acme.example/news/">https://acme.example/news/</a>）')
    ).toBe('（https://acme.example/news/）');
    expect(htmlToText('<a href="https://acme.example/"></a>')).toBe('https://acme.example/');
    expect(htmlToText('<a href="mailto:security@acme.example">security@acme.example</a>')).toBe(
      'security@acme.example'
    );
  });

  it('closes a link still open at the next <a>, as a browser does, however deep the nesting', () => {
    expect(
      htmlToText('<a href="https://a.example/">A<a href="https://b.example/">B</a>C</a>')
    ).toBe('A (https://a.example/)B (https://b.example/)C');
    const nested = `${'<a href="u">x'.repeat(5000)}${'</a>'.repeat(5000)}`;
    expect(htmlToText(nested)).toBe('x (u)'.repeat(5000));
  });

  it('keeps the text of in-page links, not their address', () => {
    expect(htmlToText('<a href="#top">Top</a>')).toBe('Top');
  });

  it('keeps markup that could run code as the literal text it was, for the reviewer to see', () => {
    expect(htmlToText('<a href="javascript:void(0)">Open</a> the policy')).toBe(
      '<a href="javascript:void(0)">Open</a> the policy'
    );
    expect(htmlToText('詳細は<img src=x onerror=alert(1)>別紙')).toBe(
      '詳細は<img src=x onerror=alert(1)>別紙'
    );
    expect(htmlToText('<p>ok</p><script>alert(1)</script>')).toBe('ok\n<script>alert(1)</script>');
    expect(htmlToText('<b>x</b><iframe src="https://evil.example"></iframe>')).toBe(
      'x<iframe src="https://evil.example"></iframe>'
    );
    expect(htmlToText('<svg onload="steal()">')).toBe('<svg onload="steal()">');
    // Ordinary formatting around it is still read as text.
    expect(htmlToText('<ul><li>one</li><li><img onerror=x></li></ul>')).toBe(
      'one\n<img onerror=x>'
    );
    expect(htmlToText('<img src="logo.png" alt="Acme">')).toBe('');
  });

  it('decodes named, decimal and hexadecimal character references', () => {
    expect(
      htmlToText('AT&amp;T &lt;tag&gt; &quot;q&quot; &#39;s&#x27; a&nbsp;b &#x2713; &#12354;')
    ).toBe('AT&T <tag> "q" \'s\' a b ✓ あ');
    expect(htmlToText('&unknown; &amp')).toBe('&unknown; &amp');
  });

  it('breaks lines at <br>, <p> and <div>, and trims every line', () => {
    expect(htmlToText('one<br>two<br/>three<p>four</p><div> five </div>six')).toBe(
      'one\ntwo\nthree\nfour\nfive\nsix'
    );
  });

  it('flattens nested tags and nested lists', () => {
    expect(
      htmlToText(
        '<ul><li><b>暗号化</b>: <i>AES-256</i><ul><li>鍵は<span>KMS</span>で管理</li></ul></li></ul>'
      )
    ).toBe('暗号化: AES-256\n鍵はKMSで管理');
    expect(htmlToText('<a href="u"><b>text</b></a>')).toBe('text (u)');
  });

  it('separates table cells with a space and rows with a line break', () => {
    expect(
      htmlToText(
        '<table><tr><th>項目</th><th>値</th></tr><tr><td>RTO</td><td>4時間</td></tr></table>'
      )
    ).toBe('項目 値\nRTO 4時間');
  });

  it('drops comments, styles and declarations with their content', () => {
    expect(
      htmlToText('<!DOCTYPE html><!-- note --><style>p{color:red}</style><p>ok</p><?xml x?>')
    ).toBe('ok');
    expect(htmlToText('<![CDATA[raw <b>text</b>]]>')).toBe('raw <b>text</b>');
  });

  it('reads a < that opens no tag as text, and an autolink as its address', () => {
    expect(htmlToText('x < y and a<3 and 5 <= 6')).toBe('x < y and a<3 and 5 <= 6');
    expect(htmlToText('see <https://acme.example/policy>')).toBe('see https://acme.example/policy');
  });

  it('survives malformed markup', () => {
    expect(htmlToText('<b>bold<i>both</b> after')).toBe('boldboth after');
    expect(htmlToText("text <a href='x")).toBe('text');
    expect(htmlToText('text <div')).toBe('text');
    expect(htmlToText('</a>stray close')).toBe('stray close');
    expect(htmlToText('<!-- never closed')).toBe('');
    expect(htmlToText('<div title="a>b">t</div>')).toBe('t');
    expect(htmlToText('&#0; &#xD800; &#99999999;')).toBe('\uFFFD \uFFFD \uFFFD');
  });

  it('never throws and never leaves a tag it was given', () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        '<b>',
        '</b>',
        '<li>',
        '</li>',
        '<ul>',
        '<a href="https://x.example/">',
        '</a>',
        '<br>',
        '<!--',
        '-->',
        '&amp;',
        '&#x2713;',
        '<',
        '>',
        '"',
        "'",
        '○ ',
        '\n'
      ),
      // No "&" of its own: a generated "&lt;b&gt;" would rightly decode to the text "<b>".
      fc.string().map((text) => text.replace(/&/g, ''))
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const text = htmlToText(parts.join(''));
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(/<\/?(?:b|li|ul|a|br)(?=[\s/>])[^<>]*>/i);
      })
    );
  });
});

describe('containsHtml', () => {
  it('recognises tags and character references', () => {
    expect(containsHtml('<b>2-1 内部組織</b>')).toBe(true);
    expect(containsHtml('<ul style="x"><li>○</li></ul>')).toBe(true);
    expect(containsHtml('AT&amp;T')).toBe(true);
    expect(containsHtml('<!-- c -->')).toBe(true);
  });

  it('leaves plain text alone, angle brackets and ampersands included', () => {
    expect(containsHtml('○ 当社は対応しています。')).toBe(false);
    expect(containsHtml('A&A-01.1')).toBe(false);
    expect(containsHtml('x < y > z')).toBe(false);
    expect(containsHtml('<https://www.meti.go.jp/>')).toBe(false);
    expect(containsHtml('<組織名>')).toBe(false);
    expect(containsHtml('&constructor;')).toBe(false);
  });
});

describe('decodeEntities', () => {
  it('decodes references and leaves other ampersands', () => {
    expect(decodeEntities('a &amp; b &copy; &AMP; c & d')).toBe('a & b © & c & d');
  });
});

describe('htmlToText with tag names a browser would read', () => {
  it('reads "<A<b>>" as a browser does (one tag "a<b"), never leaving a tag-like "<A>"', () => {
    expect(htmlToText('<A<b>>')).toBe('>');
  });

  it('keeps a "<" that starts no tag name as text', () => {
    expect(htmlToText('1 <3 and 2<5')).toBe('1 <3 and 2<5');
    expect(htmlToText('<注意> 予定')).toBe('<注意> 予定');
  });
});

describe('decodeEntities, read by hand', () => {
  /** What a character reference is, as the regular expression the reader replaced wrote it. */
  const REFERENCE = /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
  const decodedByExpression = (text: string): string =>
    text.replace(REFERENCE, (whole) => decodeEntities(whole));

  it('decodes exactly what the regular expression of a reference matches', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '&',
            '#',
            'x',
            'X',
            ';',
            '0',
            '9',
            'a',
            'F',
            'g',
            'amp',
            'nbsp',
            '1f',
            ' ',
            'あ'
          )
        }),
        (text) => {
          expect(decodeEntities(text)).toBe(decodedByExpression(text));
          expect(containsHtml(`${text}`)).toBe(decodedByExpression(text) !== text);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it('keeps the bounds of a reference: 1–8 hex digits, 1–9 digits', () => {
    expect(decodeEntities('&#x00000041;&#x000000041;&#x;')).toBe('A&#x000000041;&#x;');
    expect(decodeEntities('&#000000065;&#0000000065;&#;')).toBe('A&#0000000065;&#;');
    expect(decodeEntities('&&amp;;&amp')).toBe('&&;&amp');
  });
});
