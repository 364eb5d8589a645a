/**
 * Card templates: one function per page kind, each returning an element tree made of plain
 * objects (`{ type, props: { style, children } }`), so no React/JSX runtime is needed.
 * Pure: text measurement and glyph coverage come in through `ctx`.
 *
 * Layout (1200 × 630): brand green background, white text. Top: the "Lintas · belajar lintas
 * daerah" wordmark and the page kind label. Middle: an optional context line and the big title.
 * Bottom: two or three key facts.
 */
import type { CardFact, CardKind, CardSpec, ComparisonCard, HomeCard, InnovationCard, ListCard, PlaybookCard, RegionCard, VisitCard } from './spec.ts';
import { fitText, sanitizeText } from './text.ts';
import { FONT_FAMILY } from './fonts.ts';
import { formatDate } from '../domain/dates.ts';
import { KINDS, type KindDef } from '../domain/kinds.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when a template's look changes: it is part of every card's cache key. */
export const TEMPLATE_VERSION = 1;

const BRAND = '#00594c';
const INK_SOFT = '#c4e6df'; // secondary text on brand: contrast 6.0 : 1
const RULE = '#2b7a6e';
const PAD_X = 72;
const PAD_TOP = 56;
const PAD_BOTTOM = 44;
const STRIP = 14;
const HEADER = 52;
const FACTS = 108;
const INNER = CARD_WIDTH - 2 * PAD_X;

export interface TemplateContext {
  covers(codePoint: number): boolean;
  measure(text: string, size: number, weight: 400 | 700): number;
}

export interface CardElement {
  type: string;
  props: { style?: Record<string, unknown>; children?: CardChild | CardChild[]; [key: string]: unknown };
}
type CardChild = CardElement | string;

function el(type: string, style: Record<string, unknown>, children?: CardChild | CardChild[], extra: Record<string, unknown> = {}): CardElement {
  return { type, props: { ...extra, style, ...(children === undefined ? {} : { children }) } };
}

/** The label in a card's header: a content kind's own name from the kinds registry; lists and the home page their own. */
export const KIND_LABELS = {
  ...Object.fromEntries((Object.values(KINDS) as KindDef[]).flatMap((k) => (k.card ? [[k.card, k.searchType]] : []))),
  daftar: 'Daftar',
  beranda: '',
} as Record<CardKind, string>;

const numberFormat = new Intl.NumberFormat('id-ID');
export function formatValue(value: string | number): string {
  return typeof value === 'number' ? numberFormat.format(value) : value;
}

/** Dates read on cards as on the pages: `2019-07-02` → `2 Juli 2019`. */
export { formatDate };

/** One line of text, shrunk through `sizes` and clamped with an ellipsis if still too wide. */
function oneLine(ctx: TemplateContext, text: string, width: number, sizes: number[], weight: 400 | 700) {
  const fitted = fitText(text, { width, height: 1e6, sizes, lineHeight: 1.2, maxLines: 1, measure: (t, s) => ctx.measure(t, s, weight) });
  return { size: fitted.size, text: fitted.lines[0] ?? '' };
}

function textLines(lines: string[], style: Record<string, unknown>): CardElement {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', ...style },
    lines.map((line) => el('div', { display: 'flex', whiteSpace: 'nowrap' }, line)),
  );
}

function header(ctx: TemplateContext, label: string): CardElement {
  const children: CardChild[] = [
    el('div', { display: 'flex', alignItems: 'baseline' }, [
      el('div', { fontSize: 34, fontWeight: 700, color: '#ffffff' }, 'Lintas'),
      el('div', { fontSize: 26, color: INK_SOFT, marginLeft: 12 }, '· belajar lintas daerah'),
    ]),
  ];
  const clean = sanitizeText(label, ctx.covers);
  if (clean) {
    const fitted = oneLine(ctx, clean.toUpperCase(), 420, [24, 20], 700);
    children.push(
      el(
        'div',
        {
          display: 'flex',
          backgroundColor: '#ffffff',
          color: BRAND,
          fontSize: fitted.size,
          fontWeight: 700,
          letterSpacing: 2,
          padding: '8px 18px',
          borderRadius: 6,
          whiteSpace: 'nowrap',
        },
        fitted.text,
      ),
    );
  }
  return el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: HEADER, flexShrink: 0 }, children);
}

function frame(ctx: TemplateContext, label: string, body: CardElement[]): CardElement {
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
      backgroundColor: BRAND,
      color: '#ffffff',
      fontFamily: FONT_FAMILY,
      borderBottom: `${STRIP}px solid ${INK_SOFT}`,
      overflow: 'hidden',
    },
    [header(ctx, label), ...body],
  );
}

/** The middle: an optional context line above the big title, vertically centred. */
function middle(ctx: TemplateContext, title: string, kicker: CardChild | undefined, height: number, sizes = [76, 68, 60, 52, 46]): CardElement {
  const clean = sanitizeText(title, ctx.covers) || 'Lintas';
  // Room for the context line (≈ 41 px + 14 px margin) and 40 px of air around the block.
  const kickerHeight = kicker === undefined ? 0 : 56;
  const fitted = fitText(clean, {
    width: INNER,
    height: height - kickerHeight - 40,
    sizes,
    lineHeight: 1.15,
    maxLines: 4,
    measure: (t, s) => ctx.measure(t, s, 700),
  });
  const children: CardChild[] = [];
  if (kicker !== undefined) children.push(kicker);
  children.push(textLines(fitted.lines, { fontSize: fitted.size, fontWeight: 700, lineHeight: 1.15 }));
  return el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, height, overflow: 'hidden' }, children);
}

function kickerText(ctx: TemplateContext, text: string, bold = false): CardElement {
  const weight = bold ? 700 : 400;
  const fitted = oneLine(ctx, sanitizeText(text, ctx.covers), INNER, [30, 26], weight);
  return el('div', { display: 'flex', fontSize: fitted.size, fontWeight: weight, color: INK_SOFT, marginBottom: 14, whiteSpace: 'nowrap' }, fitted.text);
}

function arrow(size: number): CardElement {
  return el('svg', { margin: `0 ${Math.round(size * 0.4)}px`, flexShrink: 0 }, [
    el('path', {}, undefined, { d: 'M2 11h16.5l-6-6 1.5-1.5L22.5 12 14 20.5 12.5 19l6-6H2z', fill: INK_SOFT }),
  ], { width: size, height: size, viewBox: '0 0 24 24' });
}

/** Visitor → host on one line; each name shrinks/clamps to half the width. */
function route(ctx: TemplateContext, from: string, to: string): CardElement {
  const half = (INNER - 60) / 2;
  const a = oneLine(ctx, sanitizeText(from, ctx.covers), half, [30, 26, 22], 700);
  const b = oneLine(ctx, sanitizeText(to, ctx.covers), half, [30, 26, 22], 700);
  const size = Math.min(a.size, b.size);
  return el('div', { display: 'flex', alignItems: 'center', fontSize: size, fontWeight: 700, color: INK_SOFT, marginBottom: 14, whiteSpace: 'nowrap' }, [
    el('div', { display: 'flex' }, a.text),
    arrow(size),
    el('div', { display: 'flex' }, b.text),
  ]);
}

/** The foot: up to three facts in equal columns, label above value; values share one size. */
function factRow(ctx: TemplateContext, facts: CardFact[]): CardElement {
  const shown = facts
    .map((f) => ({ label: sanitizeText(f.label, ctx.covers), value: sanitizeText(formatValue(f.value), ctx.covers) }))
    .filter((f) => f.label && f.value)
    .slice(0, 3);
  const gap = 48;
  const count = Math.max(shown.length, 1);
  const column = (INNER - gap * (count - 1)) / count;
  const sizes = [36, 32, 28, 24];
  const size = Math.min(...shown.map((f) => oneLine(ctx, f.value, column, sizes, 700).size), sizes[0]!);
  return el(
    'div',
    { display: 'flex', borderTop: `2px solid ${RULE}`, paddingTop: 22, height: FACTS, flexShrink: 0 },
    shown.map((f, i) => {
      const label = oneLine(ctx, f.label, column, [22, 20], 400);
      const value = oneLine(ctx, f.value, column, [size], 700);
      return el('div', { display: 'flex', flexDirection: 'column', width: column, marginLeft: i === 0 ? 0 : gap }, [
        el('div', { display: 'flex', fontSize: label.size, color: INK_SOFT, whiteSpace: 'nowrap' }, label.text),
        el('div', { display: 'flex', fontSize: value.size, fontWeight: 700, marginTop: 6, whiteSpace: 'nowrap' }, value.text),
      ]);
    }),
  );
}

/** Height left for the middle block when a fact row is shown. */
const MIDDLE_ALONE = CARD_HEIGHT - PAD_TOP - PAD_BOTTOM - STRIP - HEADER;
const MIDDLE_WITH_FACTS = MIDDLE_ALONE - FACTS;

function withFacts(ctx: TemplateContext, label: string, title: string, kicker: CardChild | undefined, facts: CardFact[]): CardElement {
  const usable = facts.filter((f) => f.value !== '' && f.value !== undefined);
  if (usable.length === 0) return frame(ctx, label, [middle(ctx, title, kicker, MIDDLE_ALONE)]);
  return frame(ctx, label, [middle(ctx, title, kicker, MIDDLE_WITH_FACTS), factRow(ctx, usable)]);
}

function opt(label: string, value: string | number | undefined): CardFact[] {
  return value === undefined || value === '' ? [] : [{ label, value }];
}

export function innovationCard(spec: InnovationCard, ctx: TemplateContext): CardElement {
  const place = spec.province ? `${spec.region}, ${spec.province.replace(/^Provinsi\s+/i, '')}` : spec.region;
  const facts = [...opt('Status', spec.status), ...opt('Mulai', spec.year === undefined ? undefined : String(spec.year))];
  return withFacts(ctx, KIND_LABELS.inovasi, spec.title, kickerText(ctx, place, true), facts);
}

export function playbookCard(spec: PlaybookCard, ctx: TemplateContext): CardElement {
  const facts: CardFact[] = [{ label: 'Tahapan', value: `${formatValue(spec.stages)} tahap` }, ...opt('Dari praktik di', spec.region)];
  return withFacts(ctx, KIND_LABELS.panduan, spec.title, undefined, facts);
}

export function visitCard(spec: VisitCard, ctx: TemplateContext): CardElement {
  const facts: CardFact[] = [
    { label: 'Tanggal', value: formatDate(spec.date) },
    ...opt('Rombongan', spec.delegation ?? (spec.delegationSize === undefined ? undefined : `${formatValue(spec.delegationSize)} orang`)),
  ];
  return withFacts(ctx, KIND_LABELS.kunjungan, spec.title, route(ctx, spec.visitor, spec.host), facts);
}

export function regionCard(spec: RegionCard, ctx: TemplateContext): CardElement {
  const kicker = spec.province ? kickerText(ctx, `Provinsi ${spec.province.replace(/^Provinsi\s+/i, '')}`) : undefined;
  return withFacts(ctx, KIND_LABELS.daerah, spec.title, kicker, spec.facts ?? []);
}

export function listCard(spec: ListCard, ctx: TemplateContext): CardElement {
  const kicker = spec.description ? kickerText(ctx, spec.description) : undefined;
  const count = spec.count === undefined ? [] : [{ label: 'Jumlah', value: `${formatValue(spec.count)}${spec.noun ? ` ${spec.noun}` : ''}` }];
  return withFacts(ctx, spec.section ?? KIND_LABELS.daftar, spec.title, kicker, count);
}

export function homeCard(spec: HomeCard, ctx: TemplateContext): CardElement {
  const kicker = spec.description ? kickerText(ctx, spec.description) : undefined;
  return withFacts(ctx, KIND_LABELS.beranda, spec.title, kicker, spec.facts ?? []);
}

/** Two regions as column heads, then each figure as a row: label | value A | value B. */
export function comparisonCard(spec: ComparisonCard, ctx: TemplateContext): CardElement {
  const labelWidth = 330;
  const gap = 32;
  const valueWidth = (INNER - labelWidth - 2 * gap) / 2;
  const heads = spec.regions.map((name) => {
    const clean = sanitizeText(name, ctx.covers) || '—';
    const fitted = fitText(clean, { width: valueWidth, height: 2 * 46 * 1.15, sizes: [46, 40, 34, 30], lineHeight: 1.15, maxLines: 2, measure: (t, s) => ctx.measure(t, s, 700) });
    return textLines(fitted.lines, { width: valueWidth, marginLeft: gap, fontSize: fitted.size, fontWeight: 700, lineHeight: 1.15, justifyContent: 'flex-end' });
  });
  const figures = spec.figures.slice(0, 3);
  const rowHeight = figures.length === 3 ? 74 : 88;
  const rows = figures.map((figure) => {
    const label = fitText(sanitizeText(figure.label, ctx.covers) || '—', { width: labelWidth, height: rowHeight, sizes: [26, 22], lineHeight: 1.2, maxLines: 2, measure: (t, s) => ctx.measure(t, s, 400) });
    const values = figure.values.map((v) => oneLine(ctx, sanitizeText(formatValue(v), ctx.covers) || '—', valueWidth, [44, 38, 32, 26], 700));
    const size = Math.min(...values.map((v) => v.size));
    return el('div', { display: 'flex', alignItems: 'center', height: rowHeight, borderTop: `2px solid ${RULE}` }, [
      textLines(label.lines, { width: labelWidth, fontSize: label.size, color: INK_SOFT, lineHeight: 1.2 }),
      ...values.map((v) => el('div', { display: 'flex', width: valueWidth, marginLeft: gap, fontSize: size, fontWeight: 700, whiteSpace: 'nowrap' }, v.text)),
    ]);
  });
  return frame(ctx, KIND_LABELS.perbandingan, [
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
      el('div', { display: 'flex', alignItems: 'flex-end', paddingBottom: 18 }, [
        el('div', { display: 'flex', width: labelWidth, fontSize: 28, color: INK_SOFT }, 'dibandingkan'),
        ...heads,
      ]),
      ...rows,
    ]),
  ]);
}

/** The element tree for any spec. */
export function cardElement(spec: CardSpec, ctx: TemplateContext): CardElement {
  switch (spec.kind) {
    case 'inovasi':
      return innovationCard(spec, ctx);
    case 'panduan':
      return playbookCard(spec, ctx);
    case 'kunjungan':
      return visitCard(spec, ctx);
    case 'daerah':
      return regionCard(spec, ctx);
    case 'perbandingan':
      return comparisonCard(spec, ctx);
    case 'daftar':
      return listCard(spec, ctx);
    case 'beranda':
      return homeCard(spec, ctx);
  }
}

