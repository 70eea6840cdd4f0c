// Node. AES-256-GCM for engine/sign's sealed keys through WebCrypto (the same API the browser build uses).
import { webcrypto } from 'node:crypto';
import type { AesGcmPort } from '../../../engine/sign/index.ts';

const subtle = webcrypto.subtle;

async function keyOf(key32: Uint8Array, usage: 'encrypt' | 'decrypt') {
  return subtle.importKey('raw', key32, { name: 'AES-GCM' }, false, [usage]);
}

export const nodeAesGcm: AesGcmPort = {
  async encrypt(key32, iv12, plain) {
    return new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: iv12 }, await keyOf(key32, 'encrypt'), plain));
  },
  async decrypt(key32, iv12, sealed) {
    return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: iv12 }, await keyOf(key32, 'decrypt'), sealed));
  },
};
