// `lantu rules lint <pack.json>`: validates a rule pack (Chinese errors naming the rule and place) and runs
// every rule's inline test cases. Exit 0 when the pack loads and every test passes, 1 otherwise, 2 on
// usage or I/O errors. Rules without tests are listed as a warning.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeJsonSyntaxError } from '../../../engine/import/index.ts';
import { lintRulePack } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../node/createGeometryPort.ts';
import type { CliCommand } from '../command.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT } from '../exitCodes.ts';
import { say } from '../../i18n/index.ts';

const rules: CliCommand = {
  usage: 'lint <pack.json>',
  options: {},
  async run(args, ctx) {
    const [sub, file, ...rest] = args.positionals;
    if (sub !== 'lint' || file === undefined || rest.length > 0) {
      ctx.err(ctx.t(say('commands.rules.run')));
      return EXIT.usage;
    }
    let data: unknown;
    try {
      const text = await readFile(resolve(ctx.cwd, file), 'utf8');
      try {
        data = JSON.parse(text);
      } catch (error) {
        const why = describeJsonSyntaxError(text, error);
        ctx.err(`✗ ${file}: ${ctx.t(say('commands.rules.run-2', { why }))}`);
        return EXIT.invalid;
      }
    } catch (error) {
      ctx.err(`✗ ${file}: ${ctx.t(describeIoError(error, file))}`);
      return EXIT.usage;
    }
    const port = await createGeometryPort();
    let result;
    try {
      result = await lintRulePack(data, port);
    } finally {
      port.dispose();
    }
    if (result.errors.length > 0) {
      ctx.out(`✗ ${file}: ${ctx.t(say('commands.rules.run-3', { length: result.errors.length }))}`);
      for (const e of result.errors) ctx.out(`  ${ctx.lang === 'zh' ? e.zh : e.en}`);
      await ctx.writeJson({ command: 'rules lint', ok: false, errors: result.errors, tests: [] });
      return EXIT.invalid;
    }
    for (const t of result.tests) {
      ctx.out(`${t.passed ? '✓' : '✗'} ${t.ruleId} ${t.name}${t.problem ? `：${t.problem}` : ''}`);
    }
    if (result.untested.length > 0) {
      ctx.out(ctx.t(say('commands.rules.run-4', { untested: { zh: result.untested.join('、'), en: result.untested.join(', ') } })));
    }
    const failed = result.tests.filter((t) => !t.passed).length;
    ctx.out(ctx.t(say('commands.rules.run-5', { length: result.tests.length, value: result.tests.length - failed, failed })));
    await ctx.writeJson({ command: 'rules lint', ok: result.ok, errors: [], tests: result.tests, untested: result.untested });
    return result.ok ? EXIT.ok : EXIT.invalid;
  },
};

export default rules;
