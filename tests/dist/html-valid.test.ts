/**
 * Every page in dist/ is valid HTML by html-validate's recommended rules (config: .htmlvalidate.json,
 * exceptions justified in tests/dist/README.md). Invalid markup is not cosmetic: a <blockquote> inside
 * a <p>, for example, is split by the browser into different elements than the author wrote,
 * which is what screen readers and print then get.
 */
import { StaticConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertDistBuilt, DIST_DIR, listHtmlFiles, HTMLVALIDATE_CONFIG } from '../support/dist.ts';

describe('the built HTML validates', () => {
  it('html-validate reports zero errors across every page in dist/', async () => {
    assertDistBuilt();
    const files = listHtmlFiles();
    expect(files.length).toBeGreaterThan(552); // all official regions, plus the other pages

    const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(HTMLVALIDATE_CONFIG, 'utf8'))));
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages as Message[]) {
          if (m.severity < 2) continue; // warnings are shown by `npx html-validate dist`, not gated
          problems.push(`${relative(DIST_DIR, file)}:${m.line}:${m.column} [${m.ruleId}] ${m.message} — ${m.selector ?? ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
