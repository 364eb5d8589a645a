/** The one map of collections: where each lives on disk and which schema it obeys. */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTIONS, followupSchema, innovationSchema, newsSchema, playbookSchema, regionSchema, visitSchema, type CollectionName } from './schemas/index.ts';
import { entryId } from './lib/check/index.ts';
import { CONTENT_DIR } from './lib/content-location.ts';
import { contentLoader } from './lib/content-loader.ts';
import { indonesianErrors } from './schemas/messages.ts';

// Astro parses entries itself and takes no per-parse error map, so for its messages (seen in
// `astro dev`, where the content gate only logs) zod's config is set here, in the Astro process
// alone; importing a schema elsewhere leaves zod as it is.
z.config({ localeError: indonesianErrors });

/**
 * Flat folders under content/ (or LINTAS_CONTENT); the file name is the entry id (the same rule the
 * content check uses). The glob loader resolves `base` against the project root, so an absolute folder works too.
 * `retainBody: false`: pages use the rendered body, never the Markdown source, and keeping every
 * source in Astro's content store (and in its serialised copy) cost memory at national scale; for
 * the same reason the store keeps each entry's frontmatter once (src/lib/content-loader.ts). The id
 * follows from the path alone (`idOf`), which lets the loader skip parsing files that did not change.
 */
const files = (name: CollectionName) =>
  contentLoader(glob({ base: join(CONTENT_DIR, COLLECTIONS[name].folder), pattern: '*.{md,mdx}', generateId: ({ entry }) => entryId(entry), retainBody: false }), { idOf: entryId });

// Each schema is named directly (not looked up by name) so every collection keeps its own entry type.
export const collections = {
  regions: defineCollection({ loader: files('regions'), schema: regionSchema }),
  innovations: defineCollection({ loader: files('innovations'), schema: innovationSchema }),
  playbooks: defineCollection({ loader: files('playbooks'), schema: playbookSchema }),
  visits: defineCollection({ loader: files('visits'), schema: visitSchema }),
  followups: defineCollection({ loader: files('followups'), schema: followupSchema }),
  news: defineCollection({ loader: files('news'), schema: newsSchema }),
};
