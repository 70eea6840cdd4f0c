// Pure. The engine/rules messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const rulesMessages = {
  'rules.evaluateRule.featureLabel': {
    zh: '{title}{value}（{key}）',
    en: '{value}({key}) of {title}',
  },
  'rules.loadRulePack.loadRulePack': {
    zh: '{who}：规则编号重复',
    en: 'rule {who}: duplicate rule id',
  },
  'rules.loadRulePack.loadRulePack-2': {
    zh: '{who}：关系 {text} 需要主体选择器 subject',
    en: 'rule {who}: relation {text} needs a subject selector',
  },
  'rules.loadRulePack.loadRulePack-3': {
    zh: '{who}：关系 {text} 需要客体选择器 object',
    en: 'rule {who}: relation {text} needs an object selector',
  },
  'rules.loadRulePack.loadRulePack-4': {
    zh: '{who}：提示信息中的占位符 {{match}} 未定义（可用：{v}）',
    en: 'rule {who}: unknown placeholder {{match}} in {v}',
  },
  'rules.evaluateRule.geos-pair': {
    zh: '规则 {id}「{title}」：{a} 与 {b} 的{why}，无法计量，请检查这两个要素的几何',
    en: 'Rule {id}{title}: on {a} and {b} {why}; nothing could be measured, check the geometry',
  },
  'rules.evaluateRule.geos-one': {
    zh: '规则 {id}「{title}」：{a} 的{why}，无法计量，请检查该要素的几何',
    en: 'Rule {id}{title}: on {a} {why}; nothing could be measured, check the geometry',
  },
  'rules.evaluateRule.coverage-overlap': {
    zh: '「{a}」与「{b}」相互重叠',
    en: '“{a}” and “{b}” overlap',
  },
  'rules.coverageGaps.gap': {
    zh: '存在未覆盖的缝隙',
    en: 'an uncovered gap',
  },
  'rules.evaluateSliver.mean-width': {
    zh: '平均宽度 {width} m',
    en: 'mean width {width} m',
  },
  'rules.evaluateUseMismatchPair.codes': {
    zh: '{a} ≠ {b}',
    en: '{a} ≠ {b}',
  },
  'rules.evaluateIndicator.detail': {
    zh: '{indicator}（{town}）',
    en: '{indicator} ({town})',
  },
  'rules.evaluateIndicator.whole-territory': {
    zh: '全域',
    en: 'whole territory',
  },
  'rules.evaluateQuality.invalid-geometry': {
    zh: '几何无效：{reason}{at}，已按 MakeValid 修复后计量',
    en: 'invalid geometry: {reason}{at}, measured after MakeValid repair',
  },
  'rules.evaluateQuality.invalid-at': {
    zh: '（{lon}, {lat}）',
    en: ' ({lon}, {lat})',
  },
  // GEOS's validity reasons (IsValidOp): English is GEOS's own wording.
  'rules.evaluateQuality.geos-self-intersection': {
    zh: '自相交',
    en: 'Self-intersection',
  },
  'rules.evaluateQuality.geos-ring-self-intersection': {
    zh: '环自相交',
    en: 'Ring Self-intersection',
  },
  'rules.evaluateQuality.geos-hole-outside-shell': {
    zh: '内环在外环之外',
    en: 'Hole lies outside shell',
  },
  'rules.evaluateQuality.geos-holes-nested': {
    zh: '内环相互嵌套',
    en: 'Holes are nested',
  },
  'rules.evaluateQuality.geos-interior-disconnected': {
    zh: '内部不连通',
    en: 'Interior is disconnected',
  },
  'rules.evaluateQuality.geos-nested-shells': {
    zh: '外环相互嵌套',
    en: 'Nested shells',
  },
  'rules.evaluateQuality.geos-duplicate-rings': {
    zh: '环重复',
    en: 'Duplicate Rings',
  },
  'rules.evaluateQuality.geos-too-few-points': {
    zh: '组成部分的点数过少',
    en: 'Too few points in geometry component',
  },
  'rules.evaluateQuality.geos-invalid-coordinate': {
    zh: '坐标无效',
    en: 'Invalid Coordinate',
  },
  'rules.evaluateQuality.geos-ring-not-closed': {
    zh: '环未闭合',
    en: 'Ring is not closed',
  },
  'rules.evaluateQuality.geos-other': {
    zh: '拓扑错误',
    en: 'topology error',
  },
} as const satisfies Section;
