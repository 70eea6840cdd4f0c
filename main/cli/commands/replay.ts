// `lantu replay <workspace.lantu> [-o out.lantu] [--created <ISO>]`: rebuilds a workspace from its history with
// the engine's edit model (engine/edit: the base plans, then every command in order, each checked against the
// state it was made on) and reports it — plans with their feature counts, resolutions, the history and who made
// it (stations). With -o it writes the rebuilt workspace as a new `.lantu` (commands from older files gain their
// metadata). Exit 1 when the file or a command does not fit, 2 on usage/I-O errors.
import { payloadOf, WORKSPACE_PAYLOAD_FILE } from '../../../engine/edit/index.ts';
import { packWorkspaceFile } from '../../../engine/workspaceFile/index.ts';
import type { CliCommand } from '../command.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT } from '../exitCodes.ts';
import { readWorkspaceFile } from '../readWorkspaceFile.ts';
import { toolVersion } from './export.ts';
import { say } from '../../i18n/index.ts';

const replay: CliCommand = {
  usage: '<workspace.lantu> [-o <out.lantu>]',
  options: {
    output: {
      type: 'string',
      short: 'o',
      value: '<out.lantu>',
      help: say('commands.replay.output_help'),
    },
    created: {
      type: 'string',
      value: '<ISO>',
      help: say('commands.replay.created_help'),
    },
  },
  async run(args, ctx) {
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) {
      ctx.err(ctx.t(say('commands.replay.run')));
      return EXIT.usage;
    }
    const createdOption = args.options['created'];
    const createdMs = typeof createdOption === 'string' ? Date.parse(createdOption) : Date.now();
    if (!Number.isFinite(createdMs)) {
      ctx.err(ctx.t(say('commands.replay.run-2')));
      return EXIT.usage;
    }
    const opened = await readWorkspaceFile(ctx, file);
    if (!opened.ok) return opened.exit;
    const { workspace, past, future } = opened.checked;
    const plans = workspace.planOrder.map((id) => {
      const entry = workspace.plans.get(id)!;
      return { id, title: entry.meta.title, version: entry.meta.version, features: entry.features.size };
    });
    const features = plans.reduce((n, p) => n + p.features, 0);
    const resolutions = workspace.resolutions ?? [];
    const stations = [
      ...new Map(
        [...past, ...future].map((c) => [`${c.meta.station}\u0000${c.meta.author}`, { station: c.meta.station, author: c.meta.author }]),
      ).values(),
    ];
    ctx.out(
      ctx.t(
        say('commands.replay.run-3', {
          file,
          length: plans.length,
          features,
          length2: resolutions.length,
          length3: past.length,
          length4: future.length,
        }),
      ),
    );
    for (const p of plans)
      ctx.out(`  ${p.title} ${p.version}（${p.id}）：${ctx.t(say('commands.replay.run-4', { features: p.features }))}`);
    for (const s of stations) {
      const who = s.author || ctx.t(say('commands.replay.who'));
      const n = [...past, ...future].filter((c) => c.meta.station === s.station && c.meta.author === s.author).length;
      ctx.out(`  ${ctx.t(say('commands.replay.run-5', { station: s.station, who, n }))}`);
    }
    const output = args.options['output'];
    if (typeof output === 'string') {
      const payload = payloadOf(workspace, past, future, opened.payload.view);
      const bytes = packWorkspaceFile(new Map([[WORKSPACE_PAYLOAD_FILE, new TextEncoder().encode(JSON.stringify(payload))]]), {
        createdAt: new Date(createdMs).toISOString(),
        generator: `蓝图 Lantu ${toolVersion()} (lantu replay)`,
      });
      try {
        await ctx.writeOutputFile(output, bytes);
      } catch (error) {
        ctx.err(`✗ ${output}: ${ctx.t(describeIoError(error, output))}`);
        return EXIT.usage;
      }
      ctx.out(ctx.t(say('commands.replay.run-6', { output })));
    }
    await ctx.writeJson({
      ok: true,
      plans,
      features,
      resolutions: resolutions.length,
      history: { past: past.length, future: future.length },
      stations,
      ...(typeof output === 'string' ? { output } : {}),
    });
    return EXIT.ok;
  },
};

export default replay;
