// `lantu validate <file>...`: validates plan documents (and other Lantu documents against their schemas:
// rule pack, targets, workspace, conflict report, expected conflicts). Exit 0 when every file has neither fatal nor quality
// findings (warnings allowed), 1 when any has, 2 when a file cannot be read or no file is given.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DOCUMENT_TITLES, validateDocumentBytes } from '../../../engine/validate/index.ts';
import { isValidPlan } from '../../../engine/validate/index.ts';
import type { Finding } from '../../../engine/validate/index.ts';
import type { CliCommand } from '../command.ts';
import { EXIT, worstExit, type ExitCode } from '../exitCodes.ts';
import { countByLevel, describeCounts, formatFindings } from '../printFindings.ts';
import { describeIoError } from '../describeIoError.ts';

interface FileReport {
  file: string;
  ok: boolean;
  kind?: string;
  /** 'plan', or the schema name of another Lantu document (rulepack, targets …). */
  documentKind?: string;
  error?: { code: string; message: { zh: string; en: string } };
  counts: { fatal: number; quality: number; warning: number };
  findings: Finding[];
}

const validate: CliCommand = {
  summary: { zh: '校验规划文档（JSON 格式、模式、几何、代码表、面积）及规则包、指标目标等文档', en: 'validate plan documents (JSON, schema, geometry, code tables, areas) and rule packs, targets …' },
  usage: '<file>...',
  options: {
    'max-per-kind': { type: 'integer', value: '<n>', help: { zh: '每类问题最多打印 n 条（默认 20）', en: 'print at most n findings per kind (default 20)' } },
  },
  async run(args, ctx) {
    if (args.positionals.length === 0) {
      ctx.err(ctx.t({ zh: '用法：lantu validate <文件>...（至少给出一个文件）', en: 'usage: lantu validate <file>... (give at least one file)' }));
      return EXIT.usage;
    }
    const maxPerKind = typeof args.options['max-per-kind'] === 'number' ? args.options['max-per-kind'] : 20;
    const reports: FileReport[] = [];
    const exits: ExitCode[] = [];
    let total = 0;
    for (const file of args.positionals) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(resolve(ctx.cwd, file));
      } catch (error) {
        const message = describeIoError(error, file);
        ctx.err(`✗ ${file}: ${ctx.t(message)}`);
        reports.push({ file, ok: false, error: { code: 'io-error', message }, counts: { fatal: 0, quality: 0, warning: 0 }, findings: [] });
        exits.push(EXIT.usage);
        continue;
      }
      const result = validateDocumentBytes(bytes, file);
      const ok = isValidPlan(result);
      const counts = countByLevel(result.findings);
      total += counts.fatal + counts.quality;
      const documentKind = result.documentKind;
      reports.push({ file, ok, ...(result.kind ? { kind: result.kind } : {}), ...(documentKind ? { documentKind } : {}), counts, findings: result.findings });
      exits.push(ok ? EXIT.ok : EXIT.invalid);
      const summary = describeCounts(counts, ctx.lang);
      const what = documentKind && documentKind !== 'plan' ? ` [${ctx.t(DOCUMENT_TITLES[documentKind] ?? { zh: documentKind, en: documentKind })}]` : '';
      if (ok) ctx.out(`✓ ${file}${what}: ${ctx.t({ zh: '通过', en: 'valid' })}${summary ? ` (${summary})` : ''}`);
      else ctx.out(`✗ ${file}${what}: ${summary}`);
      for (const line of formatFindings(result.findings, ctx.lang, maxPerKind)) ctx.out(line);
    }
    const passed = reports.filter((r) => r.ok).length;
    ctx.out(
      ctx.t({
        zh: `共 ${reports.length} 个文件：${passed} 个通过，${reports.length - passed} 个未通过；错误合计 ${total} 个`,
        en: `${reports.length} file(s): ${passed} valid, ${reports.length - passed} not; ${total} error(s) in total`,
      }),
    );
    await ctx.writeJson({ command: 'validate', ok: passed === reports.length, files: reports });
    return worstExit(exits);
  },
};

export default validate;
