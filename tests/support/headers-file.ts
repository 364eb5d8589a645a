/**
 * The `_headers` file as Netlify and Cloudflare Pages read it: a path pattern on its own line, then
 * indented `Name: value` lines. `*` matches anything (slashes too), `:name` one path segment. A
 * request gets the headers of every rule it matches; one header set by two rules is sent once with
 * both values joined by ", " (Cloudflare's documented behaviour; for CSP that means both policies
 * are enforced). Used by the tests and by the test server, so the browser tests run under it.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  line: number;
  headers: [name: string, value: string][];
}

/** Parses a `_headers` file; throws naming the line on anything the hosts would reject. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.startsWith('/')) throw new Error(`_headers line ${line}: a rule starts with a path beginning with /: ${raw}`);
      rules.push({ pattern: raw.trim(), line, headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(raw);
    if (!m) throw new Error(`_headers line ${line}: expected "Name: value": ${raw}`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${line}: header before any path`);
    rule.headers.push([m[1]!, m[2]!.trim()]);
  });
  return rules;
}

export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a request for `path` receives, lower-case names; a header set by several rules has its values joined. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) (out[name.toLowerCase()] ??= []).push(value);
  }
  return Object.fromEntries(Object.entries(out).map(([name, values]) => [name, values.join(', ')]));
}

/** The rules of `<dir>/_headers`, or [] when the folder has none. */
export function readHeadersFile(dir: string): HeaderRule[] {
  const file = `${dir.replace(/\/?$/, '/')}_headers`;
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/** A CSP header value → its policies (comma-separated), each a map of directive → sources. */
export function parseCsp(value: string): Map<string, string[]>[] {
  return value.split(',').map((policy) => {
    const directives = new Map<string, string[]>();
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
    }
    return directives;
  });
}
