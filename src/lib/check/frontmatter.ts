/**
 * Frontmatter read exactly as Astro splits it, and with the YAML core schema besides: Astro's
 * parser silently turns 2019-02-30 into 2 March and stops at the first invalid entry, so the check
 * reads every file itself and reports every problem with its line.
 */
import yaml from 'js-yaml';
import { extractFrontmatter, parseFrontmatter as astroParseFrontmatter } from 'astro/markdown';
import type { Problem } from './types.ts';

/** The entry's frontmatter and body exactly as Astro splits them, and where each starts in the file. */
export interface ParsedEntry {
  /** Frontmatter read with the YAML core schema: dates and codes stay exactly as written. */
  data: unknown;
  /** Frontmatter as Astro reads it (js-yaml default schema: unquoted dates become Date objects). */
  astroData: unknown;
  /** The body as Astro renders it, trimmed. */
  body: string;
  /** Line of the file (1-based) on which `body` starts. */
  bodyLine: number;
  /** Line of the file on which the frontmatter's first field stands. */
  frontmatterLine: number;
  /** The frontmatter text as Astro extracted it. */
  raw: string;
}

/** A frontmatter that cannot be read, with the file line where it goes wrong. */
export class FrontmatterError extends Error {
  readonly hint: string;
  readonly line?: number;
  constructor(message: string, hint: string, line?: number) {
    super(message);
    this.hint = hint;
    this.line = line;
  }
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** js-yaml's reasons, for the officials who read them. */
const YAML_REASONS: [RegExp, string, string][] = [
  [/within a double quoted scalar/, 'tanda kutip " tidak ditutup', 'tutup teks dengan tanda kutip " di akhir isiannya'],
  [/within a single quoted scalar/, "tanda kutip ' tidak ditutup", "tutup teks dengan tanda kutip ' di akhir isiannya"],
  [/flow collection|missed comma between flow/, 'tanda kurung [ atau { tidak ditutup', 'tutup daftar dengan ] (atau objek dengan }), atau tulis teks yang diawali [ atau { dalam tanda kutip'],
  [/duplicated mapping key/, 'isian yang sama ditulis dua kali', 'hapus salah satunya atau gabungkan isinya'],
  [/bad indentation/, 'indentasi tidak rata', 'samakan jumlah spasi di awal baris dengan isian sejajarnya (pakai spasi, bukan tab)'],
  [/tab characters must not be used/, 'ada karakter tab di indentasi', 'ganti tab dengan spasi'],
  [/unidentified alias/, 'alias YAML (*nama) tidak dipakai di Lintas', 'tulis nilainya langsung'],
  [/unknown tag/, 'tanda ! (tag YAML) tidak dipakai di Lintas', 'hapus tanda ! di depan nilai, atau tulis nilainya dalam tanda kutip'],
  [/.*/, 'baris ini tidak terbaca sebagai isian YAML', 'periksa tanda titik dua setelah nama isian, tanda kutip, dan indentasi; teks yang memuat ": " atau diawali tanda baca tulis dalam tanda kutip'],
];

class AnchorRefused extends Error {}

/** Refuses anchors (and so aliases): 600 bytes of nested aliases expand to gigabytes. */
const noAnchors = (event: string, state: unknown) => {
  const { anchor, line } = state as { anchor: string | null; line: number };
  if (event === 'close' && anchor !== null) throw new AnchorRefused(String(line));
};

/**
 * Splits and reads an entry the way Astro does (Astro's own splitter from `astro/markdown`): the
 * frontmatter runs from the opening `---` to the first line that starts with `---` or `+++`,
 * wherever that is, even inside a quoted text. The YAML is read twice: with the core schema for
 * the check (2019-02-30 stays as written instead of rolling over into March), and as Astro reads
 * it, so a difference Astro would trip over (an unquoted date in a text field) is seen here too.
 * Anchors and aliases are refused before Astro's reader sees them.
 */
export function parseFrontmatter(text: string): ParsedEntry {
  const raw = extractFrontmatter(text);
  if (raw === undefined) throw new FrontmatterError('tidak ada frontmatter', 'file harus diawali baris --- , lalu isian-isian, lalu baris --- lagi', 1);
  const start = text.indexOf(raw);
  const opener = text.slice(start - 3, start);
  const openLine = lineAt(text, start);
  if (opener !== '---') throw new FrontmatterError('frontmatter diawali +++ (TOML)', 'Lintas memakai frontmatter YAML: awali dan akhiri dengan baris ---', openLine);
  if (!/^[ \t]*\r?\n/.test(raw)) throw new FrontmatterError('baris pembuka frontmatter harus berisi --- saja', 'pindahkan teks sesudah --- ke baris berikutnya', openLine);
  const closeAt = start + raw.length;
  const closeLine = lineAt(text, closeAt);
  const closingRest = (text.slice(closeAt).split('\n', 1)[0] ?? '').replace(/\r$/, '');
  const laterClose = text.slice(closeAt + closingRest.length).search(/\n---[ \t]*\r?(?:\n|$)/);
  const splitHint = `Astro mengakhiri frontmatter di baris pertama yang diawali --- atau +++ (baris ${closeLine}); bila baris itu bagian dari sebuah isian, ubah awal barisnya (mis. hapus --- atau tulis teks itu dalam satu baris)`;
  if (closingRest !== '---' && !/^---\s*$/.test(closingRest)) {
    throw new FrontmatterError(`baris ${closeLine} ("${closingRest.slice(0, 40)}") mengakhiri frontmatter karena diawali ${closingRest.slice(0, 3)}`, splitHint, closeLine);
  }
  let data: unknown;
  try {
    data = yaml.load(raw, { schema: yaml.CORE_SCHEMA, listener: noAnchors }) ?? {};
  } catch (error) {
    if (error instanceof AnchorRefused) {
      throw new FrontmatterError('jangkar/alias YAML (&nama, *nama) tidak dipakai di Lintas', 'tulis setiap nilai langsung di tempatnya; alias dapat membengkakkan isi tanpa batas', openLine + Number(error.message));
    }
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const line = (error as { mark?: { line: number } }).mark ? openLine + (error as { mark: { line: number } }).mark.line : undefined;
    const [, message, hint] = YAML_REASONS.find(([pattern]) => pattern.test(reason))!;
    // A quoted text with a line starting with --- is cut there by Astro; say so rather than "quote not closed".
    throw new FrontmatterError(line ? `baris ${line}: ${message}` : message, laterClose >= 0 ? `${hint}; atau: ${splitHint}` : hint, line);
  }
  let astro: { frontmatter: unknown; content: string };
  try {
    astro = astroParseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new FrontmatterError(`Astro tidak dapat membaca frontmatter ini (${reason})`, 'tulis nilai yang bukan angka atau ya/tidak dalam tanda kutip', openLine);
  }
  const body = astro.content.trim();
  const leading = astro.content.slice(0, astro.content.length - astro.content.trimStart().length);
  return { data, astroData: astro.frontmatter, body, bodyLine: leading.split('\n').length, frontmatterLine: openLine + 1, raw };
}

/** A frontmatter that cannot be read, as the problem an author sees: what is wrong and on which line. */
export function unreadableFrontmatter(file: string, error: unknown): Problem {
  const { message, hint, line } = error instanceof FrontmatterError ? error : new FrontmatterError((error as Error).message.split('\n')[0] ?? '', 'periksa indentasi dan tanda titik dua pada isian');
  return { file, field: line === undefined ? 'frontmatter' : `frontmatter (baris ${line})`, message: `frontmatter tidak terbaca: ${message}`, hint };
}
