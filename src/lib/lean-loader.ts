/**
 * A content loader that keeps each entry once in Astro's content store. Astro's Markdown renderer
 * returns the file's frontmatter again with the rendered body (`rendered.metadata.frontmatter`,
 * offered to pages as `remarkPluginFrontmatter`), so the store held every entry's frontmatter
 * twice: parsed by the schema as `data`, and raw beside the HTML. At national scale that copy was
 * 97 of the store's 280 MB (as JSON), and Astro holds the store in memory, writes it out on every
 * build and the page bundle reads it back (src/integrations/content-store.ts). Pages read `data`
 * only; no remark plugin of ours adds to the frontmatter.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** The entry as stored: the same, less the rendered body's second copy of the frontmatter. */
export function withoutFrontmatterCopy(entry: StoredEntry): StoredEntry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...kept } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: kept } };
}

/** `loader`, storing its entries through withoutFrontmatterCopy. */
export function leanLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      // Astro's scoped store is a plain object of arrow functions, so a copy with its own set() behaves the same.
      const store = { ...context.store, set: (entry: StoredEntry) => context.store.set(withoutFrontmatterCopy(entry)) };
      return loader.load({ ...context, store });
    },
  };
}
