/**
 * The loader behind every collection (src/content.config.ts): Astro's glob loader, with two
 * changes for memory at national scale.
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
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

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

/** `loader`, storing its entries through withoutFrontmatterCopy and leaving its store under LIVE_STORES_KEY. */
export function contentLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const shared = globalThis as { [LIVE_STORES_KEY]?: Map<string, Store> };
      (shared[LIVE_STORES_KEY] ??= new Map()).set(context.collection, context.store);
      // Astro's scoped store is a plain object of arrow functions, so a copy with its own set() behaves the same.
      const store = { ...context.store, set: (entry: StoredEntry) => context.store.set(withoutFrontmatterCopy(entry)) };
      return loader.load({ ...context, store });
    },
  };
}
