import { describe, expect, it } from 'vitest';
import { parsePrjWkt } from '../../../../engine/import/crs/parsePrjWkt.ts';

const ESRI_GK38 =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_38",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",38500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_CM114 = ESRI_GK38.replace('Zone_38', 'CM_114E').replace('38500000.0', '500000.0');
const XIAN80 =
  'PROJCS["Xian_1980_3_Degree_GK_CM_114E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe('parsePrjWkt', () => {
  it('reads an ESRI .prj with a zone prefix in the false easting as EPSG:4526', () => {
    expect(parsePrjWkt(ESRI_GK38)).toEqual({ ok: true, epsg: 4526, how: 'parameters' });
  });
  it('reads an ESRI .prj without zone prefix as EPSG:4547', () => {
    expect(parsePrjWkt(ESRI_CM114)).toEqual({ ok: true, epsg: 4547, how: 'parameters' });
  });
  it('takes the outermost EPSG authority of an OGC WKT', () => {
    const wkt =
      'PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 37",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",111],PARAMETER["false_easting",37500000],UNIT["metre",1],AUTHORITY["EPSG","4525"]]';
    expect(parsePrjWkt(wkt)).toEqual({ ok: true, epsg: 4525, how: 'authority' });
  });
  it('reads geographic CGCS2000 and WGS 84', () => {
    expect(
      parsePrjWkt('GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]]'),
    ).toMatchObject({ ok: true, epsg: 4490 });
    expect(parsePrjWkt('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]')).toMatchObject({
      ok: true,
      epsg: 4326,
    });
  });
  it('refuses Xian 1980 with the datum named', () => {
    expect(parsePrjWkt(XIAN80)).toMatchObject({ ok: false, reason: 'unsupported-datum' });
  });
  it('refuses text that is not WKT', () => {
    expect(parsePrjWkt('hello')).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
