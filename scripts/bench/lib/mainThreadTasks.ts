// The renderer main thread's tasks in a Chromium trace (categories 'disabled-by-default-devtools.timeline'): the
// longest by wall time and by thread CPU time. On a shared, loaded machine a task's wall time is partly waiting for a
// core; its CPU time is what a quiet machine would take.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface LongestTasks {
  /** The task with the longest wall time: its wall and CPU ms. */
  byWall: { wall: number; cpu: number };
  /** The task with the most CPU time: its wall and CPU ms. */
  byCpu: { wall: number; cpu: number };
}

export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline'];

/** The renderer main threads' RunTask events (every renderer's: the page is the only one doing work). */
export function mainThreadTasks(trace: { traceEvents: TraceEvent[] }): TraceEvent[] {
  const main = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const isMain = (e: TraceEvent) => main.some((m) => m.pid === e.pid && m.tid === e.tid);
  return trace.traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X' && isMain(e));
}

export function longestTasks(trace: { traceEvents: TraceEvent[] }): LongestTasks {
  const out: LongestTasks = { byWall: { wall: 0, cpu: 0 }, byCpu: { wall: 0, cpu: 0 } };
  for (const e of mainThreadTasks(trace)) {
    const task = { wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 };
    if (task.wall > out.byWall.wall) out.byWall = task;
    if (task.cpu > out.byCpu.cpu) out.byCpu = task;
  }
  return out;
}
