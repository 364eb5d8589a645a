/**
 * The one walker over frontmatter: every value with its path, depth first, in the order the author
 * wrote them. Text lengths, placeholders and quotes are all found with it.
 */

export type FieldPath = (string | number)[];

/**
 * Calls `visit` on `value` and on everything inside it. When `visit` returns false for an object or
 * a list, what is inside it is skipped.
 */
export function walkValues(value: unknown, visit: (value: unknown, path: FieldPath) => boolean | void, path: FieldPath = []): void {
  if (visit(value, path) === false) return;
  if (Array.isArray(value)) value.forEach((item, i) => walkValues(item, visit, [...path, i]));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walkValues(child, visit, [...path, key]);
}

/** zod path → "commitments[0].innovation" */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** The value at a zod path in raw frontmatter. */
export function valueAtPath(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}
