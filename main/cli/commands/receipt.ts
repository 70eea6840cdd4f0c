// `lantu receipt <package.zip> --department <名称|plan id> [--csv <path|->]`: the 回执 of an issued (下发) blueprint
// package for one department: per feature of the department's plans, kept, changed by which resolution (log number,
// kind, rule, reason, fields, geometry) or removed, and what resolutions added. The package's signature is checked
// against this installation's trusted keys and reported; a tampered, revoked or re-attributed one, or a file that
// differs from the manifest, is refused (exit 1). Exit 2 on usage or I/O.
import { departmentReceipt, RECEIPT_OUTCOME_LABEL, receiptCsv, SIGNATURE_PATH } from '../../../engine/exchange/index.ts';
import { checkPackageFiles, MANIFEST_PATH, zipEntries, type Manifest } from '../../../engine/package/index.ts';
import { PACKAGE_ZIP_LIMITS, ZipRefusal } from '../../../engine/zip/index.ts';
import type { CliCommand } from '../command.ts';
import { EXIT } from '../exitCodes.ts';
import { readInputFile } from '../readInputFile.ts';
import { reportStationError } from '../stationAccess.ts';
import { REFUSED_SIGNATURES, signatureLine, trustedKeysOf, zipSignature } from '../zipSignature.ts';
import { say } from '../../i18n/index.ts';
import { sha256HexNode } from '../../node/sha256HexNode.ts';

const receipt: CliCommand = {
  usage: '<package.zip> --department <名称>',
  options: {
    department: {
      type: 'string',
      value: '<名称>',
      help: say('commands.receipt.department_help'),
    },
    csv: { type: 'string', value: '<path|->', help: say('commands.receipt.csv_help') },
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const department = args.options['department'];
    if (args.positionals.length !== 1 || file === undefined || typeof department !== 'string') {
      ctx.err(ctx.t(say('commands.receipt.run')));
      return EXIT.usage;
    }
    const zip = await readInputFile(ctx, file);
    if (!zip) return EXIT.usage;
    const refuse = async (text: { zh: string; en: string }) => {
      ctx.err(`✗ ${ctx.t(text)}`);
      await ctx.writeJson({ ok: false, file, message: text });
      return EXIT.invalid;
    };
    try {
      let files = zipEntries(zip, file, PACKAGE_ZIP_LIMITS);
      let manifest: Manifest | undefined;
      try {
        manifest = JSON.parse(new TextDecoder().decode(files.get(MANIFEST_PATH))) as Manifest;
      } catch {
        manifest = undefined;
      }
      if (!manifest || !Array.isArray(manifest.files)) return refuse(say('commands.receipt.run-2', { file, manifestPath: MANIFEST_PATH }));
      let signature: string;
      let status = 'unsigned';
      if (files.has(SIGNATURE_PATH)) {
        const signed = zipSignature(file, zip, files, manifest.created, PACKAGE_ZIP_LIMITS, await trustedKeysOf(ctx));
        if (REFUSED_SIGNATURES.has(signed.check.status)) return refuse(signed.check.message);
        signature = signatureLine(signed.check, ctx);
        status = signed.check.status;
        files = zipEntries(signed.unsigned, file, PACKAGE_ZIP_LIMITS);
      } else {
        signature = ctx.t(say('commands.receipt.run-3', { file, signaturePath: SIGNATURE_PATH }));
      }
      const issues = checkPackageFiles(files, manifest, sha256HexNode);
      if (issues.length > 0) return refuse(say('commands.receipt.run-4', { file, path: issues[0]!.path }));
      const read = departmentReceipt(files, department, file);
      if (!read.ok) return refuse(read.message);
      const r = read.receipt;
      ctx.out(signature);
      ctx.out(
        ctx.t(
          say('commands.receipt.run-5', {
            plans: {
              zh: r.plans.map((p) => `${p.title}（${p.id}，${p.version}）`).join('、'),
              en: r.plans.map((p) => `${p.title} (${p.id}, ${p.version})`).join(', '),
            },
            department,
            kept: r.counts.kept,
            changed: r.counts.changed,
            removed: r.counts.removed,
            added: r.counts.added,
          }),
        ),
      );
      for (const row of r.rows) {
        const head = `${row.layer} ${row.bsm || row.featureId} ${row.name}`.trim();
        ctx.out(`  ${RECEIPT_OUTCOME_LABEL[row.outcome][ctx.lang]}  ${head}`);
        for (const x of row.resolutions) {
          const what = [
            x.fields.length > 0
              ? ctx.t(say('commands.receipt.what', { fields: { zh: x.fields.join('、'), en: x.fields.join(', ') } }))
              : '',
            x.geometryChanged ? ctx.t(say('commands.receipt.what-2')) : '',
          ]
            .filter(Boolean)
            .join(ctx.t({ zh: '、', en: ', ' }));
          ctx.out(
            `      ${x.logNumber} ${ctx.lang === 'zh' ? x.kindZh : x.kind} ${x.ruleId}${what ? ` (${what})` : ''} ${ctx.t(say('commands.receipt.run-6'))}: ${x.reason}  ${x.decidedBy} ${x.decidedAt}`,
          );
        }
      }
      const csv = args.options['csv'];
      if (typeof csv === 'string') {
        const bytes = receiptCsv(r, ctx.lang);
        if (csv === '-') ctx.out(new TextDecoder().decode(bytes));
        else await ctx.writeOutputFile(csv, bytes);
      }
      await ctx.writeJson({ ok: true, file, signature: status, ...r });
      return EXIT.ok;
    } catch (error) {
      if (error instanceof ZipRefusal) return refuse({ zh: error.zh, en: error.en });
      return reportStationError(error, ctx);
    }
  },
};

export default receipt;
