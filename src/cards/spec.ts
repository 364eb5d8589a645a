/**
 * What a page declares about its share card: one zod schema per card kind, joined into a
 * discriminated union on `kind`. The TypeScript types are inferred from the schemas, so the type
 * the layout checks against and the shape the build validates are the same thing.
 * Identifiers are English; values (`kind: 'inovasi'`, labels, text) stay Indonesian.
 * Pure module: no filesystem, no renderer, safe to import from .astro files.
 */
import { z } from 'astro/zod';

/** Text that is not blank. Not trimmed: the spec reaches the cache key and the card unchanged. */
const text = z.string({ error: 'harus teks' }).regex(/\S/, { error: 'harus teks tidak kosong' });
const count = z.number({ error: 'harus bilangan bulat ≥ 0' }).int({ error: 'harus bilangan bulat ≥ 0' }).min(0, { error: 'harus bilangan bulat ≥ 0' });
const textOrNumber = z.union([text, z.number()], { error: 'harus teks tidak kosong atau angka' });

/** Unknown fields are errors, named, so a typo in a page's spec fails the build instead of vanishing. */
function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `kolom tak dikenal: ${issue.keys.join(', ')}` : undefined),
  });
}

/** One kind of card: its `kind` value, the `title` every card has, and the kind's own fields. */
function card<Kind extends string, Shape extends z.ZodRawShape>(kind: Kind, shape: Shape) {
  return strict({ kind: z.literal(kind), title: text, ...shape });
}

/** A labelled figure shown at the foot of a card, e.g. `{ label: 'Desa', value: 154 }`. */
export const CardFactSchema = strict({
  label: text,
  /** Numbers are formatted the Indonesian way (167.000). */
  value: textOrNumber,
});
export type CardFact = z.infer<typeof CardFactSchema>;

const facts = z.array(CardFactSchema).max(3, { error: 'paling banyak 3 fakta' });

/** An innovation page: title, host region, status. */
export const InnovationCardSchema = card('inovasi', {
  /** Host region, full official name: "Kabupaten Banyuwangi". */
  region: text,
  province: text.optional(),
  /** Status in Indonesian as shown on the page: "Berjalan", "Selesai", … */
  status: text.optional(),
  /** Year the innovation started. */
  year: textOrNumber.optional(),
});
export type InnovationCard = z.infer<typeof InnovationCardSchema>;

/** A playbook page: title and number of stages. */
export const PlaybookCardSchema = card('panduan', {
  stages: count,
  /** Region whose practice the playbook documents. */
  region: text.optional(),
});
export type PlaybookCard = z.infer<typeof PlaybookCardSchema>;

/** A visit page: visitor → host, date, delegation size. */
export const VisitCardSchema = card('kunjungan', {
  visitor: text,
  host: text,
  /** ISO date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); shown as "2 Juli 2019". */
  date: text,
  /** Number of people in the delegation, when the source says. */
  delegationSize: count.optional(),
  /** The delegation in words when a bare number would mislead, e.g. "Bupati + 20 asisten dan kepala dinas". */
  delegation: text.optional(),
});
export type VisitCard = z.infer<typeof VisitCardSchema>;

/** A region page (regency, city or province): its full name as title ("Kabupaten Katingan"), province, key counts. */
export const RegionCardSchema = card('daerah', {
  /** Province, for regencies and cities. */
  province: text.optional(),
  /** Up to three key counts: `[{ label: 'Kecamatan', value: 13 }, …]`. */
  facts: facts.optional(),
});
export type RegionCard = z.infer<typeof RegionCardSchema>;

/** One row of a comparison card: a label and the two regions' values, in `regions` order. */
export const ComparisonFigureSchema = strict({
  label: text,
  values: z.tuple([textOrNumber, textOrNumber], { error: 'harus dua nilai [a, b]' }),
});
export type ComparisonFigure = z.infer<typeof ComparisonFigureSchema>;

/** A comparison page: both regions and one to three key figures side by side. */
export const ComparisonCardSchema = card('perbandingan', {
  regions: z.tuple([text, text], { error: 'harus dua nama daerah' }),
  figures: z
    .array(ComparisonFigureSchema, { error: 'harus daftar 1–3 angka' })
    .min(1, { error: 'harus daftar 1–3 angka' })
    .max(3, { error: 'harus daftar 1–3 angka' }),
});
export type ComparisonCard = z.infer<typeof ComparisonCardSchema>;

/** A list page (all innovations, all regions, search …). */
export const ListCardSchema = card('daftar', {
  /** Section label shown on the card, e.g. "Inovasi"; default "Daftar". */
  section: text.optional(),
  /** Number of items listed, with its noun: 5 + "inovasi". */
  count: count.optional(),
  noun: text.optional(),
  description: text.optional(),
});
export type ListCard = z.infer<typeof ListCardSchema>;

/** The home page. */
export const HomeCardSchema = card('beranda', {
  description: text.optional(),
  facts: facts.optional(),
});
export type HomeCard = z.infer<typeof HomeCardSchema>;

/** Every kind of card, in the order the README documents them. */
export const cardSpecKinds = ['inovasi', 'panduan', 'kunjungan', 'daerah', 'perbandingan', 'daftar', 'beranda'] as const;

export const CardSpecSchema = z.discriminatedUnion(
  'kind',
  [InnovationCardSchema, PlaybookCardSchema, VisitCardSchema, RegionCardSchema, ComparisonCardSchema, ListCardSchema, HomeCardSchema],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `harus salah satu dari ${cardSpecKinds.join(', ')}` : issue.code === 'invalid_type' ? 'spec harus objek JSON' : undefined,
  },
);
export type CardSpec = z.infer<typeof CardSpecSchema>;
export type CardKind = CardSpec['kind'];

// Compile-time: the kind list names every member of the union, and nothing else.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<(typeof cardSpecKinds)[number], CardKind> = true;
void kindsMatch;

/** `id` of the `<script type="application/json">` element that carries a page's spec. */
export const CARD_SCRIPT_ID = 'lintas-card';
/** Folder (under the site root) where cards are written. */
export const CARD_DIR = '/kartu';

/**
 * Where a page's card lives, relative to the site root (prefix `site` + `base` for og:image).
 * `/` → `/kartu/beranda.png`; `/inovasi/smart-kampung-banyuwangi/` → `/kartu/inovasi/smart-kampung-banyuwangi.png`;
 * `/404.html` → `/kartu/404.png`.
 */
export function cardPathFor(pagePath: string): string {
  let path = pagePath.split(/[?#]/)[0] ?? '';
  path = path.replace(/\/index\.html?$/i, '/').replace(/\.html?$/i, '');
  const segments = path.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length === 0) return `${CARD_DIR}/beranda.png`;
  return `${CARD_DIR}/${segments.join('/')}.png`;
}

/**
 * The spec as text safe to put inside `<script type="application/json">`: `<`, `>`, `&` and the
 * JavaScript line separators are escaped, so a title containing `</script>` cannot end the element.
 */
export function cardSpecJson(spec: CardSpec): string {
  return JSON.stringify(spec).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const indonesian = z.locales.id().localeError;

export type CardSpecCheck = { ok: true; spec: CardSpec } | { ok: false; errors: string[] };

/** `['figures', 1, 'values', 0]` → `figures[1].values[0]`: the field as a page author would look for it. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

/**
 * Checks an untrusted value (read back from a built page) against `CardSpecSchema`; every problem
 * is returned as "field: problem". Zod's generic messages are Indonesian for this parse only, so
 * the result never depends on the global zod locale.
 */
export function validateCardSpec(value: unknown): CardSpecCheck {
  const result = CardSpecSchema.safeParse(value, { error: indonesian });
  if (result.success) return { ok: true, spec: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => (issue.path.length ? `${fieldName(issue.path)}: ${issue.message}` : issue.message)) };
}
