/** The four collections and their schemas: the one map of content kinds. */
import { innovationSchema } from './innovation.ts';
import { playbookSchema } from './playbook.ts';
import { regionSchema } from './region.ts';
import { visitSchema } from './visit.ts';

export const COLLECTIONS = {
  regions: { schema: regionSchema, folder: 'regions', label: 'daerah' },
  innovations: { schema: innovationSchema, folder: 'innovations', label: 'inovasi' },
  playbooks: { schema: playbookSchema, folder: 'playbooks', label: 'panduan' },
  visits: { schema: visitSchema, folder: 'visits', label: 'kunjungan' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

export { innovationSchema, playbookSchema, regionSchema, visitSchema };
