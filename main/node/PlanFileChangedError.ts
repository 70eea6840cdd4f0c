// A plan file that a rules worker read differently from `lantu check`, or could no longer read: it changed (or went)
// between the two reads. The check stops rather than report on two different plans; the CLI names the file.
export class PlanFileChangedError extends Error {
  constructor(readonly file: string) {
    super(`the plan file ${file} changed while it was being checked`);
    this.name = 'PlanFileChangedError';
  }
}
