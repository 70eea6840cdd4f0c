// Phase timing for the benchmark's child processes: wall time and this process's CPU time per phase (on a
// shared machine the CPU time is the steadier figure), with the peak RSS reached by the end of each phase.

export interface PhaseFigures {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}

export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export function cpuNowMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export function createPhaseClock() {
  const phases: Record<string, PhaseFigures> = {};
  let mark = performance.now();
  let cpuMark = cpuNowMs();
  /** Starts the next phase now (e.g. after set-up that should not count). */
  const restart = () => {
    mark = performance.now();
    cpuMark = cpuNowMs();
  };
  /** Ends a phase: measured since the last mark unless the caller splits a span it timed itself. */
  const phase = (name: string, ms = performance.now() - mark, cpuMs = cpuNowMs() - cpuMark) => {
    phases[name] = { ms: Math.round(ms), cpuMs: Math.round(cpuMs), peakRssMb: peakRssMb() };
    restart();
  };
  return { phases, phase, restart };
}
