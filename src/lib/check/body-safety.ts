/**
 * What an entry's Markdown body may contain, and what images it may show. Host staff write plain
 * Markdown; nothing they write may run code in a reader's browser. Bodies are parsed with Sätteri,
 * the same parser Astro renders them with, so what is checked is exactly what would be published.
 *
 * - `.md`: no raw HTML at all (it is where <script>, onerror= and friends hide);
 * - links: only http(s), mailto, tel or addresses within the site; images: http(s) or relative;
 * - `.mdx`: no import/export, no {expressions}, only the components listed below, each with only
 *   its declared props written as plain quoted text (no Astro directives such as set:html, no on*,
 *   no style, no {...spread});
 * - SVG images are published byte for byte, so one holding script runs when its address is opened:
 *   only inert drawings are accepted (see svgProblems).
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

interface ComponentRule {
  /** How to write it, shown in hints. */
  how: string;
  /** Props the component declares; each may only be given as quoted text. */
  props: readonly string[];
}

/** Components an MDX entry may use; the site supplies them to every MDX body (src/components/mdx/). */
export const MDX_COMPONENTS: Readonly<Record<string, ComponentRule>> = Object.freeze({
  Catatan: { how: '<Catatan>Sumber menulis … ; yang dimaksud …</Catatan>', props: [] },
});

/** Looked up as an own key: `toString`, `constructor` and other inherited names are not components. */
export function allowedComponent(name: string): ComponentRule | undefined {
  return Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name] : undefined;
}

const COMPONENT_LIST = () =>
  Object.entries(MDX_COMPONENTS)
    .map(([n, rule]) => `${n} (${rule.how})`)
    .join('; ');

/**
 * How a browser would read a link in a body: resolved against a page of the site, the way an
 * `<a href>` is (tabs, newlines and leading spaces dropped, scheme case-folded). Only these lead
 * somewhere harmless.
 */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const BASE = 'https://lintas.invalid/halaman/';

export function safeBodyUrl(url: string, kind: 'link' | 'image'): boolean {
  try {
    return (kind === 'link' ? LINK_PROTOCOLS : IMAGE_PROTOCOLS).has(new URL(url, BASE).protocol);
  } catch {
    return false;
  }
}

export interface BodyProblem {
  line?: number;
  message: string;
  hint: string;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const plainText = (node: Node): string => (node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : '') + (node.children ?? []).map(plainText).join('');

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Why an attribute on an allowed component is refused, in the author's terms. */
function attributeProblem(component: string, rule: ComponentRule, attr: { type: string; name?: string; value?: unknown }): BodyProblem | undefined {
  const declared = rule.props.length ? `atribut yang boleh: ${rule.props.join(', ')}, ditulis sebagai teks dalam tanda kutip` : `<${component}> tidak memakai atribut; tulis isinya di antara <${component}> dan </${component}>`;
  if (attr.type !== 'mdxJsxAttribute') return { message: `atribut sebaran {…} pada <${component}> tidak diizinkan`, hint: declared };
  const name = attr.name ?? '';
  if (/[:]/.test(name)) return { message: `direktif Astro "${name}" pada <${component}> tidak diizinkan`, hint: `direktif (set:html, client:*, is:raw, class:list, define:vars, …) dapat menyisipkan kode; ${declared}` };
  if (/^on/i.test(name)) return { message: `atribut peristiwa "${name}" pada <${component}> tidak diizinkan`, hint: declared };
  if (name.toLowerCase() === 'style') return { message: `atribut style pada <${component}> tidak diizinkan`, hint: declared };
  if (!rule.props.includes(name)) return { message: `atribut "${name}" tidak dikenal pada <${component}>`, hint: declared };
  if (typeof attr.value !== 'string') return { message: `atribut "${name}" pada <${component}> harus berupa teks dalam tanda kutip`, hint: `mis. ${name}="…" tanpa {…}` };
  return undefined;
}

/** "5:1: Expected a closing tag for `<Catatan>` …" → line 5 and an Indonesian message. */
function parseFailure(error: unknown, format: 'md' | 'mdx'): BodyProblem {
  const text = (error as Error).message.split('\n')[0] ?? '';
  const at = /^(\d+):(\d+):\s*/.exec(text);
  const detail = text.slice(at?.[0].length ?? 0).replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
  const closing = /closing tag for `<([^>]*)>`/.exec(detail);
  const message = closing
    ? `tag <${closing[1]}> tidak ditutup`
    : /expression|brace/i.test(detail)
      ? 'tanda kurung kurawal { } tidak berpasangan'
      : `isi tidak terbaca sebagai ${format.toUpperCase()} (${clip(detail)})`;
  return {
    line: at ? Number(at[1]) : undefined,
    message,
    hint: closing ? `tutup dengan </${closing[1]}>, atau tulis tanpa tanda < >` : 'periksa tanda < > { } yang tidak berpasangan; di MDX tulis tanda kurung kurawal sebagai \\{ dan \\}',
  };
}

/**
 * Problems in a body. Line numbers are those of `body` as given; pass the body with the frontmatter
 * blanked out (as Astro does) and they are the lines of the file.
 */
export function checkBody(body: string, format: 'md' | 'mdx'): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as unknown as Node;
  } catch (error) {
    return [parseFailure(error, format)];
  }
  let previousDepth = 1;
  const visit = (node: Node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'html':
        problems.push({ line, message: `HTML mentah tidak diizinkan: ${clip(node.value ?? '')}`, hint: 'tulis dengan Markdown biasa (judul bagian ##, daftar -, tautan [teks](https://…))' });
        break;
      case 'heading': {
        // html-validate (empty-heading) and screen readers need words in every heading.
        if (!plainText(node).trim()) problems.push({ line, message: 'judul bagian kosong', hint: 'tulis judulnya sesudah tanda #, atau hapus baris itu' });
        // The page has its own <h1> and puts the body under an <h1> or <h2>: a body starts its
        // sections at ## and never skips a level (html-validate heading-level; screen-reader outline).
        const depth = node.depth ?? 2;
        if (depth === 1) problems.push({ line, message: 'judul # (tingkat 1) dipakai judul halaman', hint: 'pakai ## untuk bagian dan ### untuk sub-bagian' });
        else if (depth > previousDepth + 1) {
          problems.push({ line, message: `judul bagian melompat dari ${'#'.repeat(previousDepth)} ke ${'#'.repeat(depth)}`, hint: `pakai ${'#'.repeat(previousDepth + 1)}: bagian dimulai dengan ##, sub-bagian ###, tanpa melompati tingkat` });
        }
        previousDepth = Math.max(depth, 1);
        break;
      }
      case 'link':
        // html-validate (wcag/h30) and screen readers need words in every link.
        if (!plainText(node).trim() && !(node.children ?? []).some((child) => child.type === 'image' && child.alt?.trim())) {
          problems.push({ line, message: `tautan tanpa teks: ${clip(node.url ?? '')}`, hint: 'tulis teks tautannya di antara [ dan ], mis. [berita Kabupaten Banyuwangi](https://…)' });
        }
      // falls through: its address is checked like a definition's
      case 'definition':
        if (node.url !== undefined && !safeBodyUrl(node.url, 'link')) {
          problems.push({ line, message: `alamat tidak aman: ${clip(node.url)}`, hint: 'pakai alamat https://… atau alamat halaman Lintas seperti /inovasi/…' });
        }
        break;
      case 'image':
        if (node.url !== undefined && !safeBodyUrl(node.url, 'image')) {
          problems.push({ line, message: `alamat gambar tidak aman: ${clip(node.url)}`, hint: 'simpan gambar di folder entri dan tulis ![keterangan](./nama-entri/foto.jpg), atau pakai alamat https://…' });
        }
        break;
      case 'mdxjsEsm':
        problems.push({ line, message: `import/export tidak diizinkan: ${clip(node.value ?? '')}`, hint: `komponen yang boleh dipakai tersedia tanpa import: ${Object.keys(MDX_COMPONENTS).join(', ')}` });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ line, message: `ekspresi {…} tidak diizinkan: {${clip(node.value ?? '')}}`, hint: 'tulis teks biasa; tanda kurung kurawal hanya untuk pengembang (tulis \\{ bila perlu)' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const rule = allowedComponent(name);
        if (!rule) {
          problems.push({ line, message: `komponen <${name || 'fragmen'}> tidak diizinkan`, hint: `komponen yang boleh: ${COMPONENT_LIST()}` });
          break;
        }
        for (const attr of node.attributes ?? []) {
          const problem = attributeProblem(name, rule, attr);
          if (problem) problems.push({ line, ...problem });
        }
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** Numeric and the five predefined XML character references, so `&#106;avascript:` is seen as written. */
function decodeXmlReferences(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    const code = hex ? parseInt(hex, 16) : dec ? parseInt(dec, 10) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return named[name!.toLowerCase()] ?? whole;
  });
}

const SVG_HINT = 'simpan ulang gambar sebagai PNG atau JPEG (mis. ekspor dari aplikasi gambarnya), atau hapus bagian itu dari file SVG';

/**
 * Why an SVG file may not be published. An SVG is copied to /_astro/ byte for byte and opened
 * there as a document of the site, where the page's CSP does not reach: script, event handlers,
 * foreignObject (HTML inside), entity declarations and references to anything outside the file
 * are refused. Rasterising would also be safe, but it needs an SVG renderer in the build for every
 * image; refusing with a hint keeps the build simple and authors mostly have PNG/JPEG anyway.
 */
export function svgProblems(svg: string): { message: string; hint: string }[] {
  const problems: { message: string; hint: string }[] = [];
  const text = decodeXmlReferences(svg.replace(/<!--[\s\S]*?-->/g, ''));
  const add = (message: string) => problems.push({ message, hint: SVG_HINT });
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) add('SVG memuat deklarasi <!DOCTYPE>/<!ENTITY>');
  if (/<(?:[a-z0-9_-]+:)?script\b/i.test(text)) add('SVG memuat <script>');
  if (/<(?:[a-z0-9_-]+:)?foreignObject\b/i.test(text)) add('SVG memuat <foreignObject> (HTML di dalam gambar)');
  if (/<(?:[a-z0-9_-]+:)?(?:iframe|embed|object|handler|listener)\b/i.test(text)) add('SVG memuat elemen penyemat (iframe/embed/object)');
  const handlers = [...text.matchAll(/[\s"'/](on[a-z]+)\s*=/gi)].map((m) => m[1]);
  if (handlers.length) add(`SVG memuat penangan peristiwa (${[...new Set(handlers)].slice(0, 3).join(', ')})`);
  if (/javascript\s*:|vbscript\s*:/i.test(text.replace(/[\t\n\r]/g, ''))) add('SVG memuat alamat javascript:');
  const refs = [...text.matchAll(/(?:^|[\s"'])((?:[a-z]+:)?href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => (m[2] ?? m[3] ?? '').trim());
  const external = refs.filter((ref) => !ref.startsWith('#'));
  const urls = [...text.matchAll(/url\(\s*['"]?([^'")]*)/gi)].map((m) => m[1]!.trim()).filter((ref) => !ref.startsWith('#'));
  if (external.length || urls.length || /@import/i.test(text)) add(`SVG merujuk ke luar file (${clip([...external, ...urls][0] ?? '@import')})`);
  if (/<(?:[a-z0-9_-]+:)?(?:set|animate)\b[^>]*attributeName\s*=\s*["'](?:[a-z]+:)?href/i.test(text)) add('SVG mengubah tautan lewat animasi');
  return problems;
}

/**
 * The id Astro gives a heading: github-slugger's rule (lower case, punctuation and symbols dropped,
 * spaces to hyphens), which Astro's Markdown processor applies to every heading of a body.
 */
export function headingSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every heading of a body with its line and the id Astro will give it. */
export function bodyHeadings(body: string, format: 'md' | 'mdx'): { line?: number; text: string; slug: string }[] {
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as unknown as Node;
  } catch {
    return []; // checkBody reports why it cannot be read
  }
  const textOf = (node: Node): string => (node.value ?? '') + (node.children ?? []).map(textOf).join('');
  const headings: { line?: number; text: string; slug: string }[] = [];
  const visit = (node: Node) => {
    if (node.type === 'heading') {
      const text = textOf(node);
      headings.push({ line: node.position?.start.line, text, slug: headingSlug(text) });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return headings;
}

