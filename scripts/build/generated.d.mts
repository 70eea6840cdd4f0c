// Types for the "generated" build target (scripts/build/generated.mjs), imported by tests.
import type Ajv2020 from 'ajv/dist/2020.js';

export const ANNOTATION_KEYWORDS: string[];
export function schemaNameOf(file: string): string;
export function createAjv(): Ajv2020;
export function rewriteRequires(code: string): string;
export function appendErrorsInPlace(code: string): string;
export default function build(): Promise<void>;
