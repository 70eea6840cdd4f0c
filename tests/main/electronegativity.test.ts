// Runs @doyensec/electronegativity (the Electron security audit) over main/ and fails on any HIGH
// finding. The tool exits 0 whatever it finds, so its CSV report is read; a deliberately insecure sample
// proves the report is read correctly (an audit that silently finds nothing would pass otherwise).
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = join(process.cwd(), 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

/** Parses the tool's CSV (quoted fields may hold commas). */
export function parseFindings(csv: string): Finding[] {
  const rows = csv.trim().split(/\r?\n/).slice(1);
  return rows.map((row) => {
    const fields: string[] = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      if (c === '"' && row[i + 1] === '"' && quoted) {
        current += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        fields.push(current);
        current = '';
      } else current += c;
    }
    fields.push(current);
    const [issue = '', severity = '', confidence = '', file = '', location = '', , description = ''] = fields.map((f) => f.trim());
    return { issue, severity, confidence, file, location, description };
  });
}

async function audit(input: string, report: string): Promise<Finding[]> {
  await run(process.execPath, [BIN, '-i', input, '-o', report, '-r', '-v', 'false'], { timeout: 120_000 });
  return parseFindings(readFileSync(report, 'utf8'));
}

describe('electronegativity', () => {
  it('finds no HIGH-severity issue in main/, and does flag an insecure sample', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-eneg-'));
    try {
      mkdirSync(join(dir, 'insecure'));
      writeFileSync(
        join(dir, 'insecure', 'main.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });\n",
      );
      const [ours, insecure] = await Promise.all([
        audit(join(process.cwd(), 'main'), join(dir, 'main.csv')),
        audit(join(dir, 'insecure'), join(dir, 'insecure.csv')),
      ]);
      expect(insecure.filter((f) => f.severity === 'HIGH').map((f) => f.issue)).toEqual(
        expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
      );
      const high = ours.filter((f) => f.severity === 'HIGH');
      expect(high.map((f) => `${f.issue} ${f.file}:${f.location} ${f.description}`)).toEqual([]);
      // Navigation limits and the permission handler were recognised.
      expect(ours.map((f) => f.issue)).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
      expect(ours.map((f) => f.issue)).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
      // The window's construction site was read (the audit saw the literal web preferences).
      expect(ours.some((f) => f.file.includes('createMainWindow.ts'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
