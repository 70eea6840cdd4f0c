// Pure. readReviewRegisterFiles(projects, opinions) → the ReviewRegister of a package's review/projects.json and
// review/opinions.json (as writeReviewRegisterFiles writes them), checked against their schemas, with no project
// id twice; or the problems, in Chinese and English, naming the file and the field. Never throws.
import { strFromU8 } from 'fflate';
import { schemaErrorText } from '../validate/schemaErrorText.ts';
import { validateSchema } from '../validate/validateSchema.ts';
import type { ReviewRegister } from './writeReviewRegisterFiles.ts';
import { say } from '../i18n/index.ts';

export interface NamedFileBytes {
  file: string;
  bytes: Uint8Array;
}

export type ReviewRegisterRead = { ok: true; register: ReviewRegister } | { ok: false; errors: { zh: string; en: string }[] };

function parse(input: NamedFileBytes): { value: unknown } | { zh: string; en: string } {
  try {
    return { value: JSON.parse(strFromU8(input.bytes)) };
  } catch {
    return say('review.readReviewRegisterFiles.parse', { file: input.file });
  }
}

export function readReviewRegisterFiles(projects: NamedFileBytes, opinions: NamedFileBytes): ReviewRegisterRead {
  const errors: { zh: string; en: string }[] = [];
  const values: Record<string, unknown>[] = [];
  for (const [input, schema] of [
    [projects, 'review-projects'],
    [opinions, 'review-opinions'],
  ] as const) {
    const parsed = parse(input);
    if (!('value' in parsed)) {
      errors.push(parsed);
      continue;
    }
    const check = validateSchema(schema, parsed.value);
    if (!check.valid) {
      for (const e of check.errors.filter((x) => x.keyword !== 'if').slice(0, 10)) {
        const t = schemaErrorText(e);
        errors.push(say('review.readReviewRegisterFiles.readReviewRegisterFiles', { file: input.file, text: t }));
      }
      continue;
    }
    values.push(parsed.value as Record<string, unknown>);
  }
  if (errors.length > 0) return { ok: false, errors };
  const [p, o] = values as [Pick<ReviewRegister, 'projects'>, Omit<ReviewRegister, 'projects'>];
  const seen = new Set<string>();
  p.projects.forEach((doc, i) => {
    if (seen.has(doc.project.id))
      errors.push(say('review.readReviewRegisterFiles.readReviewRegisterFiles-2', { file: projects.file, index: i, id: doc.project.id }));
    seen.add(doc.project.id);
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    register: {
      projects: p.projects,
      departments: o.departments,
      consultations: o.consultations,
      opinions: o.opinions,
      jointOpinions: o.jointOpinions,
    },
  };
}
