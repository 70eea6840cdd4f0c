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
} as const satisfies Section;
