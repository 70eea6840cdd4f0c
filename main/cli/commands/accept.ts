// `lantu accept <submission.zip> [--plan <current.json>] -o <merged.json> [--take ours|theirs]`: the bureau takes in
// a 部门报送包. Refused (exit 1, nothing written, a Chinese or English line saying which) when unsigned, signed by a
// key this installation does not trust or has revoked, with a changed signer, tampered with, or a replay of a
// submission older than the last one accepted from that station for that plan. Otherwise it prints the diff against
// the version the bureau accepted (the package's base.json), merges three ways (engine/merge: ancestor = that
// version, ours = --plan, the bureau's current version with its own edits, theirs = the submitted plan), writes the
// merged plan and records the sequence. Conflicts need --take (ours keeps the bureau's value, theirs the
// department's); without it they are listed and nothing is written. Resolutions the submission's history records
// with PROVISIONAL log numbers get the bureau's official ones of the acceptance day (the provisional number kept in
// provisionalLogNumber); with --resolutions <r.json> (the bureau's resolutions file) they follow its numbers and are
// merged into it (same conflict replaced), otherwise they are only listed.
import { checkReplay, officialResolutionsOf, readSubmission, recordAccepted, type Submission } from '../../../engine/exchange/index.ts';
import { readResolutionsFile } from '../../../engine/export/index.ts';
import { compareResolutions } from '../../../engine/resolutions/index.ts';
import type { Resolution } from '../../../engine/resolutions/index.ts';
import { diffPlanVersions } from '../../../engine/merge/index.ts';
import { mergePlanVersions, type MergeConflict } from '../../../engine/merge/index.ts';
import { resolveMergeConflicts } from '../../../engine/merge/index.ts';
import type { PlanDocument } from '../../../engine/model/index.ts';
import { sha256Hex } from '../../../engine/package/index.ts';
import { jsonBytes } from '../../../engine/package/index.ts';
import { readAcceptedRegister, writeAcceptedRegister } from '../../node/exchange/exchangeRegisters.ts';
import { openStation } from '../../node/station/openStation.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { EXIT } from '../exitCodes.ts';
import { readInputFile } from '../readInputFile.ts';
import { reportStationError, stationHomeOf } from '../stationAccess.ts';
import { readPlanFile } from './submit.ts';

const KIND_ZH: Record<MergeConflict['kind'], string> = { field: '字段', geometry: '图形', layer: '图层', 'delete-edit': '本地删除、部门修改', 'edit-delete': '本地修改、部门删除', 'add-add': '双方新增' };
const KIND_EN: Record<MergeConflict['kind'], string> = { field: 'field', geometry: 'geometry', layer: 'layer', 'delete-edit': 'deleted here, edited by the department', 'edit-delete': 'edited here, deleted by the department', 'add-add': 'added on both sides' };

const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'object' ? '…' : String(v));

function printDiff(ctx: CliContext, s: Submission): ReturnType<typeof diffPlanVersions> {
  const diff = diffPlanVersions(s.base, s.plan);
  ctx.out(ctx.t({ zh: `相对局方已接收版本（${s.base.plan.version}）：新增 ${diff.added.length}，删除 ${diff.removed.length}，修改 ${diff.changed.length}，未变 ${diff.unchanged}`, en: `against the accepted version (${s.base.plan.version}): ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged` }));
  for (const f of diff.added) ctx.out(`  + ${f.layer} ${f.bsm ?? f.id}`);
  for (const f of diff.removed) ctx.out(`  - ${f.layer} ${f.bsm ?? f.id}`);
  for (const c of diff.changed) {
    const fields = c.fields.map((x) => `${x.key}: ${show(x.before)} → ${show(x.after)}`);
    if (c.geometryChanged) fields.push(ctx.t({ zh: `图形（面积 ${c.areaChangeM2 >= 0 ? '+' : ''}${c.areaChangeM2.toFixed(2)} 平方米）`, en: `geometry (area ${c.areaChangeM2 >= 0 ? '+' : ''}${c.areaChangeM2.toFixed(2)} m²)` }));
    ctx.out(`  ~ ${c.layer} ${c.bsm ?? c.id}  ${fields.join('；')}`);
  }
  return diff;
}

const accept: CliCommand = {
  summary: { zh: '接收部门报送包：验签、防重放、显示差异并与本地编辑三方合并', en: 'accept a department submission: check the signature and replays, show the diff, merge three ways with local edits' },
  usage: '<submission.zip> [--plan <current.json>] -o <merged.json>',
  options: {
    plan: { type: 'string', value: '<current.json>', help: { zh: '局方当前版本（含本地编辑）；省略时直接采用报送版本', en: 'the bureau’s current version (with its own edits); without it the submitted version is taken' } },
    output: { type: 'string', short: 'o', value: '<merged.json>', help: { zh: '合并后的规划文件', en: 'merged plan to write' } },
    resolutions: { type: 'string', value: '<r.json>', help: { zh: '局方处置记录文件：报送的处置记录按其编号续编正式维护日志编号并并入', en: 'the bureau’s resolutions file: submitted resolutions get official log numbers after its own and are merged into it' } },
    take: { type: 'string', value: 'ours|theirs', choices: ['ours', 'theirs'], help: { zh: '冲突时取局方（ours）或部门（theirs）的值', en: 'on conflicts take the bureau’s (ours) or the department’s (theirs) value' } },
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const output = args.options['output'];
    const planFile = typeof args.options['plan'] === 'string' ? args.options['plan'] : undefined;
    const resolutionsFile = typeof args.options['resolutions'] === 'string' ? args.options['resolutions'] : undefined;
    if (args.positionals.length !== 1 || file === undefined || typeof output !== 'string') {
      ctx.err(ctx.t({ zh: '用法：lantu accept <报送包.zip> [--plan <当前版本.json>] -o <合并结果.json>', en: 'usage: lantu accept <submission.zip> [--plan <current.json>] -o <merged.json>' }));
      return EXIT.usage;
    }
    const zip = await readInputFile(ctx, file);
    if (!zip) return EXIT.usage;
    let ours: PlanDocument | undefined;
    if (planFile !== undefined) {
      const read = await readPlanFile(ctx, planFile);
      if (read === 'io') return EXIT.usage;
      if (!read) return EXIT.invalid;
      ours = read;
    }
    let bureauResolutions: Resolution[] = [];
    if (resolutionsFile !== undefined) {
      const bytes = await readInputFile(ctx, resolutionsFile);
      if (!bytes) return EXIT.usage;
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        ctx.err(ctx.t({ zh: `✗ ${resolutionsFile} 不是有效的 JSON`, en: `✗ ${resolutionsFile} is not valid JSON` }));
        return EXIT.invalid;
      }
      const read = readResolutionsFile(parsed, resolutionsFile);
      if ('error' in read) {
        ctx.err(`✗ ${ctx.t(read.error)}`);
        return EXIT.invalid;
      }
      bureauResolutions = read.resolutions;
    }
    try {
      const home = stationHomeOf(ctx);
      const station = await openStation(home);
      const reading = readSubmission(zip, file, await station.trustedKeys());
      if (!reading.ok) {
        ctx.err(`✗ ${ctx.t(reading.message)}`);
        await ctx.writeJson({ ok: false, file, refused: reading.code, message: reading.message });
        return EXIT.invalid;
      }
      const s = reading.submission;
      const register = await readAcceptedRegister(home);
      const replay = checkReplay(register, s.manifest, file);
      if (replay) {
        ctx.err(`✗ ${ctx.t(replay)}`);
        await ctx.writeJson({ ok: false, file, refused: 'replayed', message: replay });
        return EXIT.invalid;
      }
      const m = s.manifest;
      ctx.out(`✓ ${ctx.t(s.signature.message)}`);
      ctx.out(ctx.t({ zh: `报送：规划 ${m.plan.id}（${m.plan.department}，${m.plan.version}），第 ${m.sequence} 号，报送人 ${m.author}，${m.createdAt}，编辑历史 ${s.history.length} 条`, en: `submission: plan ${m.plan.id} (${m.plan.department}, ${m.plan.version}), no. ${m.sequence}, by ${m.author}, ${m.createdAt}, ${s.history.length} edits in the history` }));
      const diff = printDiff(ctx, s);
      if (ours && ours.plan.id !== m.plan.id) {
        ctx.err(ctx.t({ zh: `✗ ${planFile} 是规划 ${ours.plan.id}，报送包是规划 ${m.plan.id}，未合并`, en: `✗ ${planFile} is plan ${ours.plan.id} but the submission is plan ${m.plan.id}; nothing was merged` }));
        return EXIT.invalid;
      }
      let merged = s.plan;
      let conflicts: MergeConflict[] = [];
      if (ours) {
        const result = mergePlanVersions(s.base, ours, s.plan);
        conflicts = result.conflicts;
        const st = result.stats;
        ctx.out(ctx.t({ zh: `三方合并：取自局方 ${st.fromOurs}，取自部门 ${st.fromTheirs}，双方合并 ${st.combined}，冲突 ${conflicts.length}`, en: `three-way merge: ${st.fromOurs} from the bureau, ${st.fromTheirs} from the department, ${st.combined} combined, ${conflicts.length} conflicts` }));
        for (const c of conflicts) {
          ctx.out(`  ! ${c.bsm ?? c.id} ${ctx.t({ zh: KIND_ZH[c.kind], en: KIND_EN[c.kind] })}${c.field ? ` ${c.field}` : ''}: ${ctx.t({ zh: '局方', en: 'bureau' })} ${show(c.ours)}，${ctx.t({ zh: '部门', en: 'department' })} ${show(c.theirs)}`);
        }
        const take = args.options['take'];
        if (conflicts.length > 0 && take !== 'ours' && take !== 'theirs') {
          ctx.err(ctx.t({ zh: `✗ 有 ${conflicts.length} 处冲突需要决定（--take ours 保留局方，--take theirs 采用部门），未写入任何文件`, en: `✗ ${conflicts.length} conflict(s) need a decision (--take ours keeps the bureau's, --take theirs the department's); nothing was written` }));
          await ctx.writeJson({ ok: false, file, conflicts: conflicts.length });
          return EXIT.invalid;
        }
        merged = resolveMergeConflicts(result, conflicts.map(() => (take === 'theirs' ? 'theirs' : 'ours')));
      }
      const acceptedAt = new Date().toISOString();
      const official = officialResolutionsOf(s.history, acceptedAt, bureauResolutions);
      await ctx.writeOutputFile(output, jsonBytes(merged));
      if (resolutionsFile !== undefined && official.resolutions.length > 0) {
        const keys = new Set(official.resolutions.map((r) => r.conflictKey));
        const all = [...bureauResolutions.filter((r) => !keys.has(r.conflictKey)), ...official.resolutions].sort(compareResolutions);
        await ctx.writeOutputFile(resolutionsFile, jsonBytes({ resolutions: all }));
      }
      for (const r of official.renumbered) ctx.out(ctx.t({ zh: `  维护日志编号 ${r.provisional} → ${r.official}（正式）`, en: `  log number ${r.provisional} → ${r.official} (official)` }));
      if (official.renumbered.length > 0 && resolutionsFile === undefined) {
        ctx.err(ctx.t({ zh: '注意：未给出 --resolutions，正式编号只按当日从 1 续编并列出，未写入任何处置记录文件', en: 'note: without --resolutions the official numbers start from the day’s first and are only listed; no resolutions file was written' }));
      }
      await writeAcceptedRegister(home, recordAccepted(register, m, sha256Hex(jsonBytes(s.plan)), acceptedAt));
      ctx.out(ctx.t({ zh: `已接收并写入 ${output}；已记录工作站 ${m.station.stationName} 规划 ${m.plan.id} 的第 ${m.sequence} 号报送`, en: `accepted and wrote ${output}; recorded submission no. ${m.sequence} of plan ${m.plan.id} from station ${m.station.stationName}` }));
      await ctx.writeJson({
        ok: true,
        file,
        output,
        station: m.station,
        author: m.author,
        plan: m.plan,
        sequence: m.sequence,
        signature: { status: s.signature.status, signer: s.signature.signer },
        diff: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
        conflicts: conflicts.length,
        resolutions: official.resolutions.length,
        renumbered: official.renumbered,
      });
      return EXIT.ok;
    } catch (error) {
      return reportStationError(error, ctx);
    }
  },
};

export default accept;
