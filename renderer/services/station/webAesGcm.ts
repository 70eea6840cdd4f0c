// AES-256-GCM for engine/sign's sealed keys through the browser's WebCrypto (crypto.subtle).
import type { AesGcmPort } from '../../../engine/sign/index.ts';

async function keyOf(key32: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', key32 as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, [usage]);
}

export const webAesGcm: AesGcmPort = {
  async encrypt(key32, iv12, plain) {
    return new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: iv12 as Uint8Array<ArrayBuffer> },
        await keyOf(key32, 'encrypt'),
        plain as Uint8Array<ArrayBuffer>,
      ),
    );
  },
  async decrypt(key32, iv12, sealed) {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: iv12 as Uint8Array<ArrayBuffer> },
        await keyOf(key32, 'decrypt'),
        sealed as Uint8Array<ArrayBuffer>,
      ),
    );
  },
};
