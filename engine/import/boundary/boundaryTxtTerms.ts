// Pure. The 部标 界址点坐标 TXT format's own Chinese keywords (section names, [属性描述] keys, header fields and the
// values the reader accepts), in one table. They are data of the format, not wording: the readers match them, and
// messages quote them as parameters in both languages (the English templates then hold no Chinese, while a user
// still sees the keyword exactly as it stands in the file).
export const BOUNDARY_TXT_TERMS = {
  standardWord: '部标',
  boundaryPointWord: '界址点',
  parcelWord: '地块',
  /** Short for 地块编号, after a 地块's index in a message's location. */
  parcelNoWord: '编号',
  extensionSection: '扩展信息',
  attributesSection: '属性描述',
  parcelsSection: '地块坐标',
  datumKey: '坐标系',
  zoneWidthKey: '几度分带',
  projectionKey: '投影类型',
  unitKey: '计量单位',
  zoneKey: '带号',
  cgcs2000Value: '2000国家大地坐标系',
  gaussKrugerValue: '高斯克吕格',
  metreValue: '米',
  polygonValue: '面',
  pointCountField: '界址点数',
  parcelAreaField: '地块面积',
  parcelIdField: '地块编号',
  parcelNameField: '地块名称',
  shapeKindField: '记录图形属性',
  pointIdField: '点号',
  ringNoField: '圈号',
  parcelHeaderPattern: '界址点数,地块面积,地块编号,地块名称,记录图形属性,图幅号,地块用途,地类编码,…,@',
  pointLinePattern: '点号,圈号,X,Y',
} as const;
