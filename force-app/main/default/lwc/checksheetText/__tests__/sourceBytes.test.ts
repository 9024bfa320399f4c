/**
 * The hash and the base64 text of a source file: the NIST test vectors, and agreement with Node's
 * own implementations on every length around the block and padding boundaries.
 */
import { createHash } from 'crypto';
import fc from 'fast-check';
import { sha256Hex, toBase64 } from 'c/checksheetText';

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

describe('sha256Hex', () => {
  it.each([
    ['the empty message', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'the 448-bit message',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    ],
    [
      'the 896-bit message',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1'
    ]
  ])('hashes %s as NIST says', (_what, text, hex) => {
    expect(sha256Hex(ascii(text))).toBe(hex);
  });

  it('hashes a million "a" as NIST says', () => {
    expect(sha256Hex(new Uint8Array(1000000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'
    );
  });

  it('agrees with Node on every length from 0 to 200 bytes (one and two padding blocks)', () => {
    for (let length = 0; length <= 200; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + length) & 0xff);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('agrees with Node on arbitrary bytes, including a subarray of a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), fc.nat(16), (bytes, skip) => {
        const view = bytes.subarray(Math.min(skip, bytes.length));
        expect(sha256Hex(view)).toBe(createHash('sha256').update(view).digest('hex'));
      })
    );
  });

  it('hashes the UTF-8 bytes of Japanese text as Node does', () => {
    const bytes = Uint8Array.from(Buffer.from('項番\t確認事項\t実施有無\n1-1\t方針\t○\n', 'utf8'));
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('toBase64', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy']
  ])('encodes "%s" as RFC 4648 says', (text, base64) => {
    expect(toBase64(ascii(text))).toBe(base64);
  });

  it('agrees with Node on arbitrary bytes, every byte value included', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    expect(toBase64(all)).toBe(Buffer.from(all).toString('base64'));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      })
    );
  });

  it('encodes a 3 MB file, longer than one string chunk, in one piece', () => {
    const bytes = Uint8Array.from({ length: 3000000 }, (_, i) => (i * 7) & 0xff);
    const text = toBase64(bytes);
    expect(text).toHaveLength(4000000);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
  });
});
