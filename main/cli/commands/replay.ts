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

const replay: CliCommand = {
  summary: {
    zh: '按编辑历史重建工作区并报告（规划、要素、处置、编辑记录）',
    en: 'rebuild a workspace from its history and report it (plans, features, resolutions, edits)',
  },
  usage: '<workspace.lantu> [-o <out.lantu>]',
  options: {
    output: {
      type: 'string',
      short: 'o',
      value: '<out.lantu>',
      help: { zh: '把重建的工作区写为新的工作区文件', en: 'write the rebuilt workspace as a new workspace file' },
    },
    created: {
      type: 'string',
      value: '<ISO>',
      help: { zh: '写入文件的时间（默认当前时间）', en: 'time written into the file (default now)' },
    },
  },
  async run(args, ctx) {
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) {
      ctx.err(
        ctx.t({ zh: '用法：lantu replay <工作区.lantu> [-o <输出.lantu>]', en: 'usage: lantu replay <workspace.lantu> [-o <out.lantu>]' }),
      );
      return EXIT.usage;
    }
    const createdOption = args.options['created'];
    const createdMs = typeof createdOption === 'string' ? Date.parse(createdOption) : Date.now();
    if (!Number.isFinite(createdMs)) {
      ctx.err(ctx.t({ zh: '--created 不是有效的时间', en: '--created is not a valid time' }));
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
      ctx.t({
        zh: `已按编辑历史重建 ${file}：${plans.length} 个规划，${features} 个要素，处置 ${resolutions.length} 条；编辑记录 ${past.length} 条（可重做 ${future.length} 条）`,
        en: `rebuilt ${file} from its history: ${plans.length} plans, ${features} features, ${resolutions.length} resolutions; ${past.length} edits (${future.length} to redo)`,
      }),
    );
    for (const p of plans)
      ctx.out(`  ${p.title} ${p.version}（${p.id}）：${ctx.t({ zh: `${p.features} 个要素`, en: `${p.features} features` })}`);
    for (const s of stations) {
      const who = s.author || ctx.t({ zh: '（未署名）', en: '(unnamed)' });
      const n = [...past, ...future].filter((c) => c.meta.station === s.station && c.meta.author === s.author).length;
      ctx.out(`  ${ctx.t({ zh: `工作站 ${s.station}（${who}）：${n} 条编辑`, en: `station ${s.station} (${who}): ${n} edits` })}`);
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
      ctx.out(ctx.t({ zh: `已写出重建的工作区 ${output}`, en: `wrote the rebuilt workspace ${output}` }));
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
