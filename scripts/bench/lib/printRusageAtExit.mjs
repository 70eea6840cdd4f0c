// Preloaded (`node --import`) into a `lantu` run by workers.bench.ts: at exit, prints the process's CPU time and
// peak RSS on stderr. getrusage covers every thread, so worker threads' CPU and memory are in these figures.
process.on('exit', () => {
  const r = process.resourceUsage();
  process.stderr.write(
    `\nRUSAGE ${JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, peakRssMb: Math.round(r.maxRSS / 1024) })}\n`,
  );
});
