// Types for the "main" build target (scripts/build/main.mjs), imported by tests.
export default function build(options?: { outDir?: string }): Promise<void>;
