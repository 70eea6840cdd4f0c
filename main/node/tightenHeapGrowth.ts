// Node shell. tightenHeapGrowth() makes every V8 heap of this process (this thread's and its worker threads') collect
// once it has grown by three quarters over what it held after its last full collection. V8's own factor let a rules
// worker's 229 MB of live objects reach 763 MB before it collected at 300k parcels, while this thread held its own
// garbage too. A process-wide flag, read at each collection in every isolate (README, Decisions, 2026-12-07).
import { setFlagsFromString } from 'node:v8';

export function tightenHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=75');
}
