/**
 * The content check, one module per job:
 *
 *   project.ts         reads a project from disk (entries, images, kept source texts, page ids) and checks it
 *   run.ts             checkContent: runs every job below over all entries, then across entries
 *   file-cache.ts      each file's own findings kept between builds (only changed files are read again)
 *   file-rules.ts      file names and sizes (the name is the page address)
 *   frontmatter.ts     frontmatter read as Astro splits it, with the line where it goes wrong
 *   schema-problems.ts zod issues as problems with a fix, for both readings of the YAML
 *   body.ts            body length, body safety (body-safety.ts) and heading ids
 *   images.ts          images bodies refer to, and images nobody uses
 *   placeholders.ts    scaffold placeholders left to fill in (warnings)
 *   limits.ts          lengths a later step would refuse (texts, page titles)
 *   references.ts      references between entries exist and agree
 *   regions.ts         region profiles agree with the official data
 *   dates.ts           dates against today, file names and each other
 *   quotes.ts          quotes verbatim in kept source texts
 *   report.ts          the report authors read
 *   suggest.ts         "maksud Anda …?" for misspelt names
 *   walk.ts            the one walker over frontmatter values
 *   types.ts           what the check reads, reports and returns
 */
export { checkProject, imageDefects, readContent, readImageSizes, readPageIds, readSourceTexts } from './project.ts';
export { checkContent } from './run.ts';
export { CONTENT_EXTENSIONS, entryId } from './file-rules.ts';
export { FrontmatterError, parseFrontmatter, type ParsedEntry } from './frontmatter.ts';
export { FIELD_REFERENCE } from './schema-problems.ts';
export { IMAGE_EXTENSIONS, MAX_IMAGE_BYTES, PUBLISHABLE_IMAGE_EXTENSIONS, formatBytes, imageFolderOf, imageReferences } from './images.ts';
export { PLACEHOLDER, TODO_COMMENT } from './placeholders.ts';
export { LIMITS, htmlLength } from './limits.ts';
export { REFERENCES } from './references.ts';
export { suggest } from './suggest.ts';
export { SOURCES_DIR, quoteProblems, sourceText, type SourceText } from './quotes.ts';
export { formatProblems, formatWarnings } from './report.ts';
export { fieldPath } from './walk.ts';
export type { CheckedContent, CheckOptions, CheckResult, Problem, RawEntry } from './types.ts';
