// `lantu submit <plan.json> --base <accepted.json> -o <submission.zip>`: a liaison's 部门报送包. The plan version
// (validated), the version the bureau last accepted (the edits' starting point), the edit history between them
// (engine/exchange historyFromDiff: the liaison's changes as the workspace's commands, stamped with author, station
// and time), this station's id and name and a sequence number (per plan, kept in the station folder), signed with
// this station's key. Exit 1 on an invalid plan, 2 on usage, I/O, a missing station or passphrase.
import { buildSubmission, historyFromDiff } from '../../../engine/exchange/index.ts';
import type { PlanDocument } from '../../../engine/model/index.ts';
import { validatePlanBytes } from '../../../engine/validate/index.ts';
import { nextSubmissionSequence, recordSubmissionSequence } from '../../node/exchange/exchangeRegisters.ts';
import { openStation } from '../../node/station/openStation.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { EXIT } from '../exitCodes.ts';
import { formatFindings } from '../printFindings.ts';
import { readInputFile } from '../readInputFile.ts';
import { PASSPHRASE_OPTION, passphraseOf, reportStationError, stationHomeOf } from '../stationAccess.ts';

/** The plan in `file`, or null after printing why it is refused (its fatal findings, naming the file). */
export async function readPlanFile(ctx: CliContext, file: string): Promise<PlanDocument | null | 'io'> {
  const bytes = await readInputFile(ctx, file);
  if (!bytes) return 'io';
  const result = validatePlanBytes(bytes, file);
  if (!result.plan) {
    ctx.err(ctx.t({ zh: `✗ ${file} 不是有效的规划文件：`, en: `✗ ${file} is not a valid plan document:` }));
    for (const line of formatFindings(result.findings.filter((f) => f.level === 'fatal'), ctx.lang, 10)) ctx.err(line);
    return null;
  }
  return result.plan;
}

const submit: CliCommand = {
  summary: { zh: '生成部门报送包（规划版本、自上次接收以来的编辑历史、本工作站签名）', en: 'make a department submission (plan version, edit history since the last accepted version, signed by this station)' },
  usage: '<plan.json> --base <accepted.json> -o <submission.zip>',
  options: {
    base: { type: 'string', value: '<accepted.json>', help: { zh: '局方上次接收的规划版本（编辑历史的起点）', en: 'the plan version the bureau last accepted (where the history starts)' } },
    output: { type: 'string', short: 'o', value: '<submission.zip>', help: { zh: '报送包', en: 'submission to write' } },
    author: { type: 'string', value: '<姓名>', help: { zh: '报送人（默认本工作站名称）', en: 'who submits (default: this station’s name)' } },
    'passphrase-file': PASSPHRASE_OPTION,
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const base = args.options['base'];
    const output = args.options['output'];
    if (args.positionals.length !== 1 || file === undefined || typeof base !== 'string' || typeof output !== 'string') {
      ctx.err(ctx.t({ zh: '用法：lantu submit <规划.json> --base <已接收版本.json> -o <报送包.zip>', en: 'usage: lantu submit <plan.json> --base <accepted.json> -o <submission.zip>' }));
      return EXIT.usage;
    }
    const plan = await readPlanFile(ctx, file);
    const accepted = await readPlanFile(ctx, base);
    if (plan === 'io' || accepted === 'io') return EXIT.usage;
    if (!plan || !accepted) return EXIT.invalid;
    if (plan.plan.id !== accepted.plan.id) {
      ctx.err(ctx.t({ zh: `✗ ${file}（规划 ${plan.plan.id}）与 ${base}（规划 ${accepted.plan.id}）不是同一个规划`, en: `✗ ${file} (plan ${plan.plan.id}) and ${base} (plan ${accepted.plan.id}) are different plans` }));
      return EXIT.invalid;
    }
    try {
      const home = stationHomeOf(ctx);
      const station = await openStation(home);
      const signer = await station.signer(await passphraseOf(args, ctx));
      const author = typeof args.options['author'] === 'string' ? args.options['author'] : signer.stationName;
      const createdAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
      const sequence = await nextSubmissionSequence(home, plan.plan.id);
      const history = historyFromDiff(accepted, plan, { idPrefix: `${signer.stationId}-${plan.plan.id}-${sequence}`, author, station: signer.stationId, at: createdAt });
      const zip = await buildSubmission({ plan, base: accepted, history, station: { stationId: signer.stationId, stationName: signer.stationName }, author, sequence, createdAt }, signer);
      await ctx.writeOutputFile(output, zip);
      await recordSubmissionSequence(home, plan.plan.id, sequence);
      ctx.out(
        ctx.t({
          zh: `已生成报送包 ${output}：规划 ${plan.plan.id}（${plan.plan.department}，${plan.plan.version}），第 ${sequence} 号，编辑 ${history.length} 条，报送人 ${author}，工作站 ${signer.stationName}，已签名`,
          en: `wrote submission ${output}: plan ${plan.plan.id} (${plan.plan.department}, ${plan.plan.version}), no. ${sequence}, ${history.length} edits, by ${author} at station ${signer.stationName}, signed`,
        }),
      );
      await ctx.writeJson({ ok: true, output, planId: plan.plan.id, sequence, edits: history.length, stationId: signer.stationId, stationName: signer.stationName, author });
      return EXIT.ok;
    } catch (error) {
      return reportStationError(error, ctx);
    }
  },
};

export default submit;
