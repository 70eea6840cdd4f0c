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
import { say } from '../../i18n/index.ts';

const KIND_ZH: Record<MergeConflict['kind'], string> = {
  field: '字段',
  geometry: '图形',
  layer: '图层',
  'delete-edit': '本地删除、部门修改',
  'edit-delete': '本地修改、部门删除',
  'add-add': '双方新增',
};
const KIND_EN: Record<MergeConflict['kind'], string> = {
  field: 'field',
  geometry: 'geometry',
  layer: 'layer',
  'delete-edit': 'deleted here, edited by the department',
  'edit-delete': 'edited here, deleted by the department',
  'add-add': 'added on both sides',
};

const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'object' ? '…' : String(v));

function printDiff(ctx: CliContext, s: Submission): ReturnType<typeof diffPlanVersions> {
  const diff = diffPlanVersions(s.base, s.plan);
  ctx.out(
    ctx.t(
      say('commands.accept.printDiff', {
        version: s.base.plan.version,
        length: diff.added.length,
        length2: diff.removed.length,
        length3: diff.changed.length,
        unchanged: diff.unchanged,
      }),
    ),
  );
  for (const f of diff.added) ctx.out(`  + ${f.layer} ${f.bsm ?? f.id}`);
  for (const f of diff.removed) ctx.out(`  - ${f.layer} ${f.bsm ?? f.id}`);
  for (const c of diff.changed) {
    const fields = c.fields.map((x) => `${x.key}: ${show(x.before)} → ${show(x.after)}`);
    if (c.geometryChanged)
      fields.push(
        ctx.t(say('commands.accept.printDiff-2', { value: c.areaChangeM2 >= 0 ? '+' : '', areaChangeM2: c.areaChangeM2.toFixed(2) })),
      );
    ctx.out(`  ~ ${c.layer} ${c.bsm ?? c.id}  ${fields.join('；')}`);
  }
  return diff;
}

const accept: CliCommand = {
  usage: '<submission.zip> [--plan <current.json>] -o <merged.json>',
  options: {
    plan: {
      type: 'string',
      value: '<current.json>',
      help: say('commands.accept.plan_help'),
    },
    output: { type: 'string', short: 'o', value: '<merged.json>', help: say('commands.accept.output_help') },
    resolutions: {
      type: 'string',
      value: '<r.json>',
      help: say('commands.accept.resolutions_help'),
    },
    take: {
      type: 'string',
      value: 'ours|theirs',
      choices: ['ours', 'theirs'],
      help: say('commands.accept.take_help'),
    },
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const output = args.options['output'];
    const planFile = typeof args.options['plan'] === 'string' ? args.options['plan'] : undefined;
    const resolutionsFile = typeof args.options['resolutions'] === 'string' ? args.options['resolutions'] : undefined;
    if (args.positionals.length !== 1 || file === undefined || typeof output !== 'string') {
      ctx.err(ctx.t(say('commands.accept.run')));
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
        ctx.err(ctx.t(say('commands.accept.run-2', { resolutionsFile })));
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
      ctx.out(
        ctx.t(
          say('commands.accept.run-3', {
            id: m.plan.id,
            department: m.plan.department,
            version: m.plan.version,
            sequence: m.sequence,
            author: m.author,
            createdAt: m.createdAt,
            length: s.history.length,
          }),
        ),
      );
      const diff = printDiff(ctx, s);
      if (ours && ours.plan.id !== m.plan.id) {
        ctx.err(ctx.t(say('commands.accept.run-4', { planFile: String(planFile), id: ours.plan.id, id2: m.plan.id })));
        return EXIT.invalid;
      }
      let merged = s.plan;
      let conflicts: MergeConflict[] = [];
      if (ours) {
        const result = mergePlanVersions(s.base, ours, s.plan);
        conflicts = result.conflicts;
        const st = result.stats;
        ctx.out(
          ctx.t(
            say('commands.accept.run-5', {
              fromOurs: st.fromOurs,
              fromTheirs: st.fromTheirs,
              combined: st.combined,
              length: conflicts.length,
            }),
          ),
        );
        for (const c of conflicts) {
          ctx.out(
            `  ! ${c.bsm ?? c.id} ${ctx.t({ zh: KIND_ZH[c.kind], en: KIND_EN[c.kind] })}${c.field ? ` ${c.field}` : ''}: ${ctx.t(say('commands.accept.run-6'))} ${show(c.ours)}，${ctx.t(say('commands.accept.run-7'))} ${show(c.theirs)}`,
          );
        }
        const take = args.options['take'];
        if (conflicts.length > 0 && take !== 'ours' && take !== 'theirs') {
          ctx.err(ctx.t(say('commands.accept.run-8', { length: conflicts.length })));
          await ctx.writeJson({ ok: false, file, conflicts: conflicts.length });
          return EXIT.invalid;
        }
        merged = resolveMergeConflicts(
          result,
          conflicts.map(() => (take === 'theirs' ? 'theirs' : 'ours')),
        );
      }
      const acceptedAt = new Date().toISOString();
      const official = officialResolutionsOf(s.history, acceptedAt, bureauResolutions);
      await ctx.writeOutputFile(output, jsonBytes(merged));
      if (resolutionsFile !== undefined && official.resolutions.length > 0) {
        const keys = new Set(official.resolutions.map((r) => r.conflictKey));
        const all = [...bureauResolutions.filter((r) => !keys.has(r.conflictKey)), ...official.resolutions].sort(compareResolutions);
        await ctx.writeOutputFile(resolutionsFile, jsonBytes({ resolutions: all }));
      }
      for (const r of official.renumbered)
        ctx.out(ctx.t(say('commands.accept.run-9', { provisional: r.provisional, official: r.official })));
      if (official.renumbered.length > 0 && resolutionsFile === undefined) {
        ctx.err(ctx.t(say('commands.accept.run-10')));
      }
      await writeAcceptedRegister(home, recordAccepted(register, m, sha256Hex(jsonBytes(s.plan)), acceptedAt));
      ctx.out(ctx.t(say('commands.accept.run-11', { output, stationName: m.station.stationName, id: m.plan.id, sequence: m.sequence })));
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
