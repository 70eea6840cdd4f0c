// Types for the "cli" build target (scripts/build/cli.mjs), imported by tests.
export default function build(options?: { outDir?: string }): Promise<void>;
