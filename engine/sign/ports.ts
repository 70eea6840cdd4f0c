// What the shells give the engine to sign and to decide whom to trust. The private key stays behind
// `Signer` (a CLI key file, IndexedDB in the browser, main's safeStorage on the desktop): only signatures
// come out, so the key never crosses IPC and never enters a workspace, a package or a log.

/** The signing station as it names itself in what it signs. */
export interface StationIdentity {
  /** Stable id of the installation (made on first start, never copied with a workspace). */
  stationId: string;
  /** A person-readable name, e.g. "生态环境局-张工". */
  stationName: string;
}

export interface Signer extends StationIdentity {
  /** 32-byte Ed25519 public key of this station. */
  publicKey: Uint8Array;
  /** The 64-byte Ed25519 signature of `message` (may ask the user for a passphrase first). */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** One entry of an installation's list of trusted public keys. */
export interface TrustedKey extends StationIdentity {
  /** Base64 of the 32-byte public key. */
  publicKey: string;
  fingerprint: string;
  addedAt: string;
  /** The station's short code (the one its provisional log numbers carry), when known. */
  stationCode?: string;
  /** ISO time of revocation; a revoked key verifies nothing signed after it and is reported as revoked. */
  revokedAt?: string;
}

/** Read access to the trust list, as the verifier needs it. */
export interface TrustedKeys {
  /** The entry for this public key (base64), or null when the key is unknown to this installation. */
  lookup(publicKeyBase64: string): TrustedKey | null;
}
