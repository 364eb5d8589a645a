/**
 * The real `npm run iid:export` and `npm run iid:import` (src/cli/iid.ts) in child processes, on copies of a
 * fixture corpus in temporary folders: an export imports back into a project holding only region profiles and
 * exports again byte for byte; a row the import cannot use writes nothing and names its row and column.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SYNTHETIC_CORPUS } from '../fixtures/content.ts';

const iid = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/iid.ts'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run iid:export and iid:import', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lintas-iid-cli-'));
    dirs.push(dir);
    return dir;
  };

  it('exports a corpus, imports it into a project with only its regions, and exports the same file again', () => {
    const full = temp();
    cpSync(join(SYNTHETIC_CORPUS, 'content'), join(full, 'content'), { recursive: true });
    const first = join(temp(), 'inovasi-iid.csv');
    const exported = iid('export', '--out', first, full);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^4 inovasi ditulis/);

    const bare = temp();
    cpSync(join(SYNTHETIC_CORPUS, 'content/regions'), join(bare, 'content/regions'), { recursive: true });
    const imported = iid('import', first, '--folder', bare);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('4 draf inovasi ditulis dan lolos pemeriksaan konten');
    expect(readdirSync(join(bare, 'content/innovations')).sort()).toEqual(readdirSync(join(full, 'content/innovations')).sort());

    const second = join(temp(), 'lagi.csv');
    expect(iid('export', '--out', second, bare).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('writes nothing when a row names an unknown region, and says which row and column', () => {
    const bare = temp();
    cpSync(join(SYNTHETIC_CORPUS, 'content/regions'), join(bare, 'content/regions'), { recursive: true });
    const file = join(temp(), 'salah.csv');
    writeFileSync(file, 'Nama Pemda,Nama Inovasi,Tahapan Inovasi\r\nKabupaten Tidakada,Inovasi uji fiktif,Penerapan\r\n');
    const out = iid('import', file, '--sumber', 'Laporan uji fiktif', '--tanggal', '2024-01-02', '--folder', bare);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('baris 2, kolom "Nama Pemda"');
    expect(existsSync(join(bare, 'content/innovations'))).toBe(false);
  });
});
