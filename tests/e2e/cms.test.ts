/**
 * The web form end to end, in Chromium against the real local backend (decap-server) on a
 * throwaway copy of the project: a host officer publishes a visit through /admin/, the content
 * check accepts the file it wrote, and the built site shows the visit. A form missing a required
 * field refuses to save and names the field; editing an entry keeps its other fields intact.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/check/index.ts';
import { checkProject } from '../../src/lib/check/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { copyProject, removeProject, startCms, ROOT, type CmsProject } from './cms-harness.ts';

/** Fixture entries (not the sample content): one visit to edit, invented for this test and named so. */
const FIXTURE_VISIT = 'content/visits/2020-03-04-kabupaten-bangli-ke-kabupaten-sleman.md';
const FIXTURE_TEXT = `---
title: "Uji: kunjungan contoh untuk pengujian formulir"
date: 2020-03-04
visitor:
  region: kabupaten-bangli
host: kabupaten-sleman
location: Ruang uji
delegation:
  leader:
    role: Pejabat uji
  members:
    count: 3
    description: staf uji
  source: sumber-uji
receivedBy:
  - role: Penerima uji
takeaways:
  - text: Pelajaran uji pertama.
    source: sumber-uji
commitments:
  - id: komitmen-uji
    text: Komitmen uji.
    status: direncanakan
    source: sumber-uji
sources:
  - id: sumber-uji
    title: Sumber uji
    publisher: Penerbit uji
    date: 2020-03-05
    url: https://contoh.example/uji
---

Isi uji yang harus tetap sama.
`;

let project: CmsProject;
let browser: Browser;
const started = Date.now();

beforeAll(async () => {
  project = await startCms(copyProject({ [FIXTURE_VISIT]: FIXTURE_TEXT }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await project?.close();
  if (project) removeProject(project.dir);
  console.log(`CMS end-to-end: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** The admin page, logged in to the local backend, at a route such as #/collections/visits/new. */
async function openAdmin(route: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  await page.goto(project.adminUrl);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByText('Jenis entri').first().waitFor({ timeout: 60_000 });
  await page.goto(`${project.adminUrl}${route}`);
  return page;
}

/** The form control labelled `label` (the label begins with it; optional fields add "tidak wajib"). */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: false }).first();

/** Picks an option from a searchable select (react-select) by typing part of its name. */
async function choose(page: Page, label: string, typed: string, option: string): Promise<void> {
  const input = field(page, label);
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terbitkan' }).click();
  await page.getByText('Terbitkan sekarang').click();
}

const visitFiles = () => readdirSync(join(project.dir, 'content/visits')).filter((f) => f.endsWith('.md')).sort();

describe('publishing a visit from the web form', () => {
  it('writes a date-first Markdown file that the content check accepts and the build shows', async () => {
    const page = await openAdmin('#/collections/visits/new');
    await field(page, 'Judul ringkas kunjungan').fill('Uji: kunjungan lewat formulir');
    await field(page, 'Tanggal kunjungan').fill('2021-11-15');
    await choose(page, 'Daerah pengunjung', 'bangli', 'Kabupaten Bangli — Bali');
    await choose(page, 'Daerah tuan rumah', 'banyuwangi', 'Kabupaten Banyuwangi — Jawa Timur');
    // The delegation is optional (sources often do not describe it) and is left closed and empty.

    await page.getByRole('button', { name: /Tambah apa yang hendak ditiru/ }).click();
    await field(page, 'Kunci pendek komitmen').fill('komitmen-formulir');
    await field(page, 'Pernyataan dalam kalimat sederhana').fill('Komitmen yang ditulis lewat formulir.');
    await field(page, 'Kunci salah satu sumber').fill('sumber-formulir');

    await page.getByRole('button', { name: /Tambah sumber yang dikutip/ }).click();
    await field(page, 'Kunci pendek sumber ini').fill('sumber-formulir');
    await field(page, 'Judul sumber sebagaimana tertulis').fill('Sumber uji formulir');
    await field(page, 'Tanggal terbit sumber').fill('2021-11-16');
    await publish(page);

    const name = '2021-11-15-kabupaten-bangli-ke-kabupaten-banyuwangi.md';
    await expect.poll(visitFiles, { timeout: 30_000 }).toContain(name);
    const text = readFileSync(join(project.dir, 'content/visits', name), 'utf8');
    const { data } = parseFrontmatter(text);
    expect(data).toMatchObject({
      title: 'Uji: kunjungan lewat formulir',
      date: '2021-11-15',
      visitor: { region: 'kabupaten-bangli' },
      host: 'kabupaten-banyuwangi',
      commitments: [{ id: 'komitmen-formulir', status: 'niat', source: 'sumber-formulir' }],
      sources: [{ id: 'sumber-formulir', title: 'Sumber uji formulir', date: '2021-11-16' }],
    });

    const check = await checkProject(project.dir);
    expect(check.problems).toEqual([]);

    execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: project.dir, stdio: 'pipe', env: { ...process.env, LINTAS_TODAY: '2026-01-01' } });
    const built = join(project.dir, 'dist/kunjungan/2021-11-15-kabupaten-bangli-ke-kabupaten-banyuwangi/index.html');
    expect(existsSync(built)).toBe(true);
    expect(readFileSync(built, 'utf8')).toContain('Komitmen yang ditulis lewat formulir.');
    await page.close();
  });

  it('refuses to save a visit without its title and names the field', async () => {
    const before = visitFiles();
    const page = await openAdmin('#/collections/visits/new');
    await field(page, 'Tanggal kunjungan').fill('2022-01-02');
    await publish(page);
    await expect.poll(() => page.getByText('Judul ringkas kunjungan (title) wajib diisi.').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Masih ada isian wajib yang kosong').count()).toBeGreaterThan(0);
    expect(visitFiles()).toEqual(before);
    await page.close();
  });

  it('editing one field of an existing visit keeps every other field and the body', async () => {
    const slug = '2020-03-04-kabupaten-bangli-ke-kabupaten-sleman';
    const page = await openAdmin(`#/collections/visits/entries/${slug}`);
    const location = field(page, 'Tempat pertemuan');
    await expect.poll(() => location.inputValue(), { timeout: 60_000 }).toBe('Ruang uji');
    await location.fill('Ruang uji yang diubah');
    await publish(page);
    const file = join(project.dir, FIXTURE_VISIT);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 30_000 }).toContain('Ruang uji yang diubah');
    const before = parseFrontmatter(FIXTURE_TEXT);
    const after = parseFrontmatter(readFileSync(file, 'utf8'));
    expect(after.data).toEqual({ ...(before.data as object), location: 'Ruang uji yang diubah' });
    expect(after.body.trim()).toBe(before.body.trim());
    await page.close();
  });
});
