/** The content collections and their schemas: the one map of content kinds. */
import { followupSchema } from './followup.ts';
import { innovationSchema } from './innovation.ts';
import { newsSchema } from './news.ts';
import { playbookSchema } from './playbook.ts';
import { regionSchema } from './region.ts';
import { visitSchema } from './visit.ts';

export const COLLECTIONS = {
  regions: { schema: regionSchema, folder: 'regions', label: 'daerah' },
  innovations: { schema: innovationSchema, folder: 'innovations', label: 'inovasi' },
  playbooks: { schema: playbookSchema, folder: 'playbooks', label: 'panduan' },
  visits: { schema: visitSchema, folder: 'visits', label: 'kunjungan' },
  followups: { schema: followupSchema, folder: 'followups', label: 'tindak lanjut' },
  news: { schema: newsSchema, folder: 'news', label: 'kabar inovasi' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

export { followupSchema, innovationSchema, newsSchema, playbookSchema, regionSchema, visitSchema };
