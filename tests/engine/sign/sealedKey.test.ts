// The sealed private key (scrypt + AES-256-GCM) with Node's WebCrypto as the AES port: it opens with its passphrase
// only, holds no raw key bytes, and a changed byte or a swapped public key is refused, never half-opened.
import { describe, expect, it } from 'vitest';
import { bytesToBase64, openSealedKey, sealPrivateKey, stationKeyPairFromSeed } from '../../../engine/sign/index.ts';
import { nodeAesGcm as aes } from '../../../main/node/station/nodeAesGcm.ts';

const pair = stationKeyPairFromSeed(new Uint8Array(32).map((_, i) => i * 7 + 1));
const random = { salt16: new Uint8Array(16).fill(3), iv12: new Uint8Array(12).fill(5) };
// A low scrypt cost keeps the test quick; the cost travels in the record, so opening uses the same.
const N = 1024;

describe('sealed private key', () => {
  it('opens with its passphrase to the same key pair and stores no raw key bytes', async () => {
    const sealed = await sealPrivateKey(pair, '口令 pass', random, aes, N);
    const text = JSON.stringify(sealed);
    expect(text).not.toContain(bytesToBase64(pair.privateKey));
    expect(text).not.toContain(Buffer.from(pair.privateKey).toString('hex'));
    expect(sealed.kdf).toMatchObject({ name: 'scrypt', N, r: 8, p: 1 });
    const opened = await openSealedKey(JSON.parse(text), '口令 pass', aes);
    expect(opened.privateKey).toEqual(pair.privateKey);
    expect(opened.publicKey).toEqual(pair.publicKey);
  });

  it('refuses a wrong passphrase with a message in both languages', async () => {
    const sealed = await sealPrivateKey(pair, 'right', random, aes, N);
    await expect(openSealedKey(sealed, 'wrong', aes)).rejects.toMatchObject({
      code: 'wrong-passphrase',
      text: { zh: expect.stringContaining('口令不对'), en: expect.stringContaining('wrong passphrase') },
    });
  });

  it('refuses a changed ciphertext byte, a swapped public key and something that is not a sealed key', async () => {
    const sealed = await sealPrivateKey(pair, 'right', random, aes, N);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    await expect(openSealedKey({ ...sealed, ciphertext: bytes.toString('base64') }, 'right', aes)).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    const other = stationKeyPairFromSeed(new Uint8Array(32).fill(9));
    await expect(openSealedKey({ ...sealed, publicKey: bytesToBase64(other.publicKey) }, 'right', aes)).rejects.toMatchObject({
      code: 'not-a-sealed-key',
    });
    await expect(openSealedKey({ format: 'x' }, 'right', aes)).rejects.toMatchObject({ code: 'not-a-sealed-key' });
    await expect(sealPrivateKey(pair, '', random, aes, N)).rejects.toMatchObject({ code: 'empty-passphrase' });
  });
});
