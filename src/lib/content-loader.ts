/**
 * The loader behind every collection (src/content.config.ts): Astro's glob loader, with two
 * changes for memory at national scale and one for the time of a build with little changed.
 *
 * Each entry is stored once. Astro's Markdown renderer returns the file's frontmatter again with
 * the rendered body (`rendered.metadata.frontmatter`, offered to pages as `remarkPluginFrontmatter`),
 * so the store held every entry's frontmatter twice: parsed by the schema as `data`, and raw beside
 * the HTML. At national scale that copy was 97 of the store's 280 MB (as JSON); Astro holds the
 * store in memory and writes it out on every build. Pages read `data` only, and no remark plugin of
 * ours adds to the frontmatter.
 *
 * The filled store is shared with the page render. `astro build` syncs the content and renders the
 * pages in one process, so the page bundle's content module (src/integrations/content-store.ts)
 * takes the entries from here instead of reading Astro's store file back and reviving a second copy.
 *
 * One save per sync (`holdingTheSave`): see there.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** What Astro's glob loader asks of a file type (Astro's `ContentEntryType`, passed to loaders but not in their public context type). */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}
type EntryTypes = Map<string, EntryType>;

/**
 * Where the loaders leave their stores for the page render, by collection name. A global, not a
 * module variable: the content config runs in Astro's Vite module runner and the page bundle is
 * bundled apart, so the two never share a module instance.
 */
export const LIVE_STORES_KEY = 'lintas.content-stores';

/** The entry as stored: the same, less the rendered body's second copy of the frontmatter. */
export function withoutFrontmatterCopy(entry: StoredEntry): StoredEntry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...kept } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: kept } };
}

/**
 * The file types with one change: a file whose stored entry has the same digest is not parsed.
 * The glob loader parses every file's frontmatter before it looks at the digest, only to pass the
 * data to `generateId`, then keeps the stored entry when the digest is unchanged: at national scale
 * that parse was 4.9 s of every build. When the entry id follows from the path alone (`idOf`, the
 * same rule as the loader's `generateId`), the stored entry can be found first; for it the loader
 * receives empty data it never reads, and keeps the stored entry exactly as before.
 */
function skippingUnchanged(types: EntryTypes, context: LoaderContext, idOf: (file: string) => string): EntryTypes {
  const skipped = { data: {}, body: '', slug: '', rawData: '' };
  return new Map(
    [...types].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: (params: { contents: string; fileUrl: URL }) => {
          const stored = context.store.get(idOf(fileURLToPath(params.fileUrl)));
          // The glob loader's own test for keeping a stored entry.
          if (stored?.filePath && stored.digest === context.generateDigest(params.contents)) return skipped;
          return type.getEntryInfo(params);
        },
      },
    ]),
  );
}

/** How often a running load tells Astro's store it is still changing: well inside the store's 500 ms save debounce. */
const HOLD_MS = 150;
const HOLD_KEY = 'lintas-load';

/**
 * Runs `load` while keeping Astro's debounced store save from firing before it ends. Astro marks
 * its store changed when every sync starts (its version and config digests), and a save fires
 * 500 ms after the last change: with 46,000 files the loaders run for seconds, so the save fired
 * while they ran and serialised the whole store (159 MB at national scale, 5–6 s), and the entry a
 * publish adds marked it changed again, for a second serialisation and write at the end of the sync.
 * Setting one constant meta value restarts the debounce (every set does), so the store is written
 * once, after the last loader. The value never changes, so a sync with nothing new still leaves the
 * store file as it was, and Astro skips the write.
 */
async function holdingTheSave(context: LoaderContext, load: () => Promise<void>): Promise<void> {
  const hold = () => context.meta.set(HOLD_KEY, 'loaded');
  hold();
  const timer = setInterval(hold, HOLD_MS);
  timer.unref();
  try {
    await load();
  } finally {
    clearInterval(timer);
  }
}

export interface ContentLoaderOptions {
  /** The id the wrapped loader gives a file, from its path alone; with it, unchanged files are not parsed again. */
  idOf?: (file: string) => string;
}

/**
 * `loader`, storing its entries through withoutFrontmatterCopy, leaving its store under
 * LIVE_STORES_KEY, holding Astro's store save until it has loaded, and with `idOf`, skipping the
 * parse of files whose stored entry is unchanged.
 */
export function contentLoader(loader: Loader, { idOf }: ContentLoaderOptions = {}): Loader {
  return {
    ...loader,
    load: (context) => {
      const shared = globalThis as { [LIVE_STORES_KEY]?: Map<string, Store> };
      (shared[LIVE_STORES_KEY] ??= new Map()).set(context.collection, context.store);
      // Astro's scoped store is a plain object of arrow functions, so a copy with its own set() behaves the same.
      const store = { ...context.store, set: (entry: StoredEntry) => context.store.set(withoutFrontmatterCopy(entry)) };
      const types = (context as { entryTypes?: EntryTypes }).entryTypes;
      const entryTypes = types && idOf ? skippingUnchanged(types, context, idOf) : types;
      return holdingTheSave(context, () => loader.load({ ...context, store, ...(entryTypes && { entryTypes }) } as LoaderContext));
    },
  };
}
