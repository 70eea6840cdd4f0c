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
import { say } from '../../i18n/index.ts';

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
  usage: '<file>...',
  options: {
    'max-per-kind': {
      type: 'integer',
      value: '<n>',
      help: say('commands.validate.max-per-kind_help'),
    },
  },
  async run(args, ctx) {
    if (args.positionals.length === 0) {
      ctx.err(ctx.t(say('commands.validate.run')));
      return EXIT.usage;
    }
    const maxPerKind = typeof args.options['max-per-kind'] === 'number' ? args.options['max-per-kind'] : 20;
    const reports: FileReport[] = [];
    const exits: ExitCode[] = [];
    let total = 0;
    for (const file of args.positionals) {
      ctx.step(say('commands.validate.step-file', { file }));
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
      reports.push({
        file,
        ok,
        ...(result.kind ? { kind: result.kind } : {}),
        ...(documentKind ? { documentKind } : {}),
        counts,
        findings: result.findings,
      });
      exits.push(ok ? EXIT.ok : EXIT.invalid);
      const summary = describeCounts(counts, ctx.lang);
      const what =
        documentKind && documentKind !== 'plan'
          ? ` [${ctx.t(DOCUMENT_TITLES[documentKind] ?? { zh: documentKind, en: documentKind })}]`
          : '';
      if (ok) ctx.out(`✓ ${file}${what}: ${ctx.t(say('commands.validate.run-2'))}${summary ? ` (${summary})` : ''}`);
      else ctx.out(`✗ ${file}${what}: ${summary}`);
      for (const line of formatFindings(result.findings, ctx.lang, maxPerKind)) ctx.out(line);
    }
    const passed = reports.filter((r) => r.ok).length;
    ctx.out(ctx.t(say('commands.validate.run-3', { length: reports.length, passed, value: reports.length - passed, total })));
    await ctx.writeJson({ command: 'validate', ok: passed === reports.length, files: reports });
    return worstExit(exits);
  },
};

export default validate;
