// The `lantu` CLI entry (see README "CLI contract"). No Electron import.
export async function main(argv: string[]): Promise<number> {
  console.log('args', argv);
  return 0;
}
