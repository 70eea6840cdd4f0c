#!/usr/bin/env node
// The `lantu` command: runs the TypeScript CLI in main/cli through tsx, so it is never stale.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
