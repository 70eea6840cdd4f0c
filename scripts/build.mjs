#!/usr/bin/env node
// Build dispatcher: `node scripts/build.mjs <target>...` runs scripts/build/<target>.mjs in order.
// `all` = generated, cli, main, renderer. Each target module exports a default async function.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const expand = { all: ['generated', 'cli', 'main', 'renderer'] };
const targets = process.argv.slice(2).flatMap((t) => expand[t] ?? [t]);

for (const target of targets) {
  const file = join(here, 'build', `${target}.mjs`);
  if (!existsSync(file)) {
    console.error(`build: unknown target "${target}" (no ${file})`);
    process.exit(2);
  }
  const started = performance.now();
  const { default: build } = await import(pathToFileURL(file).href);
  await build();
  console.log(`build: ${target} ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
