/**
 * Where the content lives: `content/` of the project, or the folder LINTAS_CONTENT names
 * (absolute, or relative to the project root). The collections, the content gate and `npm run check`
 * all read it from here, so tests can build the site from a fixture corpus in a temporary folder.
 */
import { resolve } from 'node:path';

const override = process.env.LINTAS_CONTENT?.trim();

export const CONTENT_DIR = override || 'content';

/**
 * Astro's cache for a build of another content folder: beside that folder, so its entries never
 * mix with the real content's in node_modules/.astro (same ids, different files). Undefined: Astro's default.
 */
export const CONTENT_CACHE_DIR = override ? `${resolve(override)}.astro-cache` : undefined;
