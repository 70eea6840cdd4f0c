// Pure (types only). The 并联审批 model: a proposed investment project (schemas/project.schema.json), the
// managed list of departments, what the review measures against the blueprint, the review pack's verdicts,
// the departments' opinions bound to a project version, and the coordinator's joint opinion.
import type { IndicatorId, IndicatorUnit } from '../indicators/types.ts';
import type { AttributeCondition, Severity } from '../rules/types.ts';
import type { LayerCode, PlanKind, PropertyValue, Ring } from '../model/types.ts';

/** 符合 / 有条件符合 / 不符合. */
export type Verdict = 'pass' | 'conditional' | 'fail';
export const VERDICTS: readonly Verdict[] = ['pass', 'conditional', 'fail'];

/** 项目类型 XMLX. */
export type ProjectType = '工业' | '仓储' | '交通' | '能源' | '水利' | '公共服务' | '住宅' | '商业' | '其他';

/** The stage, in order: 策划生成 → 用地预审与选址 → 用地规划许可 → 工程规划许可. */
export type ProjectStage = '策划生成' | '用地预审与选址' | '用地规划许可' | '工程规划许可';
export const PROJECT_STAGES: readonly ProjectStage[] = ['策划生成', '用地预审与选址', '用地规划许可', '工程规划许可'];

/** The project's facts under their national field names (the `properties` of the project document). */
export interface ProjectFacts {
  /** 统一项目代码 `YYYY-XXXXXX-XX-XX-XXXXXX`; optional before 用地预审与选址. */
  XMDM?: string | null;
  /** 项目名称. */
  XMMC: string;
  /** 建设单位. */
  JSDW?: string | null;
  XMLX: ProjectType;
  /** 拟用途: a 用地用海 code (e.g. 1001). */
  NYDYT?: string | null;
  /** 国家重大建设项目. Missing ⇒ checks that depend on it are 有条件符合 ("supply …"), never 符合. */
  ZDXM?: '是' | '否' | null;
  /** 单独选址 and its kind (线性基础设施, 能源, 水利, 军事, 矿产 …). */
  DDXZ?: '是' | '否' | null;
  DDXZLX?: string | null;
  /** 工业类别 for industrial projects. */
  GYLB?: '一类' | '二类' | '三类' | null;
}

/** One 界址点 as the source gave it (zone coordinates; X northing, Y easting as written). */
export interface ProjectBoundaryPoint {
  /** 地块编号 of the parcel the point belongs to. */
  parcelId: string;
  /** 点号 (J1 …) and 圈号 (1 outer, 2+ holes). */
  pointId: string;
  ringNo: number;
  xM: number;
  yM: number;
}

export type ProjectBoundaryFormat = 'txt' | 'dxf' | 'geojson' | 'shapefile' | 'geopackage' | 'drawn' | 'typed';

export interface ProjectBoundarySource {
  format: ProjectBoundaryFormat;
  /** The input file's name (no directories), or null for a drawn or typed boundary. */
  fileName: string | null;
  /** The CRS of the points (e.g. EPSG:4526), or EPSG:4490 for a drawn boundary. */
  crs: string;
  points: ProjectBoundaryPoint[];
}

/**
 * The project document (schemas/project.schema.json): a GeoJSON Feature in EPSG:4490 with a `project`
 * foreign member, so QGIS opens it as it is. The geometry is one or more 地块 with holes.
 */
export interface ProjectDocument {
  type: 'Feature';
  project: {
    schemaVersion: string;
    /** Stable id (UUID) chosen when the project is created; never changes. */
    id: string;
    stage: ProjectStage;
    source: ProjectBoundarySource;
  };
  properties: ProjectFacts;
  geometry: { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** Kinds of department, so that rules and the UI can group them; the list itself is workspace data. */
export type DepartmentKind = 'natural-resources' | 'development' | 'ecology' | 'transport' | 'forestry' | 'railway' | 'other';

/** One entry of the workspace's managed department list (review pack, opinion matrix, import dialog, layer tree). */
export interface Department {
  /** Stable short id used in files (`zrzy`, `fgw`, `sthj`, `jtys`, `lyj`, `tl` in the Jiyuan default). */
  id: string;
  nameZh: string;
  nameEn: string;
  shortZh: string;
  shortEn: string;
  kind: DepartmentKind;
  /** Plan kinds this department submits (for the import dialog and the layer tree). */
  planKinds: PlanKind[];
  responsibilitiesZh: string;
  responsibilitiesEn: string;
}

// ---------------------------------------------------------------- what the review measures (engine/review)

/** A blueprint feature the project overlaps, with the attributes a verdict or a reader needs. */
export interface OverlappedFeature {
  featureId: string;
  layer: LayerCode;
  bsm: string | null;
  /** The feature's name (HXMC, BHDMC, SYDMC, YQMC, XLMC …) when it has one. */
  name: string | null;
  /** Overlap with the project: area in m² for polygons; for lines the length inside the project. */
  areaM2: number;
  lengthM?: number;
  /** The attributes of the feature (zone, level, grade …), as in the blueprint. */
  properties: Record<string, PropertyValue>;
}

/** Per blueprint layer (not GHYDYH, which is `landUse`): the overlapped area (dissolved) and the features. */
export interface LayerOverlap {
  layer: LayerCode;
  /** Area of project ∩ ∪layer in m² (dissolved, GRS80). */
  areaM2: number;
  /** Every feature overlapped by at least 1 m², sorted by BSM then id. */
  features: OverlappedFeature[];
}

export interface LandUseShare {
  /** 规划用地用海 code (YDYHFLDM) and its name. */
  code: string;
  nameZh: string | null;
  areaM2: number;
}

/** Setting of a railway protection zone (《铁路安全管理条例》第二十七条). */
export type RailwaySetting = '市区' | '郊区' | '村镇' | '其他';

/** A transport line whose control zone (from the corridor edge, centreline ± KD/2) reaches the project. */
export interface SetbackFinding {
  featureId: string;
  bsm: string | null;
  name: string | null;
  /** DJ: 高速 / 国道 / 省道 / 县道 / 乡道 / 高铁 / 普速铁路 / 城际. */
  grade: string;
  kind: 'road' | 'railway';
  setting: RailwaySetting | null;
  /** Required distance from the corridor edge, and the project's distance from it (0 when inside the corridor). */
  requiredM: number;
  distanceM: number;
  /** Area of the project inside the corridor plus control zone, in m². */
  insideAreaM2: number;
  /** Width used for the corridor (KD) in metres; null when the data had none and a default was used. */
  corridorWidthM: number | null;
}

export interface TouchedConflict {
  key: string;
  ruleId: string;
  title: string;
  severity: Severity;
  /** Area of the conflict region inside the project, m². */
  areaM2: number;
}

export interface TouchedUndetermined {
  id: string;
  areaM2: number;
}

/** An indicator the project would move: its value now and after the project takes its site. */
export interface IndicatorImpact {
  indicator: IndicatorId;
  nameZh: string;
  nameEn: string;
  unit: IndicatorUnit;
  before: number;
  after: number;
  target: number | null;
  /** True when `after` breaks the target (`>=` falls below, `<=` rises above). */
  violatesTarget: boolean;
}

export interface ProjectMeasurement {
  projectId: string;
  projectVersion: string;
  /** GRS80 area of the boundary, m². */
  areaM2: number;
  /** Every overlapped layer (≥ 1 m²) in catalogue order. */
  layers: LayerOverlap[];
  /** Parts of the project inside and outside 城镇开发边界, m². */
  insideDevelopmentBoundaryM2: number;
  outsideDevelopmentBoundaryM2: number;
  /** 规划用地用海 inside the project per code (≥ 1 m²), largest first. */
  landUse: LandUseShare[];
  setbacks: SetbackFinding[];
  /** Open conflicts and 待定 areas whose region reaches into the project by ≥ 1 m². */
  conflicts: TouchedConflict[];
  undetermined: TouchedUndetermined[];
  indicators: IndicatorImpact[];
  /** Towns (XZQ) the project lies in, by overlap. */
  towns: { code: string; name: string }[];
}

// ---------------------------------------------------------------- the review pack (schemas/review-pack.schema.json)

/** A fact of the measurement a check tests. */
export type ReviewFact =
  | { type: 'overlaps'; layer: LayerCode; where?: AttributeCondition; minAreaM2?: number }
  | { type: 'outsideDevelopmentBoundary'; minAreaM2?: number }
  | { type: 'landUseIncompatible'; minAreaM2?: number }
  | { type: 'withinSetback'; kind?: 'road' | 'railway' }
  | { type: 'outsideParks'; minAreaM2?: number }
  | { type: 'touchesConflict'; severities?: Severity[] }
  | { type: 'touchesUndetermined' }
  | { type: 'indicatorViolated'; indicators?: IndicatorId[] }
  | { type: 'projectCodeMalformed' }
  /** Every project: the outcomes judge the project's facts only (industry category, siting by 工业类别). */
  | { type: 'always' };

/** Condition on the project's facts (properties of the project document), same operators as rule packs. */
export type ProjectCondition = AttributeCondition;

/** One outcome of a check: when `project` holds (or always), the verdict with its conditions. */
export interface ReviewOutcome {
  /** Facts the outcome needs; a missing one gives 有条件符合 with "supply …" (messages name them). */
  requires?: (keyof ProjectFacts)[];
  project?: ProjectCondition;
  verdict: Verdict;
  conditionsZh?: string[];
  conditionsEn?: string[];
  reasonZh: string;
  reasonEn: string;
}

/** A check: which department owns it, what fact it tests, and the outcomes in order (first match wins). */
export interface ReviewCheck {
  id: string;
  titleZh: string;
  titleEn: string;
  /** Department id in the workspace's managed list. */
  department: string;
  fact: ReviewFact;
  outcomes: ReviewOutcome[];
  legalBasis: string;
}

export interface ReviewPack {
  id: string;
  version: string;
  title: string;
  checks: ReviewCheck[];
  /** 拟用途 prefix → 规划用地用海 prefixes that permit it (the compatibility table kept as data). */
  compatibility: { projectUse: string; permittedBy: string[] }[];
}

/** One check's result. Checks whose fact does not hold give nothing (the department then passes on it). */
export interface CheckResult {
  checkId: string;
  department: string;
  verdict: Verdict;
  conditionsZh: string[];
  conditionsEn: string[];
  reasonZh: string;
  reasonEn: string;
  legalBasis: string;
}

/** A department's preliminary opinion: the worst of its checks' verdicts, `pass` when none applies. */
export interface PreliminaryOpinion {
  department: string;
  verdict: Verdict;
  checks: CheckResult[];
}

export interface ProjectReview {
  measurement: ProjectMeasurement;
  departments: PreliminaryOpinion[];
  /** Worst of the departments' preliminary verdicts. */
  verdict: Verdict;
}

// ---------------------------------------------------------------- opinions (征求意见, 部门意见, 联合审查意见)

/** Sent by the coordinator to one department: the project at one version, the preliminary review, a deadline. */
export interface Consultation {
  projectId: string;
  projectVersion: string;
  department: string;
  /** ISO dates (YYYY-MM-DD). */
  sentOn: string;
  deadline: string;
}

/** A department's own opinion, recorded on its workstation and imported by the coordinator. */
export interface DepartmentOpinion {
  projectId: string;
  /** The version it was given on; a different current version makes it stale. */
  projectVersion: string;
  department: string;
  verdict: Verdict;
  conditions: string[];
  basis: string;
  reviewer: string;
  /** ISO date, and the department's document number (文号). */
  date: string;
  documentNo: string;
}

export interface JointOpinion {
  projectId: string;
  projectVersion: string;
  verdict: Verdict;
  documentNo: string;
  date: string;
  coordinator: string;
}
