/** The commitment ledger, 100 rows a page: each commitment's standing, age and silence, and the learning network. */
import { awaitsNews } from '../../domain/commitments.ts';
import { ageOf, formatAgeOf } from '../../domain/dates.ts';
import { listPages } from '../pagination.ts';
import type { Model } from '../model.ts';
import { commitmentRow, networkView, regionLink } from './shared.ts';
import { evidenceOf, ledgerCosts } from './official.ts';

// 100 commitments a page keeps the ledger within the page-weight budget at national scale.
export const LEDGER_PER_PAGE = 100;

export function ledgerPaths(site: Model, today: string) {
  const rows = site.commitments.map((record) => {
    const { visit, standing } = record;
    const regions = [visit.data.visitor.region, visit.data.host].filter((r) => r !== undefined);
    return {
      ...commitmentRow(site, record),
      host: regionLink(site, visit.data.host),
      age: formatAgeOf(ageOf(visit.data.date, today)),
      silence: formatAgeOf(ageOf(standing.since, today)),
      stale: awaitsNews(standing, today),
      followups: standing.followups,
      /** The document behind an adoption and the replication stage, from the follow-ups. */
      ...evidenceOf(record.followups),
      /** Slugs of both regions, for the region filter. */
      regions,
    };
  });
  const staleCount = rows.filter((r) => r.stale).length;
  const costs = ledgerCosts(site);
  return listPages(rows, LEDGER_PER_PAGE).map((path) => {
    const { page } = path.props;
    const slugs = [...new Set(page.items.flatMap((r) => r.regions))].sort();
    return {
      ...path,
      props: {
        /** The day ages and silences are counted to ("Keadaan per …"). */
        asOf: today,
        page,
        staleCount,
        /** Totals of sourced visit costs only, per basis. */
        costs,
        /** The filter's choices: the regions on this page. */
        regions: slugs.map((slug) => ({ slug, name: regionLink(site, slug).name })),
        /** Drawn on the first page only. */
        network: page.number === 1 ? networkView(site, site.visits) : undefined,
      },
    };
  });
}
export type LedgerRow = ReturnType<typeof ledgerPaths>[number]['props']['page']['items'][number];
