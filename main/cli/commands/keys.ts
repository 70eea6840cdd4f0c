// `lantu keys export-public -o x.pub | trust x.pub --fingerprint … | revoke --fingerprint … | list | log`: this
// installation's public key and its list of trusted keys. A key is trusted only when the fingerprint given (read
// out by its owner over another channel) matches the file's key; every trust and revoke is a logged line.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { publicKeyFileText } from '../../../engine/sign/index.ts';
import { openStation } from '../../node/station/openStation.ts';
import type { CliCommand } from '../command.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT } from '../exitCodes.ts';
import { UsageError } from '../parseArgs.ts';
import { reportStationError, stationHomeOf } from '../stationAccess.ts';

const USAGE = {
  zh: '用法：lantu keys export-public -o <文件.pub> | trust <文件.pub> --fingerprint <指纹> | revoke --fingerprint <指纹> | list | log',
  en: 'usage: lantu keys export-public -o <file.pub> | trust <file.pub> --fingerprint <fp> | revoke --fingerprint <fp> | list | log',
};

const keys: CliCommand = {
  summary: {
    zh: '密钥：导出本站公钥，信任（核对指纹后）、吊销、列出受信任公钥，查看变更日志',
    en: 'keys: export this station’s public key; trust (after checking the fingerprint), revoke, list; show the log',
  },
  usage: 'export-public -o <x.pub> | trust <x.pub> --fingerprint <指纹> | revoke --fingerprint <指纹> | list | log',
  options: {
    output: { type: 'string', short: 'o', value: '<x.pub>', help: { zh: '公钥文件写到哪里', en: 'where to write the public-key file' } },
    fingerprint: {
      type: 'string',
      value: '<指纹>',
      help: { zh: '通过电话等其他渠道核对过的公钥指纹', en: 'the key fingerprint, confirmed through another channel' },
    },
  },
  async run(args, ctx) {
    const [sub, ...rest] = args.positionals;
    const fingerprint = args.options.fingerprint;
    try {
      const station = await openStation(stationHomeOf(ctx));
      if (sub === 'export-public' && rest.length === 0 && typeof args.options.output === 'string') {
        const file = station.publicKeyFile();
        await ctx.writeOutputFile(args.options.output, publicKeyFileText(file));
        ctx.out(
          ctx.t({
            zh: `已导出 ${file.stationName} 的公钥到 ${args.options.output}，指纹 ${file.fingerprint}`,
            en: `exported ${file.stationName}'s public key to ${args.options.output}, fingerprint ${file.fingerprint}`,
          }),
        );
        await ctx.writeJson(file);
        return EXIT.ok;
      }
      if (sub === 'trust' && rest.length === 1 && typeof fingerprint === 'string') {
        const path = rest[0]!;
        let text: string;
        try {
          text = await readFile(resolve(ctx.cwd, path), 'utf8');
        } catch (error) {
          ctx.err(`✗ ${ctx.t(describeIoError(error, path))}`);
          return EXIT.usage;
        }
        const entry = await station.trust(text, basename(path), fingerprint);
        ctx.out(
          ctx.t({
            zh: `已信任 ${entry.key.stationName} 的公钥，指纹 ${entry.key.fingerprint}`,
            en: `trusted ${entry.key.stationName}'s key, fingerprint ${entry.key.fingerprint}`,
          }),
        );
        await ctx.writeJson(entry);
        return EXIT.ok;
      }
      if (sub === 'revoke' && rest.length === 0 && typeof fingerprint === 'string') {
        const entry = await station.revoke(fingerprint);
        ctx.out(
          ctx.t({
            zh: `已吊销 ${entry.key.stationName} 的公钥，指纹 ${entry.key.fingerprint}`,
            en: `revoked ${entry.key.stationName}'s key, fingerprint ${entry.key.fingerprint}`,
          }),
        );
        await ctx.writeJson(entry);
        return EXIT.ok;
      }
      if (sub === 'list' && rest.length === 0) {
        const list = (await station.trustedKeys()).list();
        if (list.length === 0) ctx.out(ctx.t({ zh: '没有受信任的公钥', en: 'no trusted keys' }));
        for (const k of list) {
          const state =
            k.revokedAt !== undefined
              ? ctx.t({ zh: `已吊销 ${k.revokedAt}`, en: `revoked ${k.revokedAt}` })
              : ctx.t({ zh: '有效', en: 'valid' });
          ctx.out(`${k.fingerprint}  ${k.stationName}  ${ctx.t({ zh: '加入', en: 'added' })} ${k.addedAt}  ${state}`);
        }
        await ctx.writeJson(list);
        return EXIT.ok;
      }
      if (sub === 'log' && rest.length === 0) {
        const log = await station.trustLog();
        for (const e of log) {
          const what = e.action === 'trust' ? ctx.t({ zh: '信任', en: 'trust' }) : ctx.t({ zh: '吊销', en: 'revoke' });
          ctx.out(`${e.at}  ${what}  ${e.key.fingerprint}  ${e.key.stationName}  ${ctx.t({ zh: '操作人', en: 'by' })} ${e.by.stationName}`);
        }
        await ctx.writeJson(log);
        return EXIT.ok;
      }
      throw new UsageError(USAGE);
    } catch (error) {
      return reportStationError(error, ctx);
    }
  },
};

export default keys;
