/** A playbook's page: owner, the innovations it puts in place, search facets. */
import type { CardSpec } from '../../cards/spec.ts';
import { KINDS } from '../../domain/kinds.ts';
import type { SearchRecord } from '../../domain/search.ts';
import { SECTORS } from '../../domain/vocabulary.ts';
import type { Playbook } from '../../schemas/playbook.ts';
import { links } from '../links.ts';
import type { Entry, Model } from '../model.ts';
import { playbookPack } from '../offline-packs.ts';
import { regionLink } from './shared.ts';

export function playbookView(site: Model, playbook: Entry<Playbook>) {
  const { data } = playbook;
  const innovations = data.innovations.map((id) => site.innovations.get(id)).filter((i) => i !== undefined);
  const owner = site.region(data.owner);
  const card: CardSpec = { kind: 'panduan', title: data.title, stages: data.stages.length, region: owner?.official.name };
  const search: SearchRecord = {
    type: KINDS.playbook.searchType,
    filters: {
      provinsi: owner?.province ? [owner.province.name] : [],
      daerah: owner ? [owner.official.name] : [],
      sektor: [...new Set(innovations.flatMap((i) => i.data.sectors.map((s) => SECTORS[s])))],
    },
    meta: { daerah: owner?.official.name ?? data.owner, tahap: String(data.stages.length) },
  };
  return {
    card,
    search,
    /** What "save for offline" stores with the page. */
    pack: playbookPack(site, playbook),
    owner: regionLink(site, data.owner),
    innovations: innovations.map((i) => ({ href: links.innovation(i.id), title: i.data.title })),
  };
}
export type PlaybookView = ReturnType<typeof playbookView>;
