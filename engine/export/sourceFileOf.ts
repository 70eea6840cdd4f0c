// Pure. sourceFileOf(input, validated, plan, hash) → the package's copy of a validated plan file, with its name.
// Named bytes are held as given. A rereadable file is not held: the package reads it again when it copies it, and
// those bytes must be the ones validated (same length and SHA-256), or the copy throws SourceRereadError and no
// package is written.
import { say, type Bilingual } from '../i18n/index.ts';
import type { SourceFile } from '../package/index.ts';
import type { PlanDocument } from '../model/types.ts';
import type { NamedBytes, RereadableBytes } from './types.ts';

/** A plan file that could not be read again, or read otherwise than validated: `said` names the file and why. */
export class SourceRereadError extends Error {
  override readonly name = 'SourceRereadError';
  constructor(readonly said: Bilingual) {
    super(said.en);
  }
}

export function isRereadable(input: NamedBytes | RereadableBytes): input is RereadableBytes {
  return 'read' in input;
}

export function sourceFileOf(
  input: NamedBytes | RereadableBytes,
  validated: Uint8Array,
  plan: PlanDocument,
  hash: (bytes: Uint8Array) => string,
): SourceFile & { file: string } {
  const { file } = input;
  if (!isRereadable(input)) return { file, bytes: validated, plan };
  const size = validated.length;
  const digest = hash(validated);
  return {
    file,
    plan,
    digest: { sizeBytes: size, sha256: digest },
    get bytes(): Uint8Array {
      const bytes = input.read();
      if (bytes.length !== size || hash(bytes) !== digest) throw new SourceRereadError(say('export.sourceFileOf.changed', { file }));
      return bytes;
    },
  };
}
