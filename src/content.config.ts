/** The one map of collections: where each lives on disk and which schema it obeys. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { entryId } from './lib/content-check.ts';

function collection<N extends CollectionName>(name: N) {
  return defineCollection({
    loader: glob({
      base: `./content/${COLLECTIONS[name].folder}`,
      pattern: '*.{md,mdx}',
      generateId: ({ entry }) => entryId(entry),
    }),
    schema: COLLECTIONS[name].schema,
  });
}

export const collections = {
  regions: collection('regions'),
  innovations: collection('innovations'),
  playbooks: collection('playbooks'),
  visits: collection('visits'),
  followups: collection('followups'),
};
