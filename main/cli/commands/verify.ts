// `lantu verify <blueprint.zip>`: checks the manifest against its schema, every file's size and SHA-256
// (modified, removed and added files are named), then rebuilds the package from its own sources, rule pack,
// policy, targets, resolutions and build record and requires every file and the zip itself to match byte for
// byte (the rebuild is compared file by file as it is produced, by SHA-256 against the manifest its entries were
// just checked against, and its zip chunk by chunk, never held whole),
// wherever the package was built (Node or the editor in Chromium: the engine's numbers do not depend on
// the JavaScript engine). The package is read from the file piece by piece (a file handle, main/node/openZipFile),
// never held whole, so a package past 4 GiB verifies too. Exit 0 when the package verifies, 1 on any difference (naming the file), 2 on
// usage/I-O errors. A signed package (signature.json, engine/exchange) has its signature checked against this
// installation's trusted keys and reported (trusted, unknown, revoked, changed signer, tampered: the last three
// fail); the rebuild is compared with the package without its signature entry.
import { schemaErrorText } from '../../../engine/validate/index.ts';
import { resolve } from 'node:path';
import {
  checkPackageFiles,
  packageFiles,
  zipEntries,
  MANIFEST_PATH,
  BUILD_PATH,
  type BuildRecord,
  type Manifest,
} from '../../../engine/package/index.ts';
import { validateSchema } from '../../../engine/validate/index.ts';
import {
  bytesZipSource,
  inflateZipEntryChunks,
  listZipEntries,
  PACKAGE_ZIP_LIMITS,
  ZipRefusal,
  type ZipEntryInfo,
  type ZipLimits,
  type ZipSource,
} from '../../../engine/zip/index.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { describeIoError } from '../describeIoError.ts';
import { sha256HexNode } from '../../node/sha256HexNode.ts';
import { exportInputsFromBuild, SourceRereadError } from '../../../engine/export/index.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { inflateLimitOption, zipLimitsFrom } from '../inflateLimitOption.ts';
import { openZipFile, type OpenZipFile } from '../../node/openZipFile.ts';
import { zipPackageStream } from '../../node/zipPackageStream.ts';
import { EXPORT_STEP, preparePackageFromFiles, toolVersion } from './export.ts';
import { checkSignature, SIGNATURE_PATH, type SignatureCheck } from '../../../engine/exchange/index.ts';
import { REFUSED_SIGNATURES, signatureLine, trustedKeysOf, zipSignature } from '../zipSignature.ts';
import { say } from '../../i18n/index.ts';

const KIND_ZH = { modified: '已被修改', removed: '已被删除', added: '不在清单中（新增）' } as const;
const KIND_EN = { modified: 'was modified', removed: 'was removed', added: 'is not in the manifest (added)' } as const;

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Whether the entry inflates to exactly `bytes` (a size that differs is decided before inflating). */
function sameAsEntry(zip: Uint8Array | ZipSource, file: string, entry: ZipEntryInfo, bytes: Uint8Array): boolean {
  if (entry.sizeBytes !== bytes.length) return false;
  let at = 0;
  let same = true;
  inflateZipEntryChunks(zip, file, entry, (chunk) => {
    same &&= sameBytes(chunk, bytes.subarray(at, at + chunk.length));
    at += chunk.length;
  });
  return same;
}

const verify: CliCommand = {
  usage: '<blueprint.zip>',
  options: { 'max-inflate': inflateLimitOption(PACKAGE_ZIP_LIMITS.maxTotalBytes) },
  async run(args, ctx) {
    const file = args.positionals[0];
    const limits = zipLimitsFrom(args.options['max-inflate'], PACKAGE_ZIP_LIMITS);
    if (args.positionals.length !== 1 || file === undefined) {
      ctx.err(ctx.t(say('commands.verify.run')));
      return EXIT.usage;
    }
    let opened: OpenZipFile;
    try {
      opened = openZipFile(resolve(ctx.cwd, file));
    } catch (error) {
      ctx.err(`✗ ${file}: ${ctx.t(describeIoError(error, file))}`);
      return EXIT.usage;
    }
    try {
      return await verifyZipFile(file, opened.source, limits, ctx);
    } finally {
      opened.close();
    }
  },
};

async function verifyZipFile(file: string, source: ZipSource, limits: ZipLimits, ctx: CliContext): Promise<ExitCode> {
  let zip: Uint8Array | ZipSource = source;
  const fail = async (problems: { path: string; zh: string; en: string }[]) => {
    for (const p of problems) ctx.err(`✗ ${file}: ${p.path} ${ctx.t(p)}`);
    await ctx.writeJson({ ok: false, file, problems });
    return EXIT.invalid;
  };
  // Inflated entry by entry when read, within the limits (a bomb is refused, naming the cap): the found files
  // are never all held at once beside the rebuild.
  let files: ReadonlyMap<string, Uint8Array>;
  ctx.step(say('commands.verify.step-read'));
  try {
    files = zipEntries(zip, file, limits);
  } catch (error) {
    if (error instanceof ZipRefusal && error.code !== 'zip-invalid')
      return fail([{ path: error.entry ?? file, zh: error.zh, en: error.en }]);
    return fail([{ path: file, ...say('commands.review.refusal') }]);
  }
  // A signed package: the signature is checked first, then the package without its signature entry is what
  // the rebuild must match byte for byte (signing adds an entry, it changes nothing else).
  let signature: SignatureCheck = checkSignature(file, undefined, null, { lookup: () => null });
  try {
    if (files.has(SIGNATURE_PATH)) {
      const created = (parseJson(files.get(MANIFEST_PATH)) as { created?: unknown } | undefined)?.created;
      // A signed package is read whole: the signature check compares its container with the unsigned one.
      const signed = zipSignature(
        file,
        source.read(0, source.sizeBytes),
        files,
        typeof created === 'string' ? created : '',
        limits,
        await trustedKeysOf(ctx),
      );
      signature = signed.check;
      if (REFUSED_SIGNATURES.has(signature.status))
        return fail([{ path: SIGNATURE_PATH, zh: signature.message.zh, en: signature.message.en }]);
      zip = signed.unsigned;
      files = zipEntries(zip, file, limits);
    }
  } catch (error) {
    if (error instanceof ZipRefusal) return fail([{ path: error.entry ?? file, zh: error.zh, en: error.en }]);
    throw error;
  }
  try {
    return await verifyFiles(file, zip, limits, files, fail, ctx, signature);
  } catch (error) {
    if (error instanceof ZipRefusal) return fail([{ path: error.entry ?? file, zh: error.zh, en: error.en }]);
    // A plan the rebuild read again from the package came out otherwise (the package changed on disk meanwhile).
    if (error instanceof SourceRereadError) return fail([{ path: file, ...error.said }]);
    throw error;
  }
}

type Problem = { path: string; zh: string; en: string };

async function verifyFiles(
  file: string,
  zip: Uint8Array | ZipSource,
  limits: ZipLimits,
  files: ReadonlyMap<string, Uint8Array>,
  fail: (problems: Problem[]) => Promise<ExitCode>,
  ctx: CliContext,
  signature: SignatureCheck,
): Promise<ExitCode> {
  const manifest = parseJson(files.get(MANIFEST_PATH));
  if (manifest === undefined) return fail([{ path: MANIFEST_PATH, ...say('commands.verify.verifyFiles-2') }]);
  const schema = validateSchema('manifest', manifest);
  if (!schema.valid) {
    return fail(
      schema.errors.slice(0, 10).map((e) => ({
        path: MANIFEST_PATH,
        ...say('commands.verify.verifyFiles-3', { e: schemaErrorText(e) }),
      })),
    );
  }
  const issues = checkPackageFiles(files, manifest as Manifest, sha256HexNode);
  if (issues.length > 0) return fail(issues.map((i) => ({ path: i.path, zh: KIND_ZH[i.kind], en: KIND_EN[i.kind] })));

  const build = parseJson(files.get(BUILD_PATH)) as BuildRecord | undefined;
  const inputs = build && Array.isArray(build.sources) ? exportInputsFromBuild(files, build) : null;
  if (!build || !inputs) return fail([{ path: BUILD_PATH, ...say('commands.verify.verifyFiles-4') }]);
  const running = toolVersion();
  if (build.tool.version !== running) {
    ctx.out(ctx.t(say('commands.verify.verifyFiles', { version: build.tool.version, running })));
  }
  const outcome = await preparePackageFromFiles(inputs, ctx.lang, 1, (phase) => {
    const step = EXPORT_STEP[phase];
    if (step) ctx.step(say('commands.verify.step-rebuild', { phase: step }));
  });
  if (!outcome.ok) return fail(outcome.errors.map((e) => ({ path: BUILD_PATH, ...say('commands.verify.verifyFiles-5', { e }) })));
  // Every entry was just found to have the size and SHA-256 the manifest lists, so a rebuilt file with them is that
  // entry byte for byte, without inflating the entry again (849 MB at 300k parcels). The manifest, which lists
  // itself nowhere, is compared with its entry as the entry inflates. The directory was checked by zipEntries.
  ctx.step(say('commands.verify.step-compare'));
  const entries = new Map(listZipEntries(zip, file, limits).map((e) => [e.name, e]));
  const listed = new Map((manifest as Manifest).files.map((f) => [f.path, f]));
  const differing = new Set<string>();
  const rebuilt = new Set<string>();
  const started = zipPackageStream(packageFiles(outcome.input), build.created, ({ path, bytes }) => {
    rebuilt.add(path);
    const entry = entries.get(path);
    const same =
      path === MANIFEST_PATH
        ? entry !== undefined && sameAsEntry(zip, file, entry, bytes)
        : listed.get(path)?.sizeBytes === bytes.length && listed.get(path)?.sha256 === sha256HexNode(bytes);
    if (!same) differing.add(path);
  });
  if (!started.ok)
    return fail([
      {
        path: BUILD_PATH,
        ...say('commands.verify.verifyFiles-6'),
      },
    ]);
  const found = zip instanceof Uint8Array ? bytesZipSource(zip) : zip;
  let at = 0;
  let sameZip = true;
  for await (const chunk of started.stream.chunks) {
    sameZip &&= at + chunk.length <= found.sizeBytes && sameBytes(found.read(at, chunk.length), chunk);
    at += chunk.length;
  }
  for (const path of files.keys()) if (!rebuilt.has(path)) differing.add(path);
  if (differing.size > 0) return fail([...differing].sort().map((path) => ({ path, ...say('commands.verify.verifyFiles-7') })));
  if (!sameZip || at !== found.sizeBytes) return fail([{ path: file, ...say('commands.verify.verifyFiles-8') }]);
  const m = manifest as Manifest;
  ctx.out(
    ctx.t(
      say('commands.verify.verified', {
        file,
        // The manifest schema (checked above) allows final and draft only.
        status: m.status === 'final' ? say('commands.verify.statusFinal') : say('commands.verify.statusDraft'),
        files: m.files.length + 1,
      }),
    ),
  );
  ctx.out(signatureLine(signature, ctx));
  await ctx.writeJson({
    ok: true,
    file,
    status: m.status,
    files: m.files.length + 1,
    signature: { status: signature.status, ...(signature.signer ? { signer: signature.signer } : {}) },
  });
  return EXIT.ok;
}

export default verify;
