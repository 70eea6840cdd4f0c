// Build target "renderer": runs the Vite production build (vite.config.ts) into out/renderer/.
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function build() {
  await viteBuild({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}
