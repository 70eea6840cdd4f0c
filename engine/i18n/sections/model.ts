// Pure. The engine/model messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const modelMessages = {
  'model.codes.ydyh2023': {
    zh: '《用地用海分类指南(2023)》',
    en: 'the land and sea use classification guide (2023)',
  },
  'model.codes.sandiao': {
    zh: '《三调工作分类》',
    en: 'the third land survey work classification',
  },
  'model.duplicatePlans.duplicatePlanMessage': {
    zh: '{second} 给出了不止一次（规划标识 {planId}），同一规划只能给出一次',
    en: '{second} is given more than once (plan id {planId}); give each plan once',
  },
  'model.duplicatePlans.duplicatePlanMessage-2': {
    zh: '{second} 与 {first} 是同一份规划（规划标识 {planId} 相同），同一规划只能给出一次',
    en: '{second} and {first} are the same plan (plan id {planId}); give each plan once',
  },
  'model.duplicatePlans.duplicatePlanMessage-3': {
    zh: '{second} 与 {first} 是同一份规划（{featureCount} 个要素的图层与标识码 BSM 全部相同），同一规划只能给出一次；新的一版请作为该规划的新版本导入',
    en: '{second} and {first} are the same plan ({featureCount|its # feature has|all # features have} the same layer and BSM); give each plan once, and import a new edition as a new version of that plan',
  },
  'model.conflictLabel.name': {
    zh: '「{name}」',
    en: ' "{name}"',
  },
  'model.conflictLabel.bsm': {
    zh: '（BSM {bsm}）',
    en: ' (BSM {bsm})',
  },
  'model.conflictLabel.parties': {
    zh: '：{parties}',
    en: ': {parties}',
  },
  'model.conflictLabel.town': {
    zh: '，{town}',
    en: ', {town}',
  },
} as const satisfies Section;
