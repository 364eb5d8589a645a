/**
 * What an entry's Markdown body may contain. Host staff write plain Markdown; nothing they write
 * may run code in a reader's browser. Bodies are parsed with Sätteri, the same parser Astro
 * renders them with, so what is checked is exactly what would be published.
 *
 * - `.md`: no raw HTML at all (it is where <script>, onerror= and friends hide);
 * - links and images: only http(s), mailto, tel or relative addresses (no javascript:, data:);
 * - `.mdx`: no import/export, no {expressions}, and only the components listed below.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

/** Components an MDX entry may use, with how to write them; the site supplies them to every MDX body. */
export const MDX_COMPONENTS = {
  Catatan: 'Kotak catatan redaksi: <Catatan>Sumber menulis … ; yang dimaksud …</Catatan>',
} as const;

const SAFE_URL = /^(?:https?:|mailto:|tel:|[^:]*$)/i;

export interface BodyProblem {
  line?: number;
  message: string;
  hint: string;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function checkBody(body: string, format: 'md' | 'mdx'): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as unknown as Node;
  } catch (error) {
    return [{ message: `isi tidak terbaca sebagai ${format.toUpperCase()}: ${(error as Error).message.split('\n')[0]}`, hint: 'periksa tanda < > { } yang tidak berpasangan' }];
  }
  const visit = (node: Node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'html':
        problems.push({ line, message: `HTML mentah tidak diizinkan: ${clip(node.value ?? '')}`, hint: 'tulis dengan Markdown biasa (judul #, daftar -, tautan [teks](https://…))' });
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && !SAFE_URL.test(node.url.trim())) {
          problems.push({ line, message: `alamat tidak aman: ${clip(node.url)}`, hint: 'pakai alamat https://… atau alamat halaman Lintas seperti /inovasi/…' });
        }
        break;
      case 'mdxjsEsm':
        problems.push({ line, message: `import/export tidak diizinkan: ${clip(node.value ?? '')}`, hint: `komponen yang boleh dipakai tersedia tanpa import: ${Object.keys(MDX_COMPONENTS).join(', ')}` });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ line, message: `ekspresi {…} tidak diizinkan: {${clip(node.value ?? '')}}`, hint: 'tulis teks biasa; tanda kurung kurawal hanya untuk pengembang' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!(name in MDX_COMPONENTS)) {
          problems.push({ line, message: `komponen <${name || 'fragmen'}> tidak diizinkan`, hint: `komponen yang boleh: ${Object.entries(MDX_COMPONENTS).map(([n, how]) => `${n} (${how})`).join('; ')}` });
        }
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute' || (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string')) {
            problems.push({ line, message: `atribut <${name}> hanya boleh berupa teks dalam tanda kutip`, hint: 'mis. <Catatan>…</Catatan> tanpa {…}' });
          }
        }
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
