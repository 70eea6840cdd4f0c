// Pure. The engine/sign messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const signMessages = {
  'sign.sealedKey.sealPrivateKey': {
    zh: '口令不能为空',
    en: 'the passphrase must not be empty',
  },
  'sign.sealedKey.notSealed': {
    zh: '私钥文件已损坏或不是蓝图的私钥格式',
    en: 'the private key file is damaged or not a Lantu key',
  },
  'sign.sealedKey.openSealedKey': {
    zh: '口令不对，私钥未能打开；没有做任何改动',
    en: 'wrong passphrase: the private key did not open; nothing was changed',
  },
  'sign.trustLog.trustEntry': {
    zh: '指纹不符：{stationName} 的公钥指纹是 {fingerprint}，确认的是 {confirmedFingerprint}；未加入受信任密钥',
    en: "fingerprint mismatch: {stationName}'s key has fingerprint {fingerprint}, confirmed was {confirmedFingerprint}; the key was not trusted",
  },
  'sign.trustLog.trustEntry-2': {
    zh: '该公钥（{fingerprint}）已于 {revokedAt} 吊销，不能再次信任；请对方生成新密钥',
    en: 'this key ({fingerprint}) was revoked at {revokedAt} and cannot be trusted again; ask for a new key',
  },
  'sign.trustLog.trustEntry-3': {
    zh: '该公钥（{fingerprint}，{stationName}）已受信任',
    en: 'this key ({fingerprint}, {stationName}) is already trusted',
  },
  'sign.trustLog.trustEntry-4': {
    zh: '{stationName} 的站代码 {stationCode} 与 {other} 相同，临时维护日志编号会重复；请对方重新建立工作站后再导出公钥',
    en: "{stationName}'s station code {stationCode} is the same as {other}'s, so provisional log numbers would collide; ask them to make their station again and export a new key",
  },
  'sign.trustLog.revokeEntry': {
    zh: '受信任密钥中没有指纹为 {fingerprint} 的公钥',
    en: 'no trusted key has fingerprint {fingerprint}',
  },
  'sign.trustLog.revokeEntry-2': {
    zh: '指纹为 {fingerprint} 的公钥已于 {revokedAt} 吊销',
    en: 'the key {fingerprint} was already revoked at {revokedAt}',
  },
  'sign.sealedKey.newPassphraseProblem': {
    zh: '口令至少 {MIN} 个字符',
    en: 'the passphrase needs at least {MIN} characters',
  },
  'sign.stationRecord.stationNameProblem': {
    zh: '工作站名称不能为空，首尾不能有空格',
    en: 'the station name must not be empty or start or end with spaces',
  },
  'sign.stationRecord.stationNameProblem-2': {
    zh: '工作站名称最多 {STATIONNAMEMAX} 个字',
    en: 'the station name has at most {STATIONNAMEMAX} characters',
  },
  'sign.stationRecord.stationNameProblem-3': {
    zh: '工作站名称不能含控制字符',
    en: 'the station name must not contain control characters',
  },
  'sign.publicKeyFile.problem': {
    zh: '{fileName}：{problem}',
    en: '{fileName}: {problem}',
  },
  'sign.publicKeyFile.not-json': {
    zh: '不是蓝图公钥文件（不是 JSON）',
    en: 'not a Lantu public-key file (not JSON)',
  },
  'sign.publicKeyFile.wrong-format': {
    zh: '不是蓝图公钥文件（format 应为 {format}）',
    en: 'not a Lantu public-key file (format should be {format})',
  },
  'sign.publicKeyFile.bad-station-id': {
    zh: '字段 stationId 无效',
    en: 'field stationId is invalid',
  },
  'sign.publicKeyFile.bad-station-name': {
    zh: '字段 stationName 无效',
    en: 'field stationName is invalid',
  },
  'sign.publicKeyFile.bad-role': {
    zh: '字段 role 应为 bureau 或 department',
    en: 'field role should be bureau or department',
  },
  'sign.publicKeyFile.bad-key': {
    zh: '字段 publicKey 不是 32 字节的 Ed25519 公钥',
    en: 'field publicKey is not a 32-byte Ed25519 public key',
  },
} as const satisfies Section;
