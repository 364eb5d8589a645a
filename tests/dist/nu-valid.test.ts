/**
 * Every page in dist/ passes the Nu HTML Checker (vnu.jar, the W3C validator's engine), run on Java.
 * html-validate (html-valid.test.ts) checks rules and accessibility patterns but does not parse like a
 * browser: it accepted a page script emitted after `</html>`, which the HTML parser treats as a
 * parse error. Nu implements the HTML parsing algorithm itself, so it catches what html-validate misses.
 */
import { execFile } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assertDistBuilt, DIST_DIR } from '../support/dist.ts';

/** The jar ships in the vnu-jar package; its own launcher would download a JRE, so Java comes from the system. */
const VNU_JAR: string = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

async function runNu(dir: string): Promise<NuMessage[]> {
  // --errors-only: Nu's "info" CSP notes judge 'self' against the file: origin the files are read from,
  // not the site's origin, so they would flag every same-origin stylesheet.
  const args = ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', dir];
  try {
    const { stderr } = await promisify(execFile)('java', args, { maxBuffer: 64 * 1024 * 1024 });
    return stderr.trim() ? (JSON.parse(stderr) as { messages: NuMessage[] }).messages : [];
  } catch (error) {
    const { code, stderr } = error as { code?: string | number; stderr?: string };
    if (code === 'ENOENT') {
      throw new Error('Java tidak ditemukan: the Nu checker needs `java` on PATH (Debian: apt-get install default-jre-headless; .ci/run installs it).');
    }
    // vnu exits 1 when it reports errors; the report is still JSON on stderr.
    if (stderr?.trim().startsWith('{')) return (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
    throw error;
  }
}

describe('the built HTML passes the Nu HTML Checker', () => {
  it('vnu.jar reports no error on any page in dist/', async () => {
    assertDistBuilt();
    const messages = await runNu(DIST_DIR);
    const problems = messages.map((m) => {
      const file = m.url ? relative(DIST_DIR, fileURLToPath(m.url)) : '(no file)';
      return `${file}:${m.firstLine ?? m.lastLine}:${m.firstColumn ?? ''} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`;
    });
    expect(problems).toEqual([]);
  }, 180_000);
});
