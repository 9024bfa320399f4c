/**
 * Base64 (RFC 4648, with padding) in plain TypeScript: `btoa` needs a binary string first and is
 * not there in every runtime the engine runs in, and the staged import sends a source file of up
 * to 3 MB this way (Apex `EncodingUtil.base64Decode` reads it): 50–70 ms for 3 MB in Node here.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = '='.charCodeAt(0);

/** Characters turned into a string at a time (String.fromCharCode takes a bounded argument list). */
const STRING_CHUNK = 0x8000;

/** `bytes` as base64 text. */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o] = CODES[n >>> 18];
    out[o + 1] = CODES[(n >>> 12) & 63];
    out[o + 2] = CODES[(n >>> 6) & 63];
    out[o + 3] = CODES[n & 63];
    o += 4;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = (bytes[whole] << 16) | (rest === 2 ? bytes[whole + 1] << 8 : 0);
    out[o] = CODES[n >>> 18];
    out[o + 1] = CODES[(n >>> 12) & 63];
    out[o + 2] = rest === 2 ? CODES[(n >>> 6) & 63] : PAD;
    out[o + 3] = PAD;
  }
  let text = '';
  for (let start = 0; start < out.length; start += STRING_CHUNK) {
    // apply takes the typed array as it is; spreading it walks an iterator, three times slower.
    const codes = out.subarray(start, start + STRING_CHUNK) as unknown as number[];
    text += String.fromCharCode.apply(null, codes);
  }
  return text;
}
