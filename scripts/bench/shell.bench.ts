// Desktop-shell figures: reading a large plan file the way main answers `file:read-bytes` (fs/promises on
// the thread pool) while measuring how long the event loop stalls, and writing it back atomically.
// `--sizes 100,300` sets the file sizes in MB (default 300). Prints figures; asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createIpcHandlers } from '../../main/node/createIpcHandlers.ts';
import { createFileGrants } from '../../main/node/fileGrants.ts';
import { createRotatingLog } from '../../main/node/rotatingLog.ts';
import { atomicWriteFile } from '../../main/node/atomicWriteFile.ts';

const sizesFlag = process.argv.indexOf('--sizes');
const sizesMb = (sizesFlag >= 0 ? (process.argv[sizesFlag + 1] ?? '300') : '300').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'lantu-shell-bench-'));
const APP = { frameUrl: 'app://lantu/index.html', isMainFrame: true };

try {
  for (const sizeMb of sizesMb) {
    const path = join(dir, `plan-${sizeMb}mb.geojson`);
    const block = Buffer.alloc(1024 * 1024, 0x20);
    for (let i = 0; i < sizeMb; i++) writeFileSync(path, block, { flag: i === 0 ? 'w' : 'a' });

    const grants = createFileGrants();
    const fileId = grants.grant(path);
    const handlers = createIpcHandlers({
      ports: {} as never,
      grants,
      log: createRotatingLog({ dir: join(dir, 'logs') }),
      recentFilesPath: join(dir, 'recent.json'),
      journalDir: join(dir, 'journal'),
      language: { get: () => 'zh', set: () => undefined },
    });

    const delay = monitorEventLoopDelay({ resolution: 5 });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    delay.enable();
    const started = performance.now();
    const result = await handlers.handle('readFileBytes', { fileId }, APP);
    const readMs = performance.now() - started;
    delay.disable();
    clearInterval(ticker);
    if (!result.ok) throw new Error(result.error.message);

    const writeStarted = performance.now();
    await atomicWriteFile(join(dir, 'copy.geojson'), result.value);
    const writeMs = performance.now() - writeStarted;

    console.log(
      `file:read-bytes ${sizeMb} MB: ${readMs.toFixed(0)} ms (${((sizeMb / readMs) * 1000).toFixed(0)} MB/s); ` +
        `event loop max stall ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, ${ticks} 10-ms timer ticks ran during the read; ` +
        `atomic write ${writeMs.toFixed(0)} ms`,
    );
    rmSync(path);
    rmSync(join(dir, 'copy.geojson'));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
