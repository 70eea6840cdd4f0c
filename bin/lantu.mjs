#!/usr/bin/env node
// The `lantu` command: runs the esbuild bundle of main/cli (out/cli/lantu.mjs, `node scripts/build.mjs cli`, made by
// `npm ci` and `npm test`), warning on stderr when a source it was built from has changed since; exit 2 without it.
import { existsSync, readFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_STAMP_FILE, changedCliInputs } from '../scripts/build/cliBundleStamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'cli');
const argv = process.argv.slice(2);
const en = argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en');
const REBUILD = 'node scripts/build.mjs cli';

if (!existsSync(join(outDir, 'lantu.mjs'))) {
  process.stderr.write(
    en
      ? `lantu: the command is not built: out/cli/lantu.mjs is missing. Run \`${REBUILD}\` (npm ci and npm test run it).\n`
      : `lantu：命令尚未构建，缺少 out/cli/lantu.mjs。请运行 \`${REBUILD}\`（npm ci 和 npm test 会自动运行）。\n`,
  );
  process.exit(2);
}

let changed;
try {
  changed = changedCliInputs(root, JSON.parse(readFileSync(join(outDir, CLI_STAMP_FILE), 'utf8')));
} catch {
  process.stderr.write(
    en
      ? `lantu: warning: out/cli/${CLI_STAMP_FILE} is missing or unreadable, so whether out/cli/lantu.mjs matches its sources is unknown. Run \`${REBUILD}\`.\n`
      : `lantu：警告：out/cli/${CLI_STAMP_FILE} 缺失或无法读取，无法判断 out/cli/lantu.mjs 是否与源代码一致。请运行 \`${REBUILD}\`。\n`,
  );
  changed = [];
}
if (changed.length > 0) {
  const named = changed.slice(0, 3).join(en ? ', ' : '、');
  const more = changed.length > 3 ? (en ? ` and ${changed.length - 3} more` : ` 等 ${changed.length} 个文件`) : '';
  process.stderr.write(
    en
      ? `lantu: warning: out/cli/lantu.mjs is older than its sources (${named}${more} changed since it was built); this run uses the old build. Run \`${REBUILD}\`.\n`
      : `lantu：警告：out/cli/lantu.mjs 比源代码旧（构建后 ${named}${more} 有改动），本次运行的是旧版本。请运行 \`${REBUILD}\`。\n`,
  );
}

// Node 22.1 and later keep V8's compiled code of the bundle between runs (out/cli/.compile-cache, checked against the
// bundle's content, so a rebuild is never served stale code): about 35 ms of `--help`. Node 20 lacks the call.
module.enableCompileCache?.(join(outDir, '.compile-cache'));
const { main } = await import(pathToFileURL(join(outDir, 'lantu.mjs')).href);
process.exitCode = await main(argv);
