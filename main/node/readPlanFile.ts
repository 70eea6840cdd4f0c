// readPlanFile(path, fileName) → the plan in a file that another reader validates (a rules worker beside `lantu check`):
// read in 1 MiB chunks through validatePlanStream and not validated, so it costs the parse alone; null when the file is
// not a plan as that reader would accept it (its check fails then, and this reading is not used). A file the stream
// leaves to the whole-file path is validated whole here, which gives the same plan. I/O errors are thrown.
import { createReadStream } from 'node:fs';
import type { PlanDocument } from '../../engine/model/index.ts';
import { validatePlanStream } from '../../engine/validate/index.ts';
import { validatePlanFile } from './validatePlanFile.ts';

export async function readPlanFile(path: string, fileName: string): Promise<PlanDocument | null> {
  const stream = validatePlanStream(fileName);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) stream.push(chunk as Uint8Array);
  const document = stream.document();
  if (document) return document as unknown as PlanDocument;
  return (await validatePlanFile(path, fileName)).plan ?? null;
}
