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
import { say } from '../../i18n/index.ts';

/** The plan in `file`, or null after printing why it is refused (its fatal findings, naming the file). */
export async function readPlanFile(ctx: CliContext, file: string): Promise<PlanDocument | null | 'io'> {
  const bytes = await readInputFile(ctx, file);
  if (!bytes) return 'io';
  const result = validatePlanBytes(bytes, file);
  if (!result.plan) {
    ctx.err(ctx.t(say('commands.submit.readPlanFile', { file })));
    for (const line of formatFindings(
      result.findings.filter((f) => f.level === 'fatal'),
      ctx.lang,
      10,
    ))
      ctx.err(line);
    return null;
  }
  return result.plan;
}

const submit: CliCommand = {
  usage: '<plan.json> --base <accepted.json> -o <submission.zip>',
  options: {
    base: {
      type: 'string',
      value: '<accepted.json>',
      help: say('commands.submit.base_help'),
    },
    output: { type: 'string', short: 'o', value: '<submission.zip>', help: say('commands.submit.output_help') },
    author: {
      type: 'string',
      value: '<姓名>',
      help: say('commands.submit.author_help'),
    },
    'passphrase-file': PASSPHRASE_OPTION,
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const base = args.options['base'];
    const output = args.options['output'];
    if (args.positionals.length !== 1 || file === undefined || typeof base !== 'string' || typeof output !== 'string') {
      ctx.err(ctx.t(say('commands.submit.run')));
      return EXIT.usage;
    }
    const plan = await readPlanFile(ctx, file);
    const accepted = await readPlanFile(ctx, base);
    if (plan === 'io' || accepted === 'io') return EXIT.usage;
    if (!plan || !accepted) return EXIT.invalid;
    if (plan.plan.id !== accepted.plan.id) {
      ctx.err(ctx.t(say('commands.submit.run-2', { file, id: plan.plan.id, base, id2: accepted.plan.id })));
      return EXIT.invalid;
    }
    try {
      const home = stationHomeOf(ctx);
      const station = await openStation(home);
      const signer = await station.signer(await passphraseOf(args, ctx));
      const author = typeof args.options['author'] === 'string' ? args.options['author'] : signer.stationName;
      const createdAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
      const sequence = await nextSubmissionSequence(home, plan.plan.id);
      const history = historyFromDiff(accepted, plan, {
        idPrefix: `${signer.stationId}-${plan.plan.id}-${sequence}`,
        author,
        station: signer.stationId,
        at: createdAt,
      });
      const zip = await buildSubmission(
        {
          plan,
          base: accepted,
          history,
          station: { stationId: signer.stationId, stationName: signer.stationName },
          author,
          sequence,
          createdAt,
        },
        signer,
      );
      await ctx.writeOutputFile(output, zip);
      await recordSubmissionSequence(home, plan.plan.id, sequence);
      ctx.out(
        ctx.t(
          say('commands.submit.run-3', {
            output,
            id: plan.plan.id,
            department: plan.plan.department,
            version: plan.plan.version,
            sequence,
            length: history.length,
            author,
            stationName: signer.stationName,
          }),
        ),
      );
      await ctx.writeJson({
        ok: true,
        output,
        planId: plan.plan.id,
        sequence,
        edits: history.length,
        stationId: signer.stationId,
        stationName: signer.stationName,
        author,
      });
      return EXIT.ok;
    } catch (error) {
      return reportStationError(error, ctx);
    }
  },
};

export default submit;
