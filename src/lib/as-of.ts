/**
 * The day the site is built: ages and staleness are stated "as of" this date on every page, and
 * the content check refuses visits and follow-ups dated after it. LINTAS_TODAY (YYYY-MM-DD) pins
 * it for reproducible builds and tests. One rule, read by the site model and the content check.
 */
export function asOfDate(env: Record<string, string | undefined> = process.env): string {
  return env.LINTAS_TODAY || new Date().toISOString().slice(0, 10);
}
