/**
 * The components MDX bodies may use (the allow-list is MDX_COMPONENTS in src/lib/check/body-safety.ts;
 * the content check rejects any other). Pages pass this map to every rendered body.
 */
import Catatan from './Catatan.astro';

export const mdxComponents = { Catatan };
