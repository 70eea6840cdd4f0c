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
import { printableLine } from '../printableLine.ts';
import { readInputFile } from '../readInputFile.ts';
import { reportStationError } from '../stationAccess.ts';
import { REFUSED_SIGNATURES, signatureLine, trustedKeysOf, zipSignature } from '../zipSignature.ts';

const receipt: CliCommand = {
  summary: { zh: '回执：查看下发成果包中本部门要素的处置结果（保留、被哪条处置修改及理由、删除）', en: 'receipt: what an issued package did to a department’s features (kept, changed by which resolution and why, removed)' },
  usage: '<package.zip> --department <名称>',
  options: {
    department: { type: 'string', value: '<名称>', help: { zh: '部门名称（规划文件中的 department）或规划标识', en: 'department name (a plan’s department) or plan id' } },
    csv: { type: 'string', value: '<path|->', help: { zh: '把回执写成 CSV，- 为标准输出', en: 'write the receipt as CSV, - for stdout' } },
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const department = args.options['department'];
    if (args.positionals.length !== 1 || file === undefined || typeof department !== 'string') {
      ctx.err(ctx.t({ zh: '用法：lantu receipt <成果包.zip> --department <部门名称>', en: 'usage: lantu receipt <package.zip> --department <name>' }));
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
      if (!manifest || !Array.isArray(manifest.files)) return refuse({ zh: `${file} 不是蓝图成果包（${MANIFEST_PATH} 缺失或不是 JSON）`, en: `${file} is not a blueprint package (${MANIFEST_PATH} is missing or not JSON)` });
      let signature: string;
      let status = 'unsigned';
      if (files.has(SIGNATURE_PATH)) {
        const signed = zipSignature(file, zip, files, manifest.created, PACKAGE_ZIP_LIMITS, await trustedKeysOf(ctx));
        if (REFUSED_SIGNATURES.has(signed.check.status)) return refuse(signed.check.message);
        signature = signatureLine(signed.check, ctx);
        status = signed.check.status;
        files = zipEntries(signed.unsigned, file, PACKAGE_ZIP_LIMITS);
      } else {
        signature = ctx.t({ zh: `! ${file} 未签名（没有 ${SIGNATURE_PATH}），无法确认它来自局方`, en: `! ${file} is not signed (no ${SIGNATURE_PATH}): it cannot be confirmed to come from the bureau` });
      }
      const issues = checkPackageFiles(files, manifest);
      if (issues.length > 0) return refuse({ zh: `${file} 中的 ${issues[0]!.path} 与清单不符（已被改动、删除或加入），不能据此出具回执`, en: `${issues[0]!.path} in ${file} differs from the manifest (changed, removed or added): no receipt from it` });
      const read = departmentReceipt(files, department, file);
      if (!read.ok) return refuse(read.message);
      const r = read.receipt;
      ctx.out(signature);
      ctx.out(ctx.t({
        zh: `回执：${department}，${r.plans.map((p) => `${p.title}（${p.id}，${p.version}）`).join('、')}；保留 ${r.counts.kept}，已修改 ${r.counts.changed}，已删除 ${r.counts.removed}，新增 ${r.counts.added}`,
        en: `receipt: ${department}, ${r.plans.map((p) => `${p.title} (${p.id}, ${p.version})`).join(', ')}; ${r.counts.kept} kept, ${r.counts.changed} changed, ${r.counts.removed} removed, ${r.counts.added} added`,
      }));
      for (const row of r.rows) {
        const head = `${row.layer} ${row.bsm || row.featureId} ${printableLine(row.name)}`.trim();
        ctx.out(`  ${RECEIPT_OUTCOME_LABEL[row.outcome][ctx.lang]}  ${head}`);
        for (const x of row.resolutions) {
          const what = [x.fields.length > 0 ? ctx.t({ zh: `字段 ${x.fields.join('、')}`, en: `fields ${x.fields.join(', ')}` }) : '', x.geometryChanged ? ctx.t({ zh: '图形', en: 'geometry' }) : ''].filter(Boolean).join(ctx.t({ zh: '、', en: ', ' }));
          ctx.out(
            `      ${x.logNumber} ${ctx.lang === 'zh' ? x.kindZh : x.kind} ${x.ruleId}${what ? ` (${what})` : ''} ${ctx.t({ zh: '理由', en: 'reason' })}: ${printableLine(x.reason)}  ${printableLine(x.decidedBy)} ${x.decidedAt}`,
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
