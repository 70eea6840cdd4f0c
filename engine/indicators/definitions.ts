// Pure. The indicator catalogue of product.md §8 as data: each indicator's formula, source layers,
// unit and target direction. Code prefixes follow 《用地用海分类指南(2023)》 (schemas/codes/ydyh-2023.json).
import type { AreaMeasure, IndicatorDefinition, IndicatorId, SourceSelector } from './types.ts';

/** 建设用地: every level-1 class of the construction group (07–16). */
export const CONSTRUCTION_PREFIXES = ['07', '08', '09', '10', '11', '12', '13', '14', '15', '16'] as const;

/**
 * 城乡建设用地 = 城镇建设用地 + 村庄建设用地: construction land without regional infrastructure
 * (1201–1206, 1209), mining and salt (1002, 1003) and special land (15).
 */
export const URBAN_RURAL_CONSTRUCTION_PREFIXES = ['07', '08', '09', '1001', '11', '1207', '1208', '13', '14', '16'] as const;

const land = (codePrefixes: readonly string[]): SourceSelector => ({ layer: 'GHYDYH', codePrefixes });

const territory: AreaMeasure = { of: [{ layer: 'XZQ' }] };
const urbanBoundary: AreaMeasure = { of: [{ layer: 'CZKFBJ' }] };
const constructionLand: AreaMeasure = { of: [land(CONSTRUCTION_PREFIXES)] };
const urbanRuralConstructionLand: AreaMeasure = { of: [land(URBAN_RURAL_CONSTRUCTION_PREFIXES)] };

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    id: 'territory',
    nameZh: '国土面积',
    nameEn: 'Territory area',
    formulaZh: '行政区（XZQ）图斑融合后的椭球面积',
    formulaEn: 'ellipsoidal area of the dissolved administrative divisions (XZQ)',
    formula: { kind: 'area', measure: territory },
    unit: 'ha',
    direction: '>=',
  },
  {
    id: 'cultivatedLand',
    nameZh: '耕地保有量',
    nameEn: 'Cultivated land',
    formulaZh: '规划用地用海（GHYDYH）中用地用海分类代码以 01（耕地）开头的图斑融合后的椭球面积',
    formulaEn: 'dissolved ellipsoidal area of planned land use (GHYDYH) with code prefix 01 (cultivated land)',
    formula: { kind: 'area', measure: { of: [land(['01'])] } },
    unit: 'ha',
    direction: '>=',
  },
  {
    id: 'permanentFarmland',
    nameZh: '永久基本农田保护面积',
    nameEn: 'Permanent basic farmland',
    formulaZh: '永久基本农田（YJJBNT）图斑融合后的椭球面积',
    formulaEn: 'dissolved ellipsoidal area of the permanent basic farmland layer (YJJBNT)',
    formula: { kind: 'area', measure: { of: [{ layer: 'YJJBNT' }] } },
    unit: 'ha',
    direction: '>=',
  },
  {
    id: 'ecoRedLine',
    nameZh: '生态保护红线面积',
    nameEn: 'Ecological protection red line',
    formulaZh: '生态保护红线（STBHHX）图斑融合后的椭球面积',
    formulaEn: 'dissolved ellipsoidal area of the ecological protection red line (STBHHX)',
    formula: { kind: 'area', measure: { of: [{ layer: 'STBHHX' }] } },
    unit: 'ha',
    direction: '>=',
  },
  {
    id: 'urbanBoundary',
    nameZh: '城镇开发边界面积',
    nameEn: 'Urban development boundary',
    formulaZh: '城镇开发边界（CZKFBJ）图斑融合后的椭球面积',
    formulaEn: 'dissolved ellipsoidal area of the urban development boundary (CZKFBJ)',
    formula: { kind: 'area', measure: urbanBoundary },
    unit: 'ha',
    direction: '<=',
  },
  {
    id: 'urbanBoundaryExpansion',
    nameZh: '城镇开发边界扩展倍数',
    nameEn: 'Urban development boundary expansion ratio',
    formulaZh: '城镇开发边界面积 ÷ 2020 年现状城镇建设用地规模（基期，取自指标文件），不超过 1.3',
    formulaEn: 'urban development boundary area ÷ the 2020 urban construction land baseline (targets file), at most 1.3',
    formula: { kind: 'baselineRatio', numerator: urbanBoundary, baseline: 'urbanConstructionLand2020' },
    unit: 'ratio',
    direction: '<=',
  },
  {
    id: 'urbanSpaceShare',
    nameZh: '城镇空间占比',
    nameEn: 'Urban space share',
    formulaZh: '行政区范围内城镇开发边界的面积 ÷ 国土面积 × 100%，不超过 6%',
    formulaEn: 'area of the urban development boundary inside the territory ÷ territory area × 100 %, at most 6 %',
    formula: {
      kind: 'areaRatio',
      numerator: { of: urbanBoundary.of, within: territory.of },
      denominator: territory,
    },
    unit: 'percent',
    direction: '<=',
  },
  {
    id: 'developmentIntensity',
    nameZh: '国土开发强度',
    nameEn: 'Development intensity',
    formulaZh: '建设用地总面积 ÷ 国土面积 × 100%',
    formulaEn: 'total construction land ÷ territory area × 100 %',
    formula: { kind: 'areaRatio', numerator: constructionLand, denominator: territory },
    unit: 'percent',
    direction: '<=',
  },
  {
    id: 'constructionLand',
    nameZh: '建设用地总面积',
    nameEn: 'Total construction land',
    formulaZh: '规划用地用海中代码以 07–16（建设用地各一级类）开头的图斑融合后的椭球面积',
    formulaEn: 'dissolved ellipsoidal area of planned land use with code prefixes 07–16 (construction classes)',
    formula: { kind: 'area', measure: constructionLand },
    unit: 'ha',
    direction: '<=',
  },
  {
    id: 'urbanRuralConstructionLand',
    nameZh: '城乡建设用地',
    nameEn: 'Urban and rural construction land',
    formulaZh:
      '规划用地用海中代码以 07、08、09、1001、11、1207、1208、13、14、16 开头的图斑融合后的椭球面积（不含区域交通、采矿盐田和特殊用地）',
    formulaEn:
      'dissolved ellipsoidal area of planned land use with code prefixes 07, 08, 09, 1001, 11, 1207, 1208, 13, 14, 16 (without regional transport, mining, salt and special land)',
    formula: { kind: 'area', measure: urbanRuralConstructionLand },
    unit: 'ha',
    direction: '<=',
  },
  {
    id: 'industrialLandShare',
    nameZh: '城乡工业用地占比',
    nameEn: 'Industrial share of urban and rural construction land',
    formulaZh: '工业用地（1001）面积 ÷ 城乡建设用地面积 × 100%',
    formulaEn: 'industrial land (1001) ÷ urban and rural construction land × 100 %',
    formula: { kind: 'areaRatio', numerator: { of: [land(['1001'])] }, denominator: urbanRuralConstructionLand },
    unit: 'percent',
    direction: '<=',
  },
  {
    id: 'forestLand',
    nameZh: '林地面积',
    nameEn: 'Forest land',
    formulaZh: '规划用地用海中代码以 03（林地）开头的图斑融合后的椭球面积',
    formulaEn: 'dissolved ellipsoidal area of planned land use with code prefix 03 (forest land)',
    formula: { kind: 'area', measure: { of: [land(['03'])] } },
    unit: 'ha',
    direction: '>=',
  },
  {
    id: 'wetland',
    nameZh: '湿地面积',
    nameEn: 'Wetland',
    formulaZh: '规划用地用海中代码以 05（湿地）开头的图斑融合后的椭球面积',
    formulaEn: 'dissolved ellipsoidal area of planned land use with code prefix 05 (wetland)',
    formula: { kind: 'area', measure: { of: [land(['05'])] } },
    unit: 'ha',
    direction: '>=',
  },
  {
    id: 'redLineConstruction',
    nameZh: '生态保护红线内建设用地面积',
    nameEn: 'Construction inside the ecological red line',
    formulaZh: '建设用地（代码 07–16）与产业项目（GYXM）的融合范围落在生态保护红线内的椭球面积，应为 0',
    formulaEn:
      'ellipsoidal area of construction land (codes 07–16) and industrial projects (GYXM), dissolved, inside the ecological red line; should be 0',
    formula: {
      kind: 'area',
      measure: { of: [land(CONSTRUCTION_PREFIXES), { layer: 'GYXM' }], within: [{ layer: 'STBHHX' }] },
    },
    unit: 'ha',
    direction: '<=',
  },
];

const byId = new Map(INDICATOR_DEFINITIONS.map((d) => [d.id, d]));

export const INDICATOR_IDS: readonly IndicatorId[] = INDICATOR_DEFINITIONS.map((d) => d.id);

export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  const definition = byId.get(id);
  if (!definition) throw new Error(`unknown indicator ${id}`);
  return definition;
}
