// The CLI's exit codes (README "CLI contract"): every command returns one of these.
export const EXIT = {
  ok: 0,
  /** Invalid input or failed verification. */
  invalid: 1,
  /** Usage or I/O error. */
  usage: 2,
  /** A policy threshold met (--fail-on, a final export refused because of blockers). */
  policy: 3,
  /** Stopped by Ctrl+C (SIGINT) after saying what was left as it was (128 + the signal's number, as shells report). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The most severe of several exit codes: interrupted (130) > usage/I-O (2) > policy (3) > invalid (1) > ok (0). */
export function worstExit(codes: readonly ExitCode[]): ExitCode {
  const rank: Record<ExitCode, number> = { 0: 0, 1: 1, 3: 2, 2: 3, 130: 4 };
  return codes.reduce<ExitCode>((worst, c) => (rank[c] > rank[worst] ? c : worst), EXIT.ok);
}
