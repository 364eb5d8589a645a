/**
 * The content check: every rule an entry must pass, run over all content at once so an author
 * sees every problem in one run. Each job lives in its own module in this folder; this one reads
 * each entry through them in turn, then checks what lies between entries. Pure: the build,
 * `npm run check` and the tests reach it through project.ts (which reads the files) or directly.
 */
import { asOfDate } from '../as-of.ts';
import type { OfficialRegions } from '../official-regions.ts';
import { bodyProblems } from './body.ts';
import { afterToday, beforeVisit, misnamedByDate, sameDayStatus } from './dates.ts';
import { entryId, fileProblem } from './file-rules.ts';
import { parseFrontmatter, unreadableFrontmatter, type ParsedEntry } from './frontmatter.ts';
import { MAX_IMAGE_BYTES, imageProblems, imageReferences, unusedImageProblems } from './images.ts';
import { textLengthProblems, titleProblems } from './limits.ts';
import { placeholderWarnings } from './placeholders.ts';
import { quoteProblems } from './quotes.ts';
import { playbookListsInnovation, referenceProblems, unknownCommitment, visitorIsHost } from './references.ts';
import { regionProfileProblems } from './regions.ts';
import { schemaProblems } from './schema-problems.ts';
import type { CheckedContent, CheckOptions, CheckResult, Problem, RawEntry, ReadableEntry } from './types.ts';
import type { CollectionName } from '../../schemas/index.ts';

/**
 * What the check finds in one file on its own, from its text and the page templates' ids alone:
 * the part of the check that can be kept between runs for an unchanged file (file-cache.ts).
 */
export interface FileFindings {
  /** The frontmatter could not be read: the file's only problem, and nothing else is known. */
  unreadable?: Problem;
  warnings: Problem[];
  bodyProblems: Problem[];
  /** Text lengths and the schema. */
  problems: Problem[];
  /** The frontmatter as read with the YAML core schema (the checks between entries read it). */
  data?: unknown;
  /** The body's image addresses as written, each once. */
  imageRefs: string[];
  /** The entry as its schema accepts it; absent when the schema refused it. */
  valid?: unknown;
}

/** Reads one file and checks everything about it that needs no other file. */
export function checkFile(entry: RawEntry, pageIds: CheckOptions['pageIds']): FileFindings {
  let parsed: ParsedEntry;
  try {
    parsed = parseFrontmatter(entry.text);
  } catch (error) {
    return { unreadable: unreadableFrontmatter(entry.file, error), warnings: [], bodyProblems: [], problems: [], imageRefs: [] };
  }
  const { data, astroData, body, bodyLine } = parsed;
  const schema = schemaProblems(entry.collection, entry.file, data, astroData);
  return {
    warnings: placeholderWarnings(entry.file, parsed),
    bodyProblems: bodyProblems(entry.file, body, bodyLine, pageIds),
    problems: [...textLengthProblems(entry.file, data), ...schema.problems],
    data,
    imageRefs: [...new Set(imageReferences(body))],
    ...(schema.valid === undefined ? {} : { valid: schema.valid }),
  };
}

/** Keeps `checkFile`'s findings between runs, by file and text (file-cache.ts); the check works the same without it. */
export interface FileFindingsCache {
  get(entry: RawEntry): FileFindings | undefined;
  set(entry: RawEntry, findings: FileFindings): void;
}

/**
 * Validates every entry and every cross-reference. Returns all problems (never throws on bad
 * content) plus the entries that parsed, keyed by id.
 */
export function checkContent(raw: RawEntry[], official: OfficialRegions, options: CheckOptions = {}, cache?: FileFindingsCache): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const add = (found: Problem | undefined) => found && problems.push(found);
  const content: CheckedContent = { regions: new Map(), innovations: new Map(), playbooks: new Map(), visits: new Map(), followups: new Map(), news: new Map() };
  const fileOf = new Map<string, string>();
  /** Every entry id found ("visits/2019-07-02-…"), with its file: references may name any of them. */
  const seen = new Map<string, string>();
  const readable: ReadableEntry[] = [];
  /** Image files some entry's body refers to. */
  const referenced = new Set<string>();
  const imageLimit = options.maxImageBytes ?? MAX_IMAGE_BYTES;

  for (const entry of raw) {
    if (entry.error) {
      problems.push({ file: entry.file, field: '', ...entry.error });
      continue;
    }
    const id = entryId(entry.file);
    const key = `${entry.collection}/${id}`;
    const earlier = seen.get(key);
    if (!earlier) seen.set(key, entry.file);
    const unusable = fileProblem(entry, id, earlier);
    if (unusable) {
      problems.push(unusable);
      continue;
    }
    let found = cache?.get(entry);
    if (!found) {
      found = checkFile(entry, options.pageIds);
      cache?.set(entry, found);
    }
    if (found.unreadable) {
      problems.push(found.unreadable);
      continue;
    }
    warnings.push(...found.warnings);
    problems.push(...found.bodyProblems);
    if (options.images) {
      const images = imageProblems(entry, found.imageRefs, options.images, imageLimit, referenced, options.imageDefects);
      problems.push(...images.problems);
      warnings.push(...images.warnings);
    }
    readable.push({ collection: entry.collection, file: entry.file, data: found.data });
    problems.push(...found.problems);
    if (found.valid === undefined) continue;
    fileOf.set(key, entry.file);
    (content[entry.collection] as Map<string, unknown>).set(id, found.valid);
  }

  const today = options.today ?? asOfDate();
  const at = (collection: CollectionName, id: string) => fileOf.get(`${collection}/${id}`) ?? `content/${collection}/${id}`;

  problems.push(...referenceProblems(readable, seen, official));
  problems.push(...quoteProblems(readable, options.sourceTexts ?? []));
  for (const [id, profile] of content.regions) problems.push(...regionProfileProblems(at('regions', id), id, profile, official));
  problems.push(...titleProblems(content, at));

  for (const [id, innovation] of content.innovations) {
    const file = at('innovations', id);
    add(afterToday(file, innovation.lastVerified, today, 'lastVerified'));
    add(playbookListsInnovation(file, id, innovation, content.playbooks));
  }

  for (const [id, visit] of content.visits) {
    const file = at('visits', id);
    add(misnamedByDate(file, id, visit.date, 'kunjungan'));
    add(visitorIsHost(file, visit));
    add(afterToday(file, visit.date, today, 'visit'));
  }

  const statusOnDay = new Map<string, { file: string; status: string }>();
  for (const [id, followup] of content.followups) {
    const file = at('followups', id);
    add(afterToday(file, followup.date, today, 'news'));
    add(misnamedByDate(file, id, followup.date, followup.commitment));
    const visit = content.visits.get(followup.visit);
    if (!visit) continue;
    add(unknownCommitment(file, followup, visit));
    add(beforeVisit(file, followup, visit));
    add(sameDayStatus(file, followup, statusOnDay));
  }

  for (const [id, news] of content.news) {
    const file = at('news', id);
    add(misnamedByDate(file, id, news.date, news.innovation));
    add(afterToday(file, news.date, today, 'news'));
  }

  if (options.images) {
    const unused = unusedImageProblems(options.images, imageLimit, referenced);
    problems.push(...unused.problems);
    warnings.push(...unused.warnings);
  }

  return { problems, warnings, content };
}
