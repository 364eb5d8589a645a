/**
 * Where each source is cited on the page being rendered, so its entry in the source list can lead
 * back to those places (WCAG 2.4.4: a reader who followed "[1]" can return). Kept per render in
 * `Astro.locals`. Citation links register as they render; a source list rendered after them (it
 * always comes last on a page) reads the register. A citation rendered later would only lack its
 * backlink, never produce a broken one.
 */
import { anchors } from './links.ts';

type Register = Map<string, string[]>;
interface WithCitations { citations?: Register }

/** Registers one citation of `source` and returns the id its link carries. */
export function citeAt(locals: object, source: string | number): string {
  const register = ((locals as WithCitations).citations ??= new Map());
  const key = String(source);
  const ids = register.get(key) ?? [];
  const id = anchors.citation(key, ids.length + 1);
  register.set(key, [...ids, id]);
  return id;
}

/** The ids of the places `source` was cited, in the order they were rendered. */
export function citationsOf(locals: object, source: string | number): string[] {
  return (locals as WithCitations).citations?.get(String(source)) ?? [];
}
