// The browser build's station database (Dexie), apart from the workspace database `lantu`: clearing or replacing
// a workspace never touches the station, and a copied workspace never carries it. `self` holds the station record
// ('station') and its sealed private key ('key', scrypt + AES-256-GCM, never raw bytes); `trustLog` is append-only.
import Dexie, { type Table } from 'dexie';
import type { TrustLogEntry } from '../../engine/sign/index.ts';

export const STATION_DB_NAME = 'lantu-station';

export interface StationSelfRow {
  key: 'station' | 'key';
  value: unknown;
}

export interface TrustLogRow {
  seq?: number;
  entry: TrustLogEntry;
}

export class StationDb extends Dexie {
  self!: Table<StationSelfRow, string>;
  trustLog!: Table<TrustLogRow, number>;

  constructor(name: string = STATION_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ self: 'key', trustLog: '++seq' });
  }
}
