/** What the content check reads, reports and returns: shared by every job in this folder. */
import type { CollectionName } from '../../schemas/index.ts';
import type { Followup } from '../../schemas/followup.ts';
import type { Innovation } from '../../schemas/innovation.ts';
import type { News } from '../../schemas/news.ts';
import type { Playbook } from '../../schemas/playbook.ts';
import type { RegionProfile } from '../../schemas/region.ts';
import type { Visit } from '../../schemas/visit.ts';

/** A kept source text (content/sources/*.txt), against which quotes are checked word for word. */
export interface SourceText {
  /** Project-relative path, e.g. content/sources/2019-07-02-bupati-katingan.txt */
  file: string;
  /** First line of the file: the source's title as entries cite it. */
  title: string;
  /** The whole file. */
  text: string;
}

export interface Problem {
  /** Path of the file relative to the project root, e.g. content/visits/2019-07-02-….md */
  file: string;
  /** Field path inside the frontmatter, e.g. commitments[0].innovation; empty for the whole file. */
  field: string;
  message: string;
  /** What to do about it: every problem an author sees comes with a fix. */
  hint: string;
}

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  file: string;
  text: string;
  /** Set when the file could not be read (a folder named x.md, no permission, not UTF-8): reported, never thrown. */
  error?: { message: string; hint: string };
}

export interface CheckedContent {
  regions: Map<string, RegionProfile>;
  innovations: Map<string, Innovation>;
  playbooks: Map<string, Playbook>;
  visits: Map<string, Visit>;
  followups: Map<string, Followup>;
  news: Map<string, News>;
}

/** Why a file could not be used as it is (an image Astro cannot read, an unsafe SVG). */
export interface Defect {
  message: string;
  hint: string;
}

export interface CheckOptions {
  /**
   * Every image file under content/ with its size in bytes, keyed by project-relative path
   * (content/visits/2021-11-15-bangli-ke-banyuwangi/foto.jpg). Without it the image rules are skipped.
   */
  images?: ReadonlyMap<string, number>;
  maxImageBytes?: number;
  /** Full texts of sources kept under content/sources/: quotes citing them must be verbatim. */
  sourceTexts?: readonly SourceText[];
  /** Why Astro's image pipeline would refuse an image file (no size it can read, unsafe SVG), by path. */
  imageDefects?: ReadonlyMap<string, Defect[]>;
  /** The "as of" date (YYYY-MM-DD): visits and follow-ups may not be dated after it. */
  today?: string;
  /**
   * Ids the page templates give their own elements, as patterns (sumber, tahap-.+, …). A body
   * heading gets an id from its text; the same id twice on a page fails html-validate.
   */
  pageIds?: readonly RegExp[];
}

export interface CheckResult {
  /** Errors: any one fails `npm run check` and the build. */
  problems: Problem[];
  /** Things left to do that do not stop a build, e.g. scaffold placeholders still in place. */
  warnings: Problem[];
  content: CheckedContent;
}

/** An entry whose frontmatter could be read, valid or not: references and quotes are checked on these. */
export interface ReadableEntry {
  collection: CollectionName;
  file: string;
  data: unknown;
}
