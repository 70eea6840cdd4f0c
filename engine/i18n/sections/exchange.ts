// Pure. The engine/exchange messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const exchangeMessages = {
  'exchange.readSubmission.readSubmission': {
    zh: '拒绝接收报送包：{message}',
    en: 'submission refused: {message}',
  },
  'exchange.acceptedSubmissions.checkReplay': {
    zh: '拒绝接收报送包「{file}」：这是重放的旧报送。本机已于 {acceptedAt} 接收工作站「{who}」关于规划 {id} 的第 {sequence} 号报送，本包为第 {sequence2} 号',
    en: 'submission “{file}” refused: it is a replayed older submission. This installation accepted submission no. {sequence} of plan {id} from station “{who}” on {acceptedAt}; this one is no. {sequence2}',
  },
  'exchange.signatureFile.checkSignature': {
    zh: '{file} 未签名（没有 {SIGNATUREPATH}），无法确认来源',
    en: '{file} is not signed (no {SIGNATUREPATH}): its origin cannot be confirmed',
  },
  'exchange.signatureFile.checkSignature-2': {
    zh: '{file} 的 {SIGNATUREPATH} 已损坏或被篡改（格式不对）',
    en: '{SIGNATUREPATH} in {file} is damaged or was tampered with (malformed)',
  },
  'exchange.departmentReceipt.kept': {
    zh: '保留',
    en: 'kept',
  },
  'exchange.departmentReceipt.changed': {
    zh: '已修改',
    en: 'changed',
  },
  'exchange.departmentReceipt.removed': {
    zh: '已删除',
    en: 'removed',
  },
  'exchange.departmentReceipt.added': {
    zh: '新增',
    en: 'added',
  },
  'exchange.departmentReceipt.departmentReceipt': {
    zh: '{file} 不是蓝图成果包（{BUILDPATH} 缺失或不完整）',
    en: '{file} is not a blueprint package ({BUILDPATH} is missing or incomplete)',
  },
  'exchange.departmentReceipt.departmentReceipt-2': {
    zh: '{file} 中的 {path} 不是规划文件',
    en: '{path} in {file} is not a plan document',
  },
  'exchange.signedJsonFile.check': {
    zh: '{name} 未签名，无法确认来源',
    en: '{name} is not signed: its origin cannot be confirmed',
  },
  'exchange.signedJsonFile.check-2': {
    zh: '{name} 已损坏或被篡改：签名信封缺少 payload 或 signature',
    en: '{name} is damaged or was tampered with: the signed envelope lacks its payload or signature',
  },
  'exchange.departmentReceipt.departmentReceipt-3': {
    zh: '{file} 中没有部门“{department}”的规划；包中的部门：{v}',
    en: '{file} holds no plan of department "{department}"; its departments: {v}',
  },
  'exchange.readSubmission.refuse': {
    zh: '拒绝接收报送包「{file}」：{why}{detail}',
    en: 'submission “{file}” refused: {why}{detail}',
  },
  'exchange.signatureFile.tampered': {
    zh: '{file} 已被篡改：{detail}，签名者声称为 {who}',
    en: '{file} was tampered with: {detail}; the signer claims to be {who}',
  },
  'exchange.signatureFile.checkSignature-3': {
    zh: '{file} 的签名密钥不在本机的受信任密钥列表中（签名者声称为 {who}，指纹 {fingerprint}）',
    en: '{file} is signed by a key this installation does not trust (the signer claims to be {who}, fingerprint {fingerprint})',
  },
  'exchange.signatureFile.checkSignature-4': {
    zh: '{file} 的签名密钥（{trustedWho}，指纹 {fingerprint}）已于 {revokedAt} 吊销',
    en: '{file} is signed by a key that was revoked on {revokedAt} ({trustedWho}, fingerprint {fingerprint})',
  },
  'exchange.signatureFile.checkSignature-5': {
    zh: '{file} 的签名者被改动：包中写明来自工作站 {claimed}，但签名密钥登记为 {trustedWho}',
    en: 'the signer of {file} was changed: it says it comes from station {claimed}, but the signing key is registered to {trustedWho}',
  },
  'exchange.signatureFile.checkSignature-6': {
    zh: '{file} 的签名有效，签名者 {trustedWho}，指纹 {fingerprint}',
    en: '{file} has a valid signature by {trustedWho}, fingerprint {fingerprint}',
  },
  'exchange.signatureFile.no-manifest': {
    zh: '缺少被签名的 manifest.json',
    en: 'the signed manifest.json is missing',
  },
  'exchange.signatureFile.key-mismatch': {
    zh: '签名中的公钥与指纹不符',
    en: 'the public key and its fingerprint in the signature disagree',
  },
  'exchange.signatureFile.bytes-changed': {
    zh: '签名与 manifest.json 的内容不符（有字节被改动）',
    en: 'the signature does not match manifest.json (bytes were changed)',
  },
  'exchange.signedJsonFile.tampered-by': {
    zh: '{name} 已被篡改：签名与文件内容不符，签名者声称为 {who}',
    en: "{name} was tampered with: the signature does not match the file's content; the signer claims to be {who}",
  },
  'exchange.signedJsonFile.tampered': {
    zh: '{name} 已被篡改：签名与文件内容不符',
    en: "{name} was tampered with: the signature does not match the file's content",
  },
  'exchange.receiptCsv.plan': {
    zh: '规划',
    en: 'plan',
  },
  'exchange.receiptCsv.version': {
    zh: '版本',
    en: 'version',
  },
  'exchange.receiptCsv.layer': {
    zh: '图层',
    en: 'layer',
  },
  'exchange.receiptCsv.bsm': {
    zh: 'BSM',
    en: 'BSM',
  },
  'exchange.receiptCsv.name': {
    zh: '名称',
    en: 'name',
  },
  'exchange.receiptCsv.outcome': {
    zh: '结果',
    en: 'outcome',
  },
  'exchange.receiptCsv.log-number': {
    zh: '维护日志编号',
    en: 'log number',
  },
  'exchange.receiptCsv.resolution': {
    zh: '处置方式',
    en: 'resolution',
  },
  'exchange.receiptCsv.rule': {
    zh: '规则',
    en: 'rule',
  },
  'exchange.receiptCsv.conflict': {
    zh: '冲突标识',
    en: 'conflict',
  },
  'exchange.receiptCsv.fields': {
    zh: '修改字段',
    en: 'fields changed',
  },
  'exchange.receiptCsv.geometry': {
    zh: '图形改变',
    en: 'geometry changed',
  },
  'exchange.receiptCsv.reason': {
    zh: '理由',
    en: 'reason',
  },
  'exchange.receiptCsv.decided-by': {
    zh: '处置人',
    en: 'decided by',
  },
  'exchange.receiptCsv.decided-at': {
    zh: '处置时间',
    en: 'decided at',
  },
  'exchange.receiptCsv.yes': {
    zh: '是',
    en: 'yes',
  },
  'exchange.receiptCsv.no': {
    zh: '否',
    en: 'no',
  },
  'exchange.readSubmission.tampered': {
    zh: '它已被篡改或损坏，',
    en: 'it was tampered with or damaged: ',
  },
  'exchange.readSubmission.not-zip': {
    zh: '它不是完整有效的 zip 文件',
    en: 'it is not a whole, valid zip file',
  },
  'exchange.readSubmission.signed-manifest-missing': {
    zh: '签名所覆盖的 {manifest} 不在包中',
    en: 'the signed {manifest} is missing',
  },
  'exchange.readSubmission.manifest-missing': {
    zh: '缺少 {manifest}，它不是部门报送包',
    en: '{manifest} is missing: it is not a department submission',
  },
  'exchange.readSubmission.stray-unsigned': {
    zh: '{path} 不在清单中，且包中没有签名',
    en: '{path} is not in the manifest and the package carries no signature',
  },
  'exchange.readSubmission.not-manifest': {
    zh: '{manifest} 不是部门报送包的清单（format 应为 {format}）',
    en: '{manifest} is not a submission manifest (format should be {format})',
  },
  'exchange.readSubmission.listed-missing': {
    zh: '清单列出的 {path} 不在包中',
    en: '{path}, listed in the manifest, is missing',
  },
  'exchange.readSubmission.changed': {
    zh: '{path} 已被改动（SHA-256 与清单不符）',
    en: '{path} was changed (its SHA-256 differs from the manifest)',
  },
  'exchange.readSubmission.added': {
    zh: '{path} 不在清单中（被加入）',
    en: '{path} is not in the manifest (it was added)',
  },
  'exchange.readSubmission.container-changed': {
    zh: 'zip 容器中的字节被改动（文件内容未变，但包不是签名时的原样）',
    en: 'bytes of the zip container were changed (the files match, but the package is not as it was signed)',
  },
  'exchange.readSubmission.not-plans': {
    zh: '{plan} 或 {base} 不是规划 {planId} 的规划文件',
    en: '{plan} or {base} is not a plan document of {planId}',
  },
  'exchange.readSubmission.not-history': {
    zh: '{history} 不是编辑历史（应为 {shape}）',
    en: '{history} is not an edit history (it should be {shape})',
  },
  'exchange.readSubmission.base-mismatch': {
    zh: '{base} 与清单中的 baseSha256 不符',
    en: '{base} does not match baseSha256 in the manifest',
  },
} as const satisfies Section;
