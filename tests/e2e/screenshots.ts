/**
 * Screenshots of the real web form for the author guide (docs/panduan-penulis/img/cms-*.png), taken
 * on a throwaway copy of the project with the same harness as the end-to-end test.
 * Run: node tests/e2e/screenshots.ts  (not part of `npm test`: pictures are checked by eye).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { copyProject, removeProject, startCms, ROOT } from './cms-harness.ts';

const out = join(ROOT, 'docs/panduan-penulis/img');
mkdirSync(out, { recursive: true });
const project = await startCms(copyProject({}));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
  const shot = (name: string) => page.screenshot({ path: join(out, `cms-${name}.png`) });
  await page.goto(project.adminUrl);
  const login = page.getByRole('button', { name: 'Masuk' });
  await login.waitFor({ timeout: 60_000 });
  await shot('1-masuk');
  await login.click();
  await page.getByText('Jenis entri').first().waitFor({ timeout: 60_000 });
  await page.goto(`${project.adminUrl}#/collections/visits`);
  await page.waitForTimeout(1500);
  await shot('2-daftar');
  await page.goto(`${project.adminUrl}#/collections/visits/new`);
  await page.getByLabel('Judul ringkas kunjungan', { exact: false }).first().fill('Kabupaten Bangli belajar Smart Kampung ke Banyuwangi');
  await page.getByLabel('Tanggal kunjungan', { exact: false }).first().fill('2021-11-15');
  const visitor = page.getByLabel('Daerah pengunjung', { exact: false }).first();
  await visitor.click();
  await visitor.fill('bangli');
  await page.waitForTimeout(500);
  await shot('3-pilih-daerah');
  await page.getByRole('option', { name: 'Kabupaten Bangli — Bali', exact: true }).click();
  await page.getByRole('button', { name: 'Terbitkan' }).click();
  await page.getByText('Terbitkan sekarang').click();
  await page.waitForTimeout(1500);
  await shot('4-isian-wajib');
} finally {
  await browser.close();
  await project.close();
  removeProject(project.dir);
}
console.log(`Gambar tersimpan di ${out}`);
