// Pure. readProjectDocument(bytes, fileName) → { project | null, findings }: decodes the file (strict UTF-8, a BOM
// dropped with a warning, JSON limits against hostile input) and validates it as a project document
// (validateProjectDocument). Every message names the file. Never throws on bad input.
import { decodeJsonBytes } from '../validate/decodeJsonBytes.ts';
import type { Finding } from '../validate/types.ts';
import { projectFinding, sortProjectFindings, type ProjectFinding, type ProjectFindingCode } from './projectFinding.ts';
import { validateProjectDocument, type ProjectValidation } from './validateProjectDocument.ts';
import { say } from '../i18n/index.ts';

export interface ProjectRead extends ProjectValidation {
  fileName: string;
}

/** Decoder codes that are also project codes; their wording is the decoder's, except where it says "plan". */
const REWORDED: Partial<Record<string, { zh: string; en: string }>> = {
  'empty-file': say('review.readProjectDocument.empty-file'),
  'too-deep': say('review.readProjectDocument.too-deep'),
};

export function readProjectDocument(bytes: Uint8Array, fileName: string): ProjectRead {
  const decoded = decodeJsonBytes(bytes);
  const findings = decoded.findings.map((f) => fromDecoder(f, fileName));
  if (!('value' in decoded)) return { fileName, project: null, findings: sortProjectFindings(findings) };
  const result = validateProjectDocument(decoded.value, fileName);
  return { fileName, project: result.project, findings: sortProjectFindings([...findings, ...result.findings]) };
}

function fromDecoder(f: Finding, fileName: string): ProjectFinding {
  const text = REWORDED[f.code] ?? f.message;
  const extra = { ...(f.expected !== undefined ? { expected: f.expected } : {}), ...(f.found !== undefined ? { found: f.found } : {}) };
  return projectFinding(fileName, f.code as ProjectFindingCode, f.path, text, extra);
}
