/**
 * Test helper: the same text in every encoding decodeBytes detects. Node has no Shift_JIS
 * encoder, so one is built from the decoder: every CP932 byte pair is decoded once and the table
 * is reversed.
 *
 * These tests run under jsdom: `@jest-environment node` cannot load LWC modules (the LWC
 * transform brings in @lwc/engine-dom, which needs `Element`). jsdom has no TextDecoder or
 * TextEncoder, so Node's are installed here, as the browser and the org provide them.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, {
    TextDecoder: NodeTextDecoder,
    TextEncoder: NodeTextEncoder
  });
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function utf8WithBom(text: string): Uint8Array {
  return concat([0xef, 0xbb, 0xbf], utf8(text));
}

export function utf16le(text: string, bom = true): Uint8Array {
  const bytes: number[] = bom ? [0xff, 0xfe] : [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes.push(code & 0xff, code >> 8);
  }
  return new Uint8Array(bytes);
}

export function utf16be(text: string, bom = true): Uint8Array {
  const bytes: number[] = bom ? [0xfe, 0xff] : [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(bytes);
}

export function concat(head: readonly number[], tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + tail.length);
  out.set(head, 0);
  out.set(tail, head.length);
  return out;
}

let shiftJisTable: Map<string, number[]> | undefined;

function buildShiftJisTable(): Map<string, number[]> {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const table = new Map<string, number[]>();
  const add = (bytes: number[]): void => {
    let char: string;
    try {
      char = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    if (char.length === 1 && !table.has(char)) table.set(char, bytes);
  };
  for (let byte = 0; byte < 0x80; byte += 1) add([byte]);
  for (let byte = 0xa1; byte <= 0xdf; byte += 1) add([byte]);
  const leads = [];
  for (let lead = 0x81; lead <= 0x9f; lead += 1) leads.push(lead);
  for (let lead = 0xe0; lead <= 0xfc; lead += 1) leads.push(lead);
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfc; trail += 1) {
      if (trail !== 0x7f) add([lead, trail]);
    }
  }
  return table;
}

/** The text in Shift_JIS (CP932); throws on a character CP932 cannot write. */
export function shiftJis(text: string): Uint8Array {
  shiftJisTable ??= buildShiftJisTable();
  const bytes: number[] = [];
  for (const char of text) {
    const encoded = shiftJisTable.get(char);
    if (!encoded) throw new Error(`no Shift_JIS code for U+${char.codePointAt(0)?.toString(16)}`);
    bytes.push(...encoded);
  }
  return new Uint8Array(bytes);
}

let huge: Uint8Array | undefined;

/** 30 MB of text bytes, allocated once per test file. */
export function hugeBytes(): Uint8Array {
  huge ??= new Uint8Array(30 * 1024 * 1024).fill(0x61);
  return huge;
}
