import { describe, expect, it } from 'vitest';
import { createTextDecoder } from '../../../engine/model/createTextDecoder.ts';

describe('createTextDecoder', () => {
  it('decodes UTF-8 and GBK with the platform decoder', () => {
    expect(createTextDecoder('utf-8').decode(new Uint8Array([0xe8, 0x93, 0x9d, 0xe5, 0x9b, 0xbe]))).toBe('蓝图');
    expect(createTextDecoder('gbk').decode(new Uint8Array([0xc0, 0xb6, 0xcd, 0xbc]))).toBe('蓝图');
  });

  it('throws on invalid bytes only when fatal, and keeps a BOM only when asked to', () => {
    const invalid = new Uint8Array([0x41, 0xff, 0x42]);
    expect(() => createTextDecoder('utf-8', { fatal: true }).decode(invalid)).toThrow();
    expect(createTextDecoder('utf-8').decode(invalid)).toBe('A\uFFFDB');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    expect(createTextDecoder('utf-8').decode(withBom)).toBe('A');
    expect(createTextDecoder('utf-8', { ignoreBOM: true }).decode(withBom)).toBe('\uFEFFA');
  });
});
