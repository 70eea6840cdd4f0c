// `npm run bench -- zip64`: a ZIP64 archive past 4 GiB written the way `lantu export` writes a package — the
// zip writer's chunks streamed into atomicWriteFile's temporary file, nothing held but the entry in hand — then
// checked by `unzip -t` (every entry inflated and its CRC-32 compared), listed by Python's zipfile, and read back
// through engine/zip from a file handle (main/node/openZipFile: every entry inflated in chunks, its CRC-32 and
// size compared, the small files byte for byte; the archive is never held). Contents:
// 70,000 small files (past the 16-bit count; half of them after the 4 GiB mark, so their offsets need ZIP64),
// 66 × 64 MiB of random bytes (one blob deflated once and reused: this measures the writer and the disk, not
// deflate) and one entry of 4 GiB + 1.3 MB of zeros (size past 32 bits, 27 MB deflated). Prints size, times
// and peak RSS; the archive is deleted afterwards, also on failure.
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdtempSync, rmSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { crc32 } from '../../engine/package/index.ts';
import { createZipWriter } from '../../engine/package/index.ts';
import { inflateZipEntryChunks, listZipEntries, PACKAGE_ZIP_LIMITS } from '../../engine/zip/index.ts';
import { atomicWriteFile } from '../../main/node/atomicWriteFile.ts';
import { openZipFile } from '../../main/node/openZipFile.ts';
import { crc32OfZeros, zeroDeflate } from '../../tests/engine/package/zeroDeflate.ts';

const SMALL_FILES = 70_000;
const BLOB_BYTES = 64 << 20;
const BLOBS = 66;
const GIB = 2 ** 30;

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const needBytes = 5 * GIB;
  if (statfsSync(tmpdir()).bavail * statfsSync(tmpdir()).bsize < needBytes) {
    console.log(`skipped: ${tmpdir()} has less than 5 GiB free`);
    return;
  }
  let t = performance.now();
  const blob = new Uint8Array(BLOB_BYTES);
  for (let at = 0; at < blob.length; at += 65_536) randomFillSync(blob.subarray(at, at + 65_536));
  const blobDeflated = deflateSync(blob, { level: 6 });
  const blobCrc = crc32(blob);
  const zeros = zeroDeflate(4 * GIB + 1);
  const zerosCrc = crc32OfZeros(zeros.sizeBytes);
  const small = Array.from({ length: 251 }, (_, k) => new TextEncoder().encode(`文件 ${k} ${'x'.repeat(k % 7)}\n`));
  const smallDeflated = small.map((bytes) => deflateSync(bytes, { level: 6 }));
  const smallCrc = small.map((bytes) => crc32(bytes));
  console.log(
    `inputs prepared in ${seconds(performance.now() - t)} (64 MiB random blob deflated to ${blobDeflated.length} bytes; zeros ${zeros.sizeBytes} bytes in ${zeros.data.length})`,
  );

  const zip = createZipWriter('2026-11-27T00:00:00Z');
  let entries = 0;
  function* chunks(): Generator<Uint8Array> {
    const smallRange = function* (from: number, to: number) {
      for (let i = from; i < to; i++, entries++) {
        const k = i % small.length;
        yield* zip.entryDeflated(`small/${String(i).padStart(5, '0')}.txt`, small[k]!.length, smallCrc[k]!, smallDeflated[k]!);
      }
    };
    yield* smallRange(0, SMALL_FILES / 2);
    for (let b = 0; b < BLOBS; b++, entries++)
      yield* zip.entryDeflated(`blob/${String(b).padStart(2, '0')}.bin`, BLOB_BYTES, blobCrc, blobDeflated);
    yield* zip.entryDeflated('zeros.bin', zeros.sizeBytes, zerosCrc, zeros.data);
    entries++;
    yield* smallRange(SMALL_FILES / 2, SMALL_FILES);
    yield zip.finish();
  }
  async function* streamed(): AsyncGenerator<Uint8Array> {
    yield* chunks();
  }

  const dir = mkdtempSync(join(tmpdir(), 'lantu-zip64-bench-'));
  try {
    const path = join(dir, 'past-4gib.zip');
    t = performance.now();
    await atomicWriteFile(path, streamed());
    const writeMs = performance.now() - t;
    const sizeBytes = statSync(path).size;
    if (sizeBytes !== zip.sizeBytes) throw new Error(`wrote ${sizeBytes} bytes, the writer counted ${zip.sizeBytes}`);
    console.log(
      `written: ${sizeBytes} bytes (${(sizeBytes / GIB).toFixed(2)} GiB), ${entries} entries, in ${seconds(writeMs)} (${Math.round(sizeBytes / 2 ** 20 / (writeMs / 1000))} MiB/s, fsync included); peak RSS ${peakMb()} MB`,
    );

    t = performance.now();
    const unzip = spawnSync('unzip', ['-tq', path], { encoding: 'utf8' });
    const unzipMs = performance.now() - t;
    const unzipOk = unzip.status === 0 && /No errors detected/.test(unzip.stdout);
    console.log(
      `unzip -t: ${unzipOk ? 'ok' : 'FAILED'} in ${seconds(unzipMs)} (${(unzip.stdout + unzip.stderr).trim().split('\n').slice(-1)[0]})`,
    );

    t = performance.now();
    const script =
      'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\ni=z.infolist()\nprint(json.dumps([len(i), max(x.header_offset for x in i), max(x.file_size for x in i), z.read(i[-1].filename).decode()]))';
    const py = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
    const [count, maxOffset, maxSize, last] = py.status === 0 ? (JSON.parse(py.stdout) as [number, number, number, string]) : [0, 0, 0, ''];
    const pyOk =
      count === entries &&
      maxOffset > 4 * GIB &&
      maxSize === zeros.sizeBytes &&
      last === new TextDecoder().decode(small[(SMALL_FILES - 1) % small.length]);
    console.log(
      `python zipfile: ${pyOk ? 'ok' : 'FAILED'} in ${seconds(performance.now() - t)} (${count} entries, last local header at ${maxOffset}, largest entry ${maxSize} bytes)${py.status === 0 ? '' : ` ${py.stderr.trim().split('\n').pop()}`}`,
    );

    t = performance.now();
    const cpuBefore = process.cpuUsage();
    let readOk = false;
    let readNote = '';
    const opened = openZipFile(path);
    try {
      const listed = listZipEntries(opened.source, 'past-4gib.zip', {
        ...PACKAGE_ZIP_LIMITS,
        maxTotalBytes: 16 * GIB,
        maxEntries: 100_000,
      });
      let inflatedBytes = 0;
      let bad = 0;
      for (const entry of listed) {
        let crc = 0;
        let sizeBytes = 0;
        const chunks: Uint8Array[] = [];
        const isSmall = entry.name.startsWith('small/');
        inflateZipEntryChunks(opened.source, 'past-4gib.zip', entry, (chunk) => {
          crc = crc32(chunk, crc);
          sizeBytes += chunk.length;
          if (isSmall) chunks.push(chunk.slice());
        });
        inflatedBytes += sizeBytes;
        const k = isSmall ? Number(entry.name.slice(6, 11)) % 251 : -1;
        const want = isSmall
          ? { crc: smallCrc[k]!, sizeBytes: small[k]!.length }
          : entry.name === 'zeros.bin'
            ? { crc: zerosCrc, sizeBytes: zeros.sizeBytes }
            : { crc: blobCrc, sizeBytes: BLOB_BYTES };
        const sameSmall = !isSmall || Buffer.concat(chunks).equals(small[k]!);
        if (crc !== want.crc || sizeBytes !== want.sizeBytes || !sameSmall) bad++;
      }
      readOk = listed.length === entries && bad === 0;
      readNote = `${listed.length} entries, ${(inflatedBytes / GIB).toFixed(2)} GiB inflated, ${bad} mismatched`;
    } catch (error) {
      readNote = error instanceof Error ? error.message : String(error);
    } finally {
      opened.close();
    }
    const cpu = process.cpuUsage(cpuBefore);
    console.log(
      `engine/zip from the file: ${readOk ? 'ok' : 'FAILED'} in ${seconds(performance.now() - t)} wall, ${seconds((cpu.user + cpu.system) / 1000)} CPU (${readNote}); peak RSS ${peakMb()} MB`,
    );
    console.log(`peak RSS ${peakMb()} MB`);
    if (!unzipOk || !pyOk || !readOk) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
