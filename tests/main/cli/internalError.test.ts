// An unexpected failure inside a command (a bug, not bad input) is told as one line and exit 2, in the chosen
// language, never as a stack trace; the dispatcher loads its wording only then (main/cli/index.ts).
import { describe, expect, it } from 'vitest';
import { GeometryMemoryError } from '../../../engine/geometry/port.ts';
import { main, TEST_JOURNAL_DIR } from './runLantuInProcess.ts';

async function failingRun(args: string[], fault: Error = new TypeError('writer broke')): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const io = {
    // A fault that is neither a usage error nor an I/O error (no `E…` code): the dispatcher's last resort.
    stdout: () => {
      throw fault;
    },
    stderr: (text: string) => (stderr += text),
    cwd: process.cwd(),
    journalDir: TEST_JOURNAL_DIR,
  };
  const status = await main(args, io);
  return { status, stderr };
}

describe('an internal error', () => {
  it('is one line and exit 2 in Chinese, naming it unclassified', async () => {
    const run = await failingRun(['--help']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lantu: 内部错误：未归类的程序错误；用 --lang en 重新运行可看到原始信息，请报告给维护者\n');
  });

  it('keeps the runtime words in English', async () => {
    const run = await failingRun(['--lang', 'en', 'check', '--help']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lantu: internal error: writer broke\n');
  });

  it('names GEOS running out of memory in both languages', async () => {
    const fault = new GeometryMemoryError('unaryUnion', 'std::bad_alloc');
    const zh = await failingRun(['--help'], fault);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe('lantu: 内部错误：几何引擎（GEOS）内存不足：其 WebAssembly 内存上限为 2 GB，本次运算未完成，没有生成结果\n');
    const en = await failingRun(['--lang', 'en', '--help'], fault);
    expect(en.stderr).toBe(
      'lantu: internal error: unaryUnion: the geometry engine (GEOS) ran out of memory; its WebAssembly memory is limited to 2 GB (std::bad_alloc)\n',
    );
  });
});
