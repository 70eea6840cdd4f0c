// Pure. propertiesJsonWriter(write) → a function that writes a package feature's attributes as
// JSON.stringify(feature.properties) writes them, from the pairs visitProperties gives in that key order, so a
// packaged feature builds neither its attribute object nor the object's JSON text (at 300k parcels about 300 MB of
// garbage V8 had put in the old generation while the parcels' GeoJSON was written).
import { visitProperties, type PropertyVisitor, type Visitable } from './visitProperties.ts';

export function propertiesJsonWriter(write: (text: string) => void): (feature: Visitable) => void {
  // `"key":` once per attribute name, not once per feature.
  const keyPrefixes = new Map<string, string>();
  let first = true;
  const visit: PropertyVisitor = (key, value) => {
    const json = JSON.stringify(value);
    if (json === undefined) return; // left out, as JSON.stringify leaves out a member it cannot write
    let prefix = keyPrefixes.get(key);
    if (prefix === undefined) {
      prefix = `${JSON.stringify(key)}:`;
      keyPrefixes.set(key, prefix);
    }
    if (!first) write(',');
    write(prefix);
    write(json);
    first = false;
  };
  return (feature) => {
    write('{');
    first = true;
    visitProperties(feature, visit);
    write('}');
  };
}
