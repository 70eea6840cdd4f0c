// Pure. The engine/import messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const importMessages = {
  'import.remedyWording.encodingRemedy': {
    zh: '请在“编码”中选择 {encoding} 重新读取',
    en: 'choose {encoding} under “Encoding” to read it again',
  },
  'import.remedyWording.encodingRemedy-2': {
    zh: '请在“编码”中选择正确的编码（如 GBK）',
    en: 'choose the right one under “Encoding” (e.g. GBK)',
  },
  'import.remedyWording.encodingRemedy-3': {
    zh: '请用 --encoding {encoding} 重新导入',
    en: 're-import with --encoding {encoding}',
  },
  'import.remedyWording.encodingRemedy-4': {
    zh: '请用 --encoding 指定（如 gbk）',
    en: 'give --encoding (e.g. gbk)',
  },
  'import.remedyWording.crsRemedy': {
    zh: '在“坐标系”中填写，例如 {epsg}',
    en: 'enter it under “CRS”, e.g. {epsg}',
  },
  'import.remedyWording.crsRemedy-2': {
    zh: '在“坐标系”中填写 {epsg} 重新读取',
    en: 'enter {epsg} under “CRS” to read it again',
  },
  'import.remedyWording.crsRemedy-3': {
    zh: '用 --crs 指定，例如 {epsg}',
    en: 'give --crs, e.g. {epsg}',
  },
  'import.remedyWording.crsRemedy-4': {
    zh: '用 --crs {epsg} 重新导入',
    en: 're-import with --crs {epsg}',
  },
  'import.remedyWording.mappingRemedy': {
    zh: '请在字段映射中为它选择一列',
    en: 'choose a column for it in the field mapping',
  },
  'import.remedyWording.mappingRemedy-2': {
    zh: '请用 --mapping 给出',
    en: 'give it with --mapping',
  },
  'import.describeLibraryError.RUNTIME_LIMIT_TEXT': {
    zh: '结果超出 JavaScript 字符串的长度上限',
    en: 'the result exceeds the JavaScript string length limit',
  },
  'import.describeLibraryError.RUNTIME_LIMIT_TEXT-2': {
    zh: '内存不足',
    en: 'out of memory',
  },
  'import.describeLibraryError.RUNTIME_LIMIT_TEXT-3': {
    zh: '数据嵌套过深',
    en: 'the data is nested too deeply',
  },
  'import.describeLibraryError.RUNTIME_LIMIT_TEXT-4': {
    zh: '几何引擎（GEOS）内存不足：其 WebAssembly 内存上限为 2 GB，本次运算未完成，没有生成结果',
    en: 'the geometry engine (GEOS) ran out of memory: its WebAssembly memory is limited to 2 GB; the operation did not finish and nothing was produced',
  },
  'import.prepareImport.land': {
    zh: '国土空间',
    en: 'land',
  },
  'import.prepareImport.ecology': {
    zh: '生态',
    en: 'ecology',
  },
  'import.prepareImport.industry': {
    zh: '产业',
    en: 'industry',
  },
  'import.prepareImport.transport': {
    zh: '交通',
    en: 'transport',
  },
  'import.readGeoPackage.featureNames': {
    zh: '第 {index} 个要素{value}',
    en: 'Feature {index}{value}',
  },
  'import.describeLibraryError.json-truncated': {
    zh: '内容在结尾处意外中断（文件可能被截断）',
    en: 'the content ends unexpectedly (the file may be truncated)',
  },
  'import.describeLibraryError.json-syntax': {
    zh: '第 {line} 行第 {column} 列有语法错误',
    en: 'syntax error at line {line}, column {column}',
  },
  'import.unzipSafely.zip-path-traversal': {
    zh: '{file} 含有不安全的路径“{entry}”（../ 或绝对路径），已拒绝导入。',
    en: '{file} contains the unsafe path “{entry}” (../ or absolute); refused.',
  },
  'import.unzipSafely.zip-corrupt': {
    zh: '{file} 已损坏或不完整，无法解压（{why}）。',
    en: '{file} is damaged or truncated and cannot be unpacked ({why}).',
  },
  'import.checkCoordinateMagnitudes.coordinate-implausible': {
    zh: '{file} {feature}的第 {vertex} 个顶点坐标 [{x}, {y}] 超出任何支持的坐标系的范围（绝对值应小于 10^9）；请检查数据。',
    en: 'Vertex {vertex} of {feature} in {file} is [{x}, {y}], beyond any supported CRS (magnitudes stay under 1e9); check the data.',
  },
  'import.readSource.file-truncated': {
    zh: '{file} 已损坏或不完整，无法读取。',
    en: '{file} is damaged or truncated and cannot be read.',
  },
  'import.resolveSourceCrs.crs-label': {
    zh: 'EPSG:{epsg}{chineseName}',
    en: 'EPSG:{epsg}{chineseName}',
  },
  'import.resolveSourceCrs.supported': {
    zh: '支持 EPSG:4490、4326、4491–4512（6度带）、4513–4554（3度带）',
    en: 'supported: EPSG:4490, 4326, 4491–4512 (6-degree), 4513–4554 (3-degree)',
  },
  'import.resolveSourceCrs.crs-user-unsupported': {
    zh: '指定的坐标系“{userCrs}”不受支持（{supported}）。',
    en: 'The CRS “{userCrs}” given is not supported ({supported}).',
  },
  'import.resolveSourceCrs.crs-unknown': {
    zh: '无法识别 {file} 声明的坐标系（{shown}）；{supported}。请转换为 CGCS2000 后再导入，或{remedy}。',
    en: 'The CRS declared by {file} is not recognised ({shown}); {supported}. Convert to CGCS2000 or {remedy}.',
  },
  'import.resolveSourceCrs.crs-missing-inferred': {
    zh: '{file} 未声明坐标系；根据坐标范围推断为 {crs}。请核对，或{remedy}。',
    en: '{file} declares no CRS; inferred {crs} from the coordinates. Check it or {remedy}.',
  },
  'import.resolveSourceCrs.crs-not-inferred': {
    zh: '{file} 未声明坐标系，且无法从坐标范围（{extent}）推断；请{remedy}。',
    en: '{file} declares no CRS and it cannot be inferred from the extent ({extent}); {remedy}.',
  },
  'import.resolveSourceCrs.crs-axes-swapped': {
    zh: '{file} 的坐标看起来经纬度颠倒（x 为纬度、y 为经度）；已按“经度, 纬度”交换后导入。',
    en: '{file} looks like it has latitude and longitude swapped; the axes were swapped on import.',
  },
  'import.resolveSourceCrs.crs-xy-swapped': {
    zh: '{file} 的坐标看起来 X/Y 颠倒（带号出现在 Y 上）；已交换后导入。',
    en: '{file} looks like it has X and Y swapped (the zone prefix is on Y); the axes were swapped on import.',
  },
  'import.resolveSourceCrs.crs-zone-mislabelled': {
    zh: '{file} 标注为第{zone}带（EPSG:{epsg}），但坐标的带号是{dataZone}；已按第{dataZone}带（EPSG:{actualEpsg}）换算。',
    en: '{file} is labelled zone {zone} (EPSG:{epsg}) but its eastings carry zone {dataZone}; converted as EPSG:{actualEpsg}.',
  },
  'import.resolveSourceCrs.crs-zone-x-mismatch': {
    zh: '{file} 标注为第{zone}带（EPSG:{epsg}），但坐标的 X 值（{xMin}）不属于该带；请核对坐标系。',
    en: '{file} is labelled zone {zone} (EPSG:{epsg}) but its X values ({xMin}) do not belong to it; check the CRS.',
  },
  'import.resolveSourceCrs.crs-zone-neighbour': {
    zh: '{file} 按 {crs}换算后落在{territory}之外，按 {neighbour}则在境内：坐标系可能标错，请{remedy}。',
    en: '{file} falls outside {territory} as {crs} but inside as {neighbour}: the CRS label looks wrong; {remedy}.',
  },
  'import.resolveSourceCrs.crs-outside-territory': {
    zh: '{file} 的数据中心（{lon}°E, {lat}°N）位于{territory}范围之外，请核对坐标系。',
    en: 'The centre of {file} ({lon}°E, {lat}°N) lies outside {territory}; check the CRS.',
  },
  'import.readGeoJson.geometry-invalid': {
    zh: '{file} 第 {feature} 个要素的几何不是 GeoJSON 几何对象。',
    en: 'Feature {feature} of {file} has a geometry that is not a GeoJSON geometry object.',
  },
  'import.readGeoJson.geometry-collection': {
    zh: '{file} 第 {feature} 个要素是 GeometryCollection，规划图层只接受单一类型的点、线或面。',
    en: 'Feature {feature} of {file} is a GeometryCollection; plan layers take points, lines or polygons of one type.',
  },
  'import.readGeoJson.coordinates-invalid': {
    zh: '{file} 第 {feature} 个要素的几何（{type}）坐标格式不正确。',
    en: 'Feature {feature} of {file} has malformed {type} coordinates.',
  },
  'import.readGeoJson.geojson-not-utf8': {
    zh: '{file} 不是 UTF-8 编码；GeoJSON 必须使用 UTF-8（RFC 7946）。',
    en: '{file} is not UTF-8; GeoJSON must be UTF-8 (RFC 7946).',
  },
  'import.readGeoJson.geojson-syntax': {
    zh: '{file} 不是有效的 JSON（{why}）。',
    en: '{file} is not valid JSON ({why}).',
  },
  'import.readGeoJson.geojson-not-geojson': {
    zh: '{file} 不是 GeoJSON（缺少 type 成员）。',
    en: '{file} is not GeoJSON (no type member).',
  },
  'import.readGeoJson.no-features-array': {
    zh: '{file} 的 FeatureCollection 缺少 features 数组。',
    en: 'The FeatureCollection in {file} has no features array.',
  },
  'import.readGeoJson.wrong-root-type': {
    zh: '{file} 的类型“{type}”不是可导入的 GeoJSON 对象。',
    en: '{file} has type “{type}”, not an importable GeoJSON object.',
  },
  'import.readGeoJson.geojson-not-feature': {
    zh: '{file} 第 {item} 个元素不是 Feature。',
    en: 'Item {item} of {file} is not a Feature.',
  },
  'import.readGeoJson.geojson-properties': {
    zh: '{file} 第 {feature} 个要素的 properties 不是对象。',
    en: 'Feature {feature} of {file} has properties that are not an object.',
  },
  'import.readGeoJson.property-not-scalar': {
    zh: '{file} 有 {count} 个属性值是对象或数组，已转为 JSON 文本。',
    en: '{count} attribute values in {file} are objects or arrays; they were kept as JSON text.',
  },
  'import.readGeoPackage.gpkg-too-many-rows': {
    zh: '{file} 的表 {table} 超过 {maxRows} 行（行数上限），可能是无限递归的视图，已停止读取，未导入任何内容。',
    en: 'Table {table} of {file} has more than {maxRows} rows (the row cap), possibly an endlessly recursive view; reading stopped and nothing was imported.',
  },
  'import.readGeoPackage.gpkg-invalid': {
    zh: '{file} 不是 GeoPackage（不是 SQLite 数据库）。',
    en: '{file} is not a GeoPackage (not an SQLite database).',
  },
  'import.readGeoPackage.gpkg-unreadable': {
    zh: '{file} 无法作为 GeoPackage 读取（{why}）。',
    en: '{file} cannot be read as a GeoPackage ({why}).',
  },
  'import.readGeoPackage.gpkg-no-features': {
    zh: '{file} 中没有要素表。',
    en: '{file} holds no feature table.',
  },
  'import.readGeoPackage.gpkg-layer-missing': {
    zh: '{file} 中没有名为“{sourceLayer}”的图层；可选：{layers}。',
    en: '{file} has no layer “{sourceLayer}”; available: {layers}.',
  },
  'import.readGeoPackage.gpkg-layer-ambiguous': {
    zh: '{file} 含有多个图层（{layers}），请选择要导入的一个。',
    en: '{file} holds several layers ({layers}); choose one.',
  },
  'import.readGeoPackage.geometry-invalid': {
    zh: '{file} 图层 {table} {who}的几何数据有误：{detail}。',
    en: '{who} of layer {table} in {file} has malformed geometry: {detail}.',
  },
  'import.readGeoPackage.geometry-damaged': {
    zh: '{file} 图层 {table} {who}的几何数据已损坏。',
    en: '{who} of layer {table} in {file} has damaged geometry data.',
  },
  'import.readGeoPackage.gpkg-z-dropped': {
    zh: '{file} 图层 {table} 含有 Z/M 值，已舍去。',
    en: 'Layer {table} in {file} carries Z/M values; they were dropped.',
  },
  'import.readGeoPackage.gpkg-blob-dropped': {
    zh: '{file} 图层 {table} 有 {blobs} 个二进制属性值，无法导入，已置空。',
    en: '{blobs} binary attribute values in layer {table} of {file} cannot be imported and were left empty.',
  },
  'import.readStoppedIssue.opening': {
    zh: '打开 {file} 时',
    en: 'Opening {file}',
  },
  'import.readStoppedIssue.reading-table': {
    zh: '读取 {file} 的表 {table} 时',
    en: 'Reading table {table} of {file}',
  },
  'import.readStoppedIssue.gpkg-read-deadline': {
    zh: '{where}超过时限 {seconds} 秒仍未完成（可能是无限递归的视图），已停止读取，未导入任何内容。',
    en: '{where} did not finish within the deadline of {seconds} s (possibly an endlessly recursive view); reading stopped and nothing was imported.',
  },
  'import.readStoppedIssue.gpkg-read-memory': {
    zh: '{where}耗尽了读取进程的内存上限 {heapMb} MB（可能是无限递归的视图），已停止读取，未导入任何内容。',
    en: "{where} exhausted the reading worker's memory limit of {heapMb} MB (possibly an endlessly recursive view); reading stopped and nothing was imported.",
  },
  'import.readDbf.dbf-truncated': {
    zh: '{file} 已损坏或不完整（文件头不足）。',
    en: '{file} is damaged or truncated (short header).',
  },
  'import.readDbf.dbf-invalid': {
    zh: '{file} 的字段定义无效或缺失。',
    en: '{file} has missing or invalid field descriptors.',
  },
  'import.readDbf.dbf-too-few-records': {
    zh: '{file} 已损坏或不完整：声明 {recordCount} 条记录，但文件只够 {held} 条。',
    en: '{file} is truncated: it declares {recordCount} records but holds {held}.',
  },
  'import.readDbf.dbf-encoding-mismatch': {
    zh: '{file} 的{where}不是有效的 {encoding} 文本：声明或选择的编码有误，{remedy}。',
    en: '{where} in {file} is not valid {encoding} text: the declared or chosen encoding is wrong; {remedy}.',
  },
  'import.readDbf.field-name': {
    zh: '第 {field} 个字段名',
    en: 'The name of field {field}',
  },
  'import.readDbf.record-field': {
    zh: '第 {record} 条记录的字段“{name}”',
    en: 'Field “{name}” of record {record}',
  },
  'import.readShapefile.shp-missing': {
    zh: '{label} 中没有 .shp 文件。',
    en: '{label} holds no .shp file.',
  },
  'import.readShapefile.shp-layer-missing': {
    zh: '{label} 中没有名为“{sourceLayer}”的图层；可选：{layers}。',
    en: '{label} has no layer “{sourceLayer}”; available: {layers}.',
  },
  'import.readShapefile.shp-layer-ambiguous': {
    zh: '{label} 含有多个图层（{layers}），请选择要导入的一个。',
    en: '{label} holds several layers ({layers}); choose one.',
  },
  'import.readShapefile.companion-missing': {
    zh: '{shp} 缺少配套的 .{ext} 文件（{stem}.{ext}）；Shapefile 必须同时提供 .shp、.shx、.dbf。',
    en: '{shp} lacks its .{ext} file ({stem}.{ext}); a Shapefile needs .shp, .shx and .dbf together.',
  },
  'import.readShapefile.shp-dbf-count-mismatch': {
    zh: '{shp} 有 {shapes} 个几何，但 {dbf} 有 {recordCount} 条属性记录，二者必须一一对应。',
    en: '{shp} has {shapes} shapes but {dbf} has {recordCount} records; they must match one to one.',
  },
  'import.readShapefile.dbf-encoding-suspect': {
    zh: '{dbf} 按{detail}解码为 {encoding}，但文本看起来是 UTF-8；如中文显示为乱码，{remedy}。',
    en: '{dbf} is decoded as {encoding} ({detail}) but its text looks like UTF-8; if Chinese looks garbled, {remedy}.',
  },
  'import.readShapefile.shp-z-dropped': {
    zh: '{shp} 含有 Z/M 值，已舍去（平面规划数据只使用 X/Y）。',
    en: '{shp} carries Z/M values; they were dropped (plans use X/Y only).',
  },
  'import.readShapefile.dbf-deleted-rows': {
    zh: '{dbf} 中有 {deletedCount} 条已标记删除的记录，未导入。',
    en: '{dbf} has {deletedCount|# row|# rows} marked deleted; {deletedCount|it was|they were} skipped.',
  },
  'import.readShpRecords.shp-truncated': {
    zh: '{file} 已损坏或不完整（{what}）。',
    en: '{file} is damaged or truncated ({what}).',
  },
  'import.readShpRecords.short-header': {
    zh: '文件头不足 100 字节',
    en: 'header shorter than 100 bytes',
  },
  'import.readShpRecords.shp-invalid': {
    zh: '{file} 不是有效的 Shapefile（文件代码不是 9994）。',
    en: '{file} is not a valid Shapefile (file code is not 9994).',
  },
  'import.readShpRecords.shp-unsupported-type': {
    zh: '{file} 的几何类型（{shapeType}）不受支持，仅支持点、线、面。',
    en: '{file} has an unsupported shape type ({shapeType}); only points, lines and polygons are supported.',
  },
  'import.readShpRecords.record-past-end': {
    zh: '第 {record} 条记录超出文件末尾',
    en: 'record {record} runs past the end of the file',
  },
  'import.readShpRecords.shx-inconsistent': {
    zh: '{file} 的索引文件（.shx）与 .shp 不一致：第 {record} 条记录指向第 {offset} 字节，与前面的记录重叠；请重新导出该 Shapefile。',
    en: 'The index (.shx) of {file} does not match the .shp: record {record} points at byte {offset}, overlapping an earlier record. Export the Shapefile again.',
  },
  'import.readShpRecords.record-too-short': {
    zh: '第 {record} 条记录长度不足',
    en: 'record {record} is too short',
  },
  'import.readShpRecords.bad-part-count': {
    zh: '第 {record} 条记录的部件数无效',
    en: 'record {record} has an invalid part count',
  },
  'import.readShpRecords.bad-part-index': {
    zh: '第 {record} 条记录的部件索引无效',
    en: 'record {record} has an invalid part index',
  },
  'import.readShpRecords.shp-ring-too-few-points': {
    zh: '{file} 第 {record} 条记录的第 {ring} 个环只有 {points} 个点，至少需要 4 个（闭合的三角形）；请检查数据。',
    en: 'Ring {ring} of record {record} in {file} has {points} point(s); a ring needs at least 4 (a closed triangle). Check the data.',
  },
  'import.readShpRecords.shp-mixed-types': {
    zh: '{file} 第 {record} 条记录的几何类型（{type}）与文件声明的类型（{declared}）不一致。',
    en: "Record {record} of {file} has shape type {type}, unlike the file's type {declared}.",
  },
  'import.readShpRecords.shp-mixed-types-named': {
    zh: '{file} 第 {record} 条记录的几何类型（{type}）与文件声明的类型（{declared}）不一致。',
    en: "Record {record} of {file} has shape type {type}, unlike the file's {declared}.",
  },
  'import.readDxfGroups.dxf-encoding': {
    zh: '{file} 的文本既不是有效的 UTF-8 也不是 GBK/GB18030，无法读取；请在 CAD 中另存为 DXF 2007 或更高版本（UTF-8）。',
    en: '{file} is neither valid UTF-8 nor GBK/GB18030 text; save it from CAD as DXF 2007 or later (UTF-8).',
  },
  'import.readDxfGroups.dxf-empty': {
    zh: '{file} 是空文件，没有可读取的内容。',
    en: '{file} is empty: there is nothing to read.',
  },
  'import.readDxfGroups.dxf-dwg': {
    zh: '{file} 是 DWG 文件（{head}），不能直接读取；请在 CAD 中“另存为” DXF（ASCII）后再导入。',
    en: '{file} is a DWG file ({head}), which cannot be read; save it from CAD as an ASCII DXF and import that.',
  },
  'import.readDxfGroups.dxf-binary': {
    zh: '{file} 是二进制 DXF，仅支持 ASCII DXF；请在 CAD 中另存为 ASCII 格式的 DXF。',
    en: '{file} is a binary DXF; only ASCII DXF is read. Save it from CAD as an ASCII DXF.',
  },
  'import.readDxfGroups.dxf-group-code': {
    zh: '{file} 第 {line} 行应为组码（整数），实为“{shown}”：文件不是 ASCII DXF 或已损坏。',
    en: '{file} line {line} should hold a group code (an integer) but holds “{shown}”: not an ASCII DXF, or damaged.',
  },
  'import.readDxfGroups.dxf-truncated': {
    zh: '{file} 不完整：缺少结尾的 EOF 标记（共 {lineCount} 行），文件可能被截断；请重新导出 DXF。',
    en: '{file} is incomplete: the closing EOF marker is missing ({lineCount} lines); the file looks truncated. Export the DXF again.',
  },
  'import.prepareImport.feature': {
    zh: '第 {feature} 个要素',
    en: 'feature {feature}',
  },
  'import.prepareImport.feature-bsm': {
    zh: '第 {feature} 个要素（BSM={bsm}）',
    en: 'feature {feature} (BSM={bsm})',
  },
  'import.prepareImport.layer-not-in-kind': {
    zh: '图层 {layer} 不属于{kind}类规划（可选：{layers}）。',
    en: 'Layer {layer} does not belong to a {kind} plan (choose: {layers}).',
  },
  'import.prepareImport.layer-unknown': {
    zh: '{file} 第 {feature} 个要素的图层“{layer}”不属于{kind}类规划（可选：{layers}）。',
    en: "Feature {feature} of {file} names layer “{layer}”, not one of the {kind} plan's ({layers}).",
  },
  'import.prepareImport.layer-required': {
    zh: '无法判断 {file} 属于{kind}类规划的哪个图层：请指定图层（可选：{layers}）。',
    en: 'Cannot tell which layer of a {kind} plan {file} belongs to: name the layer (one of {layers}).',
  },
  'import.prepareImport.layer-required-elsewhere': {
    zh: '无法判断 {file} 属于{kind}类规划的哪个图层：图层 {layer} 属于{otherKind}类规划，请改选该规划类型，或指定图层（可选：{layers}）。',
    en: 'Cannot tell which layer of a {kind} plan {file} belongs to: layer {layer} belongs to a {otherKind} plan: choose that plan kind, or name the layer (one of {layers}).',
  },
  'import.prepareImport.attribute-too-large': {
    zh: '{file} {feature}的字段“{field}”长 {length} 个字符，超过上限 {maxChars}；请检查导出的数据。',
    en: 'Field “{field}” of {feature} in {file} is {length} characters long, over the limit of {maxChars}; check the export.',
  },
  'import.prepareImport.null-geometry': {
    zh: '{file} {feature}没有几何（空几何）。',
    en: '{feature} of {file} has no geometry (null).',
  },
  'import.prepareImport.empty-geometry': {
    zh: '{file} {feature}的几何为空（没有坐标）。',
    en: '{feature} of {file} has an empty geometry (no coordinates).',
  },
  'import.prepareImport.geometry-type-mismatch': {
    zh: '{file} {feature}的几何类型为 {type}，图层 {layer}只接受 {allowed}。',
    en: '{feature} of {file} is a {type}; layer {layer} takes {allowed}.',
  },
  'import.prepareImport.points': {
    zh: '点 {count} 个',
    en: '{count} point',
  },
  'import.prepareImport.lines': {
    zh: '线 {count} 个',
    en: '{count} line',
  },
  'import.prepareImport.polygons': {
    zh: '面 {count} 个',
    en: '{count} polygon',
  },
  'import.prepareImport.mixed-geometry-types': {
    zh: '{file} 混合了多种几何类型（{parts}），一个图层只能是一种类型；请按类型拆分后分别导入。',
    en: '{file} mixes geometry types ({parts}); a layer holds one type: split the file and import each part.',
  },
  'import.prepareImport.more-errors': {
    zh: '另有 {count} 个同类错误未列出。',
    en: '{count} more errors of this kind are not listed.',
  },
  'import.prepareImport.mapping-unknown-field': {
    zh: '字段映射指向了图层 {layer} 中不存在的字段“{target}”。',
    en: 'The field mapping names “{target}”, which layer {layer} does not have.',
  },
  'import.prepareImport.mapping-missing-required': {
    zh: '{file} 中没有对应图层 {layer} 必填字段 {key}（{title}）的列；{remedy}。',
    en: 'No column of {file} maps to the required field {key} ({title}) of layer {layer}; {remedy}.',
  },
  'import.prepareImport.mapping-unmapped-columns': {
    zh: '{file} 中以下列没有对应的标准字段，未导入：{columns}。',
    en: 'These columns of {file} match no standard field and were not imported: {columns}.',
  },
  'import.prepareImport.code-from-name': {
    zh: '{file} 的列“{column}”中有 {count} 个要素填的是类别名称，已按代码表换成代码：{pairs}{more}。',
    en: 'Column “{column}” of {file} holds class names for {count|# feature|# features}; they were replaced by their codes from the code table: {pairs}{more}.',
  },
  'import.prepareImport.invalid-value': {
    zh: '{file} {feature}的列“{column}”的值 {found} 不能作为字段 {key}（{title}，{type}）。',
    en: 'Column “{column}” of {feature} in {file} holds {found}, which is not a valid {type} for {key} ({title}).',
  },
  'import.prepareImport.duplicate-id': {
    zh: '{file} 第 {feature} 个要素与第 {first} 个要素的标识码（BSM={bsm}）重复；标识码必须唯一，它决定要素 id。',
    en: 'Feature {feature} of {file} repeats the BSM {bsm} of feature {first}; BSM must be unique (it determines the feature id).',
  },
  'import.prepareImport.sandiao-code-manual': {
    zh: '三调代码 {code}{named}没有一对一的用地用海代码（需要结合属性或人工判断），涉及 {count} 个要素（第 {features}{more} 个），请人工确定。',
    en: 'Third land survey code {code}{named} has no one-to-one land and sea use code; {count|# feature|# features} ({features}{more}) {count|needs|need} a person to decide.',
  },
  'import.prepareImport.sandiao-code-unknown': {
    zh: '三调代码 {code}{named}没有一对一的用地用海代码（不在三调分类表或对照表中），涉及 {count} 个要素（第 {features}{more} 个），请人工确定。',
    en: 'Third land survey code {code}{named} has no one-to-one land and sea use code; {count|# feature|# features} ({features}{more}) {count|needs|need} a person to decide.',
  },
  'import.prepareImport.crs-gcj02-suspected': {
    zh: '{file} 与参考数据整体偏移约 {meanOffsetM} 米，方向和大小与 GCJ-02（高德等网络地图坐标）一致：疑似火星坐标，不能与规划数据混用。',
    en: '{file} is offset from the reference by about {meanOffsetM} m, in the direction and size GCJ-02 (web-map coordinates) predicts: GCJ-02 suspected; it must not be mixed with planning data.',
  },
  'import.prepareImport.no-features': {
    zh: '{file} 中没有要素，未导入任何内容。',
    en: '{file} holds no features; nothing was imported.',
  },
  'import.boundaryMessages.TXT_EMPTY': {
    zh: '文件为空',
    en: 'the file is empty',
  },
  'import.boundaryMessages.TXT_SECTION_MISSING': {
    zh: '缺少 [{section}] 节',
    en: 'the [{section}] section is missing',
  },
  'import.boundaryMessages.TXT_FIELD_TOO_LONG': {
    zh: '{field}“{value}”有 {length} 个字符，最多 {max} 个',
    en: '{field} "{value}" has {length} characters; at most {max} are allowed',
  },
  'import.boundaryMessages.TXT_ZONE_INVALID': {
    zh: '带号 {zone} 不是 {width} 度带的有效带号',
    en: 'zone {zone} is not a valid {width}-degree zone',
  },
  'import.boundaryMessages.TXT_ZONE_MIXED': {
    zh: 'Y 坐标的带号 {zone} 与前面的点（{first}）不同',
    en: "the Y coordinate's zone prefix {zone} differs from the earlier points' ({first})",
  },
  'import.boundaryMessages.TXT_OUTSIDE_TERRITORY': {
    zh: '按第 {zone} 带（{width} 度带）换算后点位于 {lon}°E, {lat}°N，不在{territory}范围内：请检查带号和坐标',
    en: 'read in zone {zone} ({width}-degree) the point lies at {lon}°E, {lat}°N, outside {territory}: check the zone and the coordinates',
  },
  'import.boundaryMessages.TXT_XY_SWAPPED': {
    zh: 'X 与 Y 坐标互换了（X 应为北坐标，Y 为带带号的东坐标），已按互换读取',
    en: 'X and Y are swapped (X must be the northing, Y the easting with the zone prefix); read them swapped back',
  },
  'import.boundaryMessages.TXT_COORDINATE_RANGE': {
    zh: '坐标 X={x}, Y={y} 不是高斯克吕格坐标（X 为 7 位北坐标，Y 为东坐标）',
    en: 'X={x}, Y={y} are not Gauss-Krüger coordinates (X a 7-digit northing, Y the easting)',
  },
  'import.boundaryMessages.TXT_NUMBER_WHOLE': {
    zh: '{field}“{value}”不是正整数',
    en: '{field} "{value}" is not a positive whole number',
  },
  'import.boundaryMessages.TXT_NUMBER': {
    zh: '{field}“{value}”不是数字',
    en: '{field} "{value}" is not a number',
  },
  'import.boundaryMessages.TXT_RING_TOO_SHORT': {
    zh: '圈号 {ring} 只有 {count} 个不同的点，至少需要 3 个',
    en: 'ring {ring} has only {count|# distinct point|# distinct points}; at least 3 are needed',
  },
  'import.boundaryMessages.TXT_RING_UNCLOSED': {
    zh: '圈号 {ring} 未闭合（末点不等于首点 {first}），已自动闭合',
    en: 'ring {ring} is not closed (its last point is not its first, {first}); closed it',
  },
  'import.boundaryMessages.TXT_WRITE_GBK': {
    zh: '字符“{char}”无法用 GBK 编码：请改用 UTF-8 输出',
    en: 'the character "{char}" cannot be written in GBK: write UTF-8 instead',
  },
  'import.boundaryMessages.BOUNDARY_NO_POLYGONS': {
    zh: '没有可作为边界的面要素（{detail}）',
    en: 'no polygon feature to take as the boundary ({detail})',
  },
  'import.boundaryMessages.BOUNDARY_NOT_POLYGON': {
    zh: '要素 {feature} 是 {type}，边界只能是面（Polygon/MultiPolygon）',
    en: 'feature {feature} is a {type}; a boundary must be a Polygon or MultiPolygon',
  },
  'import.boundaryMessages.BOUNDARY_CRS_UNSUPPORTED': {
    zh: '坐标系 {crs} 不受支持：边界须为 CGCS2000 经纬度（EPSG:4490）或 CGCS2000 高斯-克吕格投影（EPSG:4491–4554）',
    en: 'the CRS {crs} is not supported: a boundary must be CGCS2000 longitude/latitude (EPSG:4490) or a CGCS2000 Gauss-Krüger zone (EPSG:4491–4554)',
  },
  'import.boundaryMessages.BOUNDARY_COORDINATE': {
    zh: '要素 {feature} 的坐标 {x}, {y} 不是有限数值或不在 {crs} 的范围内',
    en: 'feature {feature} has the coordinate {x}, {y}, which is not finite or not within {crs}',
  },
  'import.boundaryMessages.TXT_UTF16': {
    zh: '文件是 UTF-16 编码，请另存为 GBK 或 UTF-8',
    en: 'the file is UTF-16; save it as GBK or UTF-8',
  },
  // The 部标 TXT format's keywords ([属性描述], 圈号, …) are parameters filled from BOUNDARY_TXT_TERMS
  // (import/boundary/boundaryTxtTerms.ts), so English quotes them as they stand in the file without holding Chinese.
  'import.boundaryMessages.finding': {
    zh: '{file}{parcel}{point}{line}：{message}',
    en: '{file}{parcel}{point}{line}: {message}',
  },
  'import.boundaryMessages.where-parcel': {
    zh: '：{parcelWord} {index}{id}',
    en: ': {parcelWord} {index}{id}',
  },
  'import.boundaryMessages.where-parcel-id': {
    zh: '（{parcelNoWord} {id}）',
    en: ' ({parcelNoWord} {id})',
  },
  'import.boundaryMessages.where-point': {
    zh: ' 点 {point}',
    en: ', point {point}',
  },
  'import.boundaryMessages.where-line': {
    zh: '（第 {line} 行）',
    en: ' (line {line})',
  },
  'import.boundaryMessages.TXT_ENCODING': {
    zh: '无法按 UTF-8 或 GBK 读取（{detail}），请另存为 GBK 或 UTF-8 的{standardWord}{boundaryPointWord}坐标 TXT',
    en: 'cannot be read as UTF-8 or GBK ({detail}); save it as a GBK or UTF-8 {standardWord} {boundaryPointWord} TXT',
  },
  'import.boundaryMessages.TXT_ATTRIBUTE_CONFLICT': {
    zh: '[{attributesSection}] 中“{key}”出现两次且取值不同（第 {first} 行为“{firstValue}”，此行为“{value}”）：无法确定以哪个为准',
    en: '"{key}" appears twice in [{attributesSection}] with different values (line {first} says "{firstValue}", this line "{value}"): which one applies is unclear',
  },
  'import.boundaryMessages.TXT_OTHER_FORMAT': {
    zh: '内容是 {format}，不是{standardWord}{boundaryPointWord}坐标 TXT：{advice}',
    en: 'the content is {format}, not a {standardWord} {boundaryPointWord} TXT: {advice}',
  },
  'import.boundaryMessages.TXT_ATTRIBUTE_LINE': {
    zh: '[{attributesSection}] 中的行不是“键=值”：{text}',
    en: 'a line in [{attributesSection}] is not key=value: {text}',
  },
  'import.boundaryMessages.TXT_DATUM_UNSUPPORTED': {
    zh: '坐标系“{datum}”不受支持：请先转换到 {cgcs2000Value}（CGCS2000）',
    en: 'the coordinate system "{datum}" is not supported: convert it to CGCS2000 ({cgcs2000Value}) first',
  },
  'import.boundaryMessages.TXT_DATUM_MISSING': {
    zh: '[{attributesSection}] 未写{datumKey}，按 2000国家大地坐标系 读取',
    en: '[{attributesSection}] names no {datumKey}; read as CGCS2000',
  },
  'import.boundaryMessages.TXT_ZONE_WIDTH': {
    zh: '{zoneWidthKey}“{value}”无效：应为 3 或 6',
    en: '{zoneWidthKey} "{value}" is invalid: it must be 3 or 6',
  },
  'import.boundaryMessages.TXT_ZONE_WIDTH_MISSING': {
    zh: '[{attributesSection}] 未写{zoneWidthKey}，按 3 度带读取',
    en: '[{attributesSection}] has no {zoneWidthKey}; read as 3-degree zones',
  },
  'import.boundaryMessages.TXT_UNIT': {
    zh: '{unitKey}“{value}”不受支持：应为 {metreValue}',
    en: '{unitKey} "{value}" is not supported: it must be {metreValue} (metres)',
  },
  'import.boundaryMessages.TXT_PROJECTION': {
    zh: '{projectionKey}“{value}”不受支持：应为 {gaussKrugerValue}',
    en: '{projectionKey} "{value}" is not supported: it must be {gaussKrugerValue} (Gauss-Krüger)',
  },
  'import.boundaryMessages.TXT_ZONE_MISSING': {
    zh: 'Y 坐标不带带号，且 [{attributesSection}] 未写{zoneKey}，无法确定投影带',
    en: 'the Y coordinates carry no zone prefix and [{attributesSection}] has no {zoneKey}: the zone cannot be determined',
  },
  'import.boundaryMessages.TXT_ZONE_HEADER_MISMATCH': {
    zh: '[{attributesSection}] {zoneKey}={header}，但 Y 坐标带号为 {prefix}；按第 {used} 带读取（坐标落在{territory}内）',
    en: '[{attributesSection}] says {zoneKey}={header} but the Y coordinates carry zone {prefix}; read in zone {used} (the points then lie in {territory})',
  },
  'import.boundaryMessages.TXT_PARCEL_HEADER': {
    zh: '{parcelWord}头行应为“{parcelHeaderPattern}”：{text}',
    en: 'a {parcelWord} header must read "{parcelHeaderPattern}": {text}',
  },
  'import.boundaryMessages.TXT_POINT_LINE': {
    zh: '界址点行应为“{pointLinePattern}”：{text}',
    en: 'a point line must read "{pointLinePattern}": {text}',
  },
  'import.boundaryMessages.TXT_POINT_BEFORE_HEADER': {
    zh: '界址点行前没有{parcelWord}头行：{text}',
    en: 'a point line comes before any {parcelWord} header: {text}',
  },
  'import.boundaryMessages.TXT_NO_PARCELS': {
    zh: '[{parcelsSection}] 中没有{parcelWord}',
    en: '[{parcelsSection}] holds no {parcelWord}',
  },
  'import.boundaryMessages.TXT_POINT_COUNT': {
    zh: '{pointCountField}写为 {stated}，实有 {actual} 个点',
    en: '{pointCountField} states {stated|# point|# points} but {actual|# follows|# follow}',
  },
  'import.boundaryMessages.TXT_DUPLICATE_PARCEL': {
    zh: '{parcelIdField}“{id}”重复（第 {first} 个{parcelWord}已用）',
    en: '{parcelIdField} "{id}" is repeated (already used by {parcelWord} {first})',
  },
  'import.boundaryMessages.TXT_RING_ORDER': {
    zh: '{ringNoField} {ring} 出现在{ringNoField} {previous} 之后或重复出现：每圈的点须连续，外圈为 1',
    en: "{ringNoField} {ring} comes after {ringNoField} {previous} or again: each ring's points must be together, the outer ring is 1",
  },
  'import.boundaryMessages.TXT_RING_MISSING_OUTER': {
    zh: '缺少{ringNoField}为 1 的外圈',
    en: 'the outer ring ({ringNoField} 1) is missing',
  },
  'import.boundaryMessages.TXT_SELF_INTERSECTION': {
    zh: '边界自相交（{ringNoField} {ring} 与{ringNoField} {other}），位于 X={x}, Y={y} 附近',
    en: 'the boundary crosses itself ({ringNoField} {ring} and {ringNoField} {other}) near X={x}, Y={y}',
  },
  'import.boundaryMessages.TXT_HOLE_OUTSIDE': {
    zh: '内圈（{ringNoField} {ring}）不在外圈之内',
    en: 'the hole ({ringNoField} {ring}) is not inside the outer ring',
  },
  'import.boundaryMessages.TXT_AREA_MISMATCH': {
    zh: '{parcelAreaField}写为 {stated} 公顷，按坐标在第 {zone} 带平面上计算为 {plane} 公顷（椭球面积 {grs80} 公顷）',
    en: '{parcelAreaField} states {stated} ha; the coordinates give {plane} ha on the plane of zone {zone} ({grs80} ha on the GRS80 ellipsoid)',
  },
  'import.boundaryMessages.TXT_SHAPE_KIND': {
    zh: '{shapeKindField}为“{value}”：只能读取“{polygonValue}”',
    en: '{shapeKindField} is "{value}": only {polygonValue} (polygons) can be read',
  },
  'import.boundaryMessages.TXT_DWG': {
    zh: '是 DWG 文件（{version}），不是{boundaryPointWord}坐标 TXT：请在 CAD 中“另存为” DXF（ASCII）后按 DXF 导入',
    en: 'is a DWG file ({version}), not a {boundaryPointWord} TXT: save it from CAD as an ASCII DXF and import that',
  },
  'import.boundaryMessages.TABLE_EMPTY': {
    zh: '表格中没有{boundaryPointWord}',
    en: 'the table holds no {boundaryPointWord}',
  },
  'import.boundaryMessages.TABLE_ROW': {
    zh: '每行应为“{pointIdField} {ringNoField} X Y”（最前可加一列{parcelIdField}；以制表符或逗号分隔），此行有 {count} 列：{text}',
    en: 'each row must read "{pointIdField} {ringNoField} X Y" (optionally {parcelIdField} first; tab- or comma-separated); this row has {count|# column|# columns}: {text}',
  },
  'import.boundaryMessages.TABLE_HEADER': {
    zh: '表头缺少“{column}”列（可识别的列：{parcelIdField}、{pointIdField}、{ringNoField}、X、Y）',
    en: 'the header has no "{column}" column (known columns: {parcelIdField}, {pointIdField}, {ringNoField}, X, Y)',
  },
  'import.boundaryMessages.TABLE_ZONE_MISSING': {
    zh: 'Y 坐标不带带号，请选择投影带（{zoneKey}）',
    en: 'the Y coordinates carry no zone prefix: choose the zone ({zoneKey})',
  },
  'import.readBoundaryTxt.no-sections': {
    zh: '按 {encoding} 解码后找不到 [{attributesSection}] 和 [{parcelsSection}]',
    en: 'decoded as {encoding} it has no [{attributesSection}] or [{parcelsSection}]',
  },
  'import.readBoundaryTxt.advice-geojson': {
    zh: '请将扩展名改为 .geojson 后按 GeoJSON 导入',
    en: 'rename it to .geojson and import it as GeoJSON',
  },
  'import.readBoundaryTxt.advice-json': {
    zh: '项目文档或规划文件请用 .json 扩展名',
    en: 'give project documents and plans a .json name',
  },
  'import.readBoundaryTxt.advice-dxf': {
    zh: '请将扩展名改为 .dxf 后按 DXF 导入',
    en: 'rename it to .dxf and import it as DXF',
  },
  'import.boundaryFromFeatures.no-feature': {
    zh: '文件中没有要素',
    en: 'the file holds no feature',
  },
  'import.chooseDbfEncoding.user': {
    zh: '用户指定 {encoding}',
    en: 'chosen by the user: {encoding}',
  },
  'import.chooseDbfEncoding.cpg': {
    zh: '.cpg 声明 {label}',
    en: 'declared by the .cpg: {label}',
  },
  'import.chooseDbfEncoding.language-byte': {
    zh: 'DBF 语言驱动字节 0x{byte}（代码页 936）',
    en: 'the DBF language-driver byte 0x{byte} (code page 936)',
  },
  'import.chooseDbfEncoding.not-utf8': {
    zh: '文本不是有效的 UTF-8，按 GB18030（兼容 GBK）解码',
    en: 'the text is not valid UTF-8, so it is decoded as GB18030 (a superset of GBK)',
  },
  'import.chooseDbfEncoding.utf8': {
    zh: '文本均为有效的 UTF-8',
    en: 'all text is valid UTF-8',
  },
  'import.readBoundaryDxf.entity': {
    zh: '{file} 图层“{layer}”第 {entity} 个实体（句柄 {handle}）',
    en: '{file}, layer “{layer}”, entity {entity} (handle {handle})',
  },
  'import.readBoundaryDxf.entity-without-handle': {
    zh: '{file} 图层“{layer}”第 {entity} 个实体（句柄 无）',
    en: '{file}, layer “{layer}”, entity {entity} (handle none)',
  },
  'import.readBoundaryDxf.dxf-structure': {
    zh: '{where}：{problem}',
    en: '{where}: {problem}',
  },
  'import.readBoundaryDxf.dxf-number': {
    zh: '{where}：组码 {code}（第 {line} 行）应为数值，实为“{value}”。',
    en: '{where}: group {code} (line {line}) should be a number but is “{value}”.',
  },
  'import.readBoundaryDxf.vertex-count': {
    zh: '声明 {declared} 个顶点（组码 90），实际有 {found} 个。',
    en: 'declares {declared|# vertex|# vertices} (group 90) but has {found}.',
  },
  'import.readBoundaryDxf.vertex-without-y': {
    zh: '第 {vertex} 个顶点缺少 Y 坐标（组码 20）。',
    en: 'vertex {vertex} has no Y coordinate (group 20).',
  },
  'import.readBoundaryDxf.vertex-without-xy': {
    zh: 'POLYLINE（句柄 {handle}）的顶点缺少坐标（组码 10/20）。',
    en: 'a vertex of POLYLINE {handle} lacks coordinates (group 10/20).',
  },
  'import.readBoundaryDxf.no-seqend': {
    zh: 'POLYLINE 的顶点之后缺少 SEQEND，文件不完整。',
    en: 'the POLYLINE’s vertices are not followed by SEQEND; the file is incomplete.',
  },
  'import.readBoundaryDxf.orphan-entity': {
    zh: '{type} 不在 POLYLINE 之后。',
    en: '{type} does not follow a POLYLINE.',
  },
  'import.readBoundaryDxf.dxf-bulge-invalid': {
    zh: '{where}：第 {vertex} 个顶点的凸度 {bulge}（组码 42）不合理，圆弧需要超过 {maxPoints} 个点。',
    en: '{where}: the bulge {bulge} (group 42) of vertex {vertex} is implausible; the arc would need more than {maxPoints} points.',
  },
  'import.readBoundaryDxf.dxf-ring-degenerate': {
    zh: '{where}：闭合多段线只有 {vertices} 个不同的顶点，构不成地块边界（至少 3 个）。',
    en: '{where}: the closed polyline has only {vertices} distinct vertices, too few for a boundary (at least 3).',
  },
  'import.readBoundaryDxf.dxf-units-missing': {
    zh: '{file} 未声明图形单位（$INSUNITS 缺失），按米读取；请核对面积。',
    en: '{file} declares no drawing units ($INSUNITS missing); read as metres. Check the areas.',
  },
  'import.readBoundaryDxf.dxf-units-zero': {
    zh: '{file} 未声明图形单位（$INSUNITS 为 0），按米读取；请核对面积。',
    en: '{file} declares no drawing units ($INSUNITS is 0); read as metres. Check the areas.',
  },
  'import.readBoundaryDxf.dxf-units-contradicted': {
    zh: '{file} 声明图形单位为 $INSUNITS={unitsRaw}（{name}），但坐标按米才落在高斯-克吕格分带内；已按米读取，请核对面积。',
    en: '{file} declares drawing units $INSUNITS={unitsRaw} ({name}), but its coordinates only make sense as metres in a Gauss-Krüger zone; read as metres. Check the areas.',
  },
  'import.readBoundaryDxf.dxf-units-unsupported': {
    zh: '{file} 的图形单位 $INSUNITS={unitsRaw}（{name}）不是米、毫米、厘米或千米，坐标按米也无法定位；请在 CAD 中改为米后重新导出。',
    en: '{file} has drawing units $INSUNITS={unitsRaw} ({name}), not metres, millimetres, centimetres or kilometres, and its coordinates cannot be placed as metres either; set the units to metres in CAD and export again.',
  },
  'import.readBoundaryDxf.dxf-no-entities': {
    zh: '{file} 没有 ENTITIES 段，不含任何图形。',
    en: '{file} has no ENTITIES section: it holds no drawing.',
  },
  'import.readBoundaryDxf.layer-closed': {
    zh: '{layer}（闭合多段线 {count}）',
    en: '{layer} (closed polylines {count})',
  },
  'import.readBoundaryDxf.layer-candidate': {
    zh: '{layer}（{count}）',
    en: '{layer} ({count})',
  },
  'import.readBoundaryDxf.dxf-no-closed-polyline': {
    zh: '{file} 的任何图层上都没有闭合多段线，无法取得边界（图层：{layers}）。LINE 和未闭合的多段线不作为边界。',
    en: '{file} has no closed polyline on any layer, so there is no boundary (layers: {layers}). LINEs and open polylines are not boundaries.',
  },
  'import.readBoundaryDxf.dxf-layer-ambiguous': {
    zh: '{file} 有多个图层含闭合多段线，请选择边界所在的图层：{layers}。',
    en: '{file} has closed polylines on several layers; choose the boundary layer: {layers}.',
  },
  'import.readBoundaryDxf.dxf-layer-missing': {
    zh: '{file} 没有图层“{layer}”；现有图层：{layers}。',
    en: '{file} has no layer “{layer}”; its layers are: {layers}.',
  },
  'import.readBoundaryDxf.dxf-no-closed-polyline-on-layer': {
    zh: '{file} 图层“{layer}”上没有闭合的 LWPOLYLINE/POLYLINE，无法取得边界；LINE 和未闭合的多段线不作为边界（各图层：{layers}）。',
    en: '{file} has no closed LWPOLYLINE/POLYLINE on layer “{layer}”, so there is no boundary; LINEs and open polylines are not boundaries (layers: {layers}).',
  },
  'import.readBoundaryDxf.dxf-no-closed-polyline-hatches': {
    zh: '{file} 图层“{layer}”上没有闭合的 LWPOLYLINE/POLYLINE，无法取得边界；LINE 和未闭合的多段线不作为边界（各图层：{layers}）。该图层有 {hatches} 个 HATCH 填充，填充不作为边界：请在 CAD 中用 BOUNDARY 生成闭合多段线，或用 ogr2ogr -nlt MULTILINESTRING 导出。',
    en: '{file} has no closed LWPOLYLINE/POLYLINE on layer “{layer}”, so there is no boundary; LINEs and open polylines are not boundaries (layers: {layers}). The layer has {hatches} HATCH entities, which are not read: make closed polylines from them in CAD (BOUNDARY), or export with ogr2ogr -nlt MULTILINESTRING.',
  },
  'import.readBoundaryDxf.dxf-units-lonlat': {
    zh: '{file} 的坐标按经纬度解释，但图形单位不是米（$INSUNITS={unitsRaw}）；请核对坐标系。',
    en: '{file} reads as longitude/latitude but its drawing units are not metres ($INSUNITS={unitsRaw}); check the CRS.',
  },
  'import.readBoundaryDxf.dxf-self-intersection': {
    zh: '{file} 图层“{layer}”上句柄 {handles} 的边界自相交，位于 X={x}, Y={y} 附近；请在 CAD 中修正后再导入。',
    en: '{file}, layer “{layer}”: the boundary of handle {handles} crosses itself near X={x}, Y={y}; fix it in CAD and import again.',
  },
  'import.readBoundaryDxf.dxf-lines-ignored': {
    zh: '{file} 图层“{layer}”上有 {count} 个 LINE 直线（句柄 {handles}）：LINE 直线不作为边界，已忽略。',
    en: '{file}, layer “{layer}”: {count} LINE entities (handles {handles}); LINE entities are not boundaries and were ignored.',
  },
  'import.readBoundaryDxf.dxf-open-polylines-ignored': {
    zh: '{file} 图层“{layer}”上有 {count} 个未闭合的多段线（句柄 {handles}）：未闭合的多段线不作为边界，已忽略。',
    en: '{file}, layer “{layer}”: {count} open polylines (handles {handles}); open polylines are not boundaries and were ignored.',
  },
} as const satisfies Section;
