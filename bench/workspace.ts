/**
 * Temporary project folders for the benchmark: the Lintas project as it stands in the repo, and a
 * bare Astro baseline, each with the synthetic corpus in content/. Nothing is written to the repo.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS } from '../src/schemas/index.ts';
import type { CorpusFile } from './corpus.ts';

/** What the project build needs from the repo; content/ is replaced by the synthetic corpus. */
// data/ holds the official figures (data/kepmendagri-2025.json) that the build imports.
const PROJECT_FILES = ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// From the project's own map of collections, so a new collection reaches the baseline too.
const FOLDERS = Object.values(COLLECTIONS).map((c) => c.folder);

export function makeTempRoot(label: string): string {
  return mkdtempSync(join(tmpdir(), `lintas-bench-${label}-`));
}

/**
 * A real node_modules folder whose entries are symlinks to the repo's packages. Symlinking the
 * whole folder would put Astro's cache (node_modules/.astro: the content data store) and Vite's
 * cache inside the repo, shared with the lead's builds and with each other: warm and cold runs
 * would then be meaningless. Hidden entries (.astro, .vite, .cache) are therefore not linked.
 */
export function linkNodeModules(repo: string, root: string): void {
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(repo, 'node_modules', name), join(target, name));
  }
}

export function prepareProject(repo: string, root: string): void {
  for (const name of PROJECT_FILES) {
    if (existsSync(join(repo, name))) cpSync(join(repo, name), join(root, name), { recursive: true });
  }
  linkNodeModules(repo, root);
}

/** Writes the corpus into <root>/content/<folder>/, creating every folder even when empty (also adds files to a written corpus). */
export function writeCorpus(root: string, files: CorpusFile[]): void {
  for (const folder of FOLDERS) mkdirSync(join(root, 'content', folder), { recursive: true });
  for (const file of files) writeFileSync(join(root, 'content', file.folder, file.name), file.text);
}

/**
 * A bare Astro site over the same Markdown: default config, no integrations, collections with a
 * glob loader and no schema, one plain page per entry (title + rendered body). The difference
 * between it and the project is what the project's features cost.
 */
export function prepareBaseline(repo: string, root: string): void {
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'lintas-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      `const folder = (name: string) => defineCollection({ loader: glob({ base: \`./content/\${name}\`, pattern: '*.{md,mdx}' }) });`,
      '',
      `export const collections = { ${FOLDERS.map((f) => `${f}: folder('${f}')`).join(', ')} };`,
      '',
    ].join('\n'),
  };
  for (const folder of FOLDERS) files[`src/pages/${folder}/[...slug].astro`] = baselinePage(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  linkNodeModules(repo, root);
}

function baselinePage(collection: string): string {
  return `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('${collection}');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.name ?? entry.id;
---
<html lang="id">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><h1>{title}</h1><Content /></body>
</html>
`;
}

/** Removes build output and every cache, so the next build is cold. */
export function clearCaches(root: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(root, path), { recursive: true, force: true });
  }
}

export function removeRoot(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
