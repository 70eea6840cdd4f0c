// `lantu sign <file.zip> -o <signed.zip>`: signs a zip that carries a manifest.json (a blueprint package the bureau
// issues (下发), a 回执) with this station's key: signature.json is appended after the files, so everything the
// unsigned zip held stays byte for byte and `lantu verify` still rebuilds it. Exit 1 when the zip has no manifest
// or is already signed, 2 on usage, I/O, a missing station or passphrase.
import { signZip, splitSignedZip, UnsignableZip } from '../../../engine/exchange/index.ts';
import { MANIFEST_PATH } from '../../../engine/package/index.ts';
import { PACKAGE_ZIP_LIMITS, ZipRefusal, inflateZipEntry, listZipEntries } from '../../../engine/zip/index.ts';
import { openStation } from '../../node/station/openStation.ts';
import type { CliCommand } from '../command.ts';
import { EXIT } from '../exitCodes.ts';
import { readInputFile } from '../readInputFile.ts';
import { PASSPHRASE_OPTION, passphraseOf, reportStationError, stationHomeOf } from '../stationAccess.ts';
import { say } from '../../i18n/index.ts';

/** The manifest's own time (a package's `created`, a submission's `createdAt`): the signature entry's timestamp. */
function manifestTime(zip: Uint8Array, file: string): string | null {
  const entry = listZipEntries(zip, file, PACKAGE_ZIP_LIMITS).find((e) => e.name === MANIFEST_PATH);
  if (!entry) return null;
  try {
    const m = JSON.parse(new TextDecoder().decode(inflateZipEntry(zip, file, entry))) as { created?: unknown; createdAt?: unknown };
    const time = typeof m.created === 'string' ? m.created : m.createdAt;
    return typeof time === 'string' && Number.isFinite(Date.parse(time)) ? time : null;
  } catch {
    return null;
  }
}

const sign: CliCommand = {
  usage: '<file.zip> -o <signed.zip>',
  options: {
    output: { type: 'string', short: 'o', value: '<signed.zip>', help: say('commands.sign.output_help') },
    'passphrase-file': PASSPHRASE_OPTION,
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const output = args.options['output'];
    if (args.positionals.length !== 1 || file === undefined || typeof output !== 'string') {
      ctx.err(ctx.t(say('commands.sign.run')));
      return EXIT.usage;
    }
    const zip = await readInputFile(ctx, file);
    if (!zip) return EXIT.usage;
    let created: string | null;
    try {
      created = manifestTime(zip, file);
    } catch (error) {
      if (!(error instanceof ZipRefusal)) throw error;
      ctx.err(`✗ ${ctx.t(error)}`);
      return EXIT.invalid;
    }
    if (created === null) {
      ctx.err(ctx.t(say('commands.sign.run-2', { file, manifestPath: MANIFEST_PATH })));
      return EXIT.invalid;
    }
    if (splitSignedZip(zip).signature) {
      ctx.err(ctx.t(say('commands.sign.run-3', { file })));
      return EXIT.invalid;
    }
    try {
      const station = await openStation(stationHomeOf(ctx));
      const signer = await station.signer(await passphraseOf(args, ctx));
      const signed = await signZip(zip, signer, created, new Date().toISOString(), PACKAGE_ZIP_LIMITS);
      await ctx.writeOutputFile(output, signed);
      ctx.out(ctx.t(say('commands.sign.run-4', { output, stationName: signer.stationName, value: station.identity.fingerprint ?? '' })));
      await ctx.writeJson({ ok: true, output, stationId: signer.stationId, stationName: signer.stationName });
      return EXIT.ok;
    } catch (error) {
      if (error instanceof UnsignableZip) {
        ctx.err(ctx.t(say('commands.sign.run-5', { file })));
        return EXIT.invalid;
      }
      return reportStationError(error, ctx);
    }
  },
};

export default sign;
