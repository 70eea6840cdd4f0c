// Where the map keeps the overview images it drew, by layer key and fingerprint, so a reopened workspace shows them
// without drawing them again (renderer/services/persistence/storedOverviews.ts keeps them in IndexedDB).
export interface OverviewStore {
  /** The PNG stored for `key` and the fingerprint of what it was drawn from; null when none. */
  load(key: string): Promise<StoredOverview | null>;
  /** Replaces what is stored for `key`. */
  save(key: string, fingerprint: string, png: Uint8Array): Promise<void>;
}

export interface StoredOverview {
  fingerprint: string;
  png: Uint8Array;
}
