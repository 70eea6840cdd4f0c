// The station messages (main/node/station): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const stationMessages = {
  'station.openStation.readJson': {
    zh: '{path} 不是有效的 JSON',
    en: '{path} is not valid JSON',
  },
  'station.openStation.readStation': {
    zh: '{path} 已损坏（不是蓝图工作站文件）',
    en: '{path} is damaged (not a Lantu station file)',
  },
  'station.openStation.initStation': {
    zh: '{join} 已存在：本安装已有工作站，未做改动',
    en: '{join} exists: this installation already has a station; nothing was changed',
  },
  'station.openStation.noStation': {
    zh: '本安装还没有工作站（{join} 不存在）；请先运行 lantu station init --name <名称>',
    en: 'this installation has no station yet (no {join}); run lantu station init --name <name> first',
  },
  'station.openStation.openStation': {
    zh: '{keyPath} 缺失或 {stationFile} 没有公钥：本工作站无法签名',
    en: '{keyPath} is missing or {stationFile} has no public key: this station cannot sign',
  },
  'station.openStation.signer': {
    zh: '{keyPath} 的私钥与 {stationFile} 的公钥不配对',
    en: 'the key in {keyPath} does not match the public key in {stationFile}',
  },
  'station.stationKeyStore.storeKey': {
    zh: '需要一个口令来加密本工作站的私钥',
    en: 'a passphrase is needed to encrypt this station’s private key',
  },
  'station.stationKeyStore.damaged': {
    zh: '{file}：私钥文件已损坏或不是蓝图的私钥格式',
    en: '{file}: the private key file is damaged or not a Lantu key',
  },
  'station.stationKeyStore.openStoredKey': {
    zh: '本工作站的私钥需要口令才能打开',
    en: 'this station’s private key needs its passphrase',
  },
  'station.stationKeyStore.openStoredKey-2': {
    zh: '{file}：私钥由系统钥匙串保护，但此处无法使用系统钥匙串',
    en: '{file}: the private key is protected by the OS keychain, which is not available here',
  },
  'station.desktopStation.sign': {
    zh: '请输入本工作站私钥的口令',
    en: 'enter the passphrase of this station’s private key',
  },
  'station.trustLogFile.readTrustLog': {
    zh: '{path} 第 {value} 行已损坏；受信任密钥未改动',
    en: '{path} line {value} is damaged; the trusted keys were not changed',
  },
} as const satisfies Section;
