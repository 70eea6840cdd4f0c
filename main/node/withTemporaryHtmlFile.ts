// Node. Writes HTML into a fresh private folder under the system temp dir, hands its path to `use` (the PDF
// window loads it from there: a data: URL over 2 MB is refused by Chromium) and removes the folder afterwards,
// whether `use` succeeded or not.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function withTemporaryHtmlFile<T>(html: string, use: (path: string) => Promise<T>, baseDir: string = tmpdir()): Promise<T> {
  const dir = await mkdtemp(join(baseDir, 'lantu-pdf-'));
  try {
    const path = join(dir, 'report.html');
    await writeFile(path, html, { encoding: 'utf8', mode: 0o600 });
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
