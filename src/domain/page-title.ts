/**
 * A page's <title>: the site name is kept when it fits; a long page title matters more than the
 * suffix. Used by the layout and by the content check, which holds authored titles to
 * html-validate's 70-character limit on exactly this text.
 */
export const SITE_SUFFIX = ' · Lintas';

export function fullPageTitle(title: string, isHome = false): string {
  return isHome || title.length > 60 ? title : `${title}${SITE_SUFFIX}`;
}
