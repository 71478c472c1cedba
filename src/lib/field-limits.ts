/**
 * How much a reader can type into each kind of field. Generous for what the field is for (a long list of
 * orders is fine), small enough that the live letter repaints within a frame or two on a slow phone (see the
 * bench's "island" section); a browser's maxlength enforces it, and values saved above it load shortened.
 */
import type { PlaceholderKind } from './model.ts';

export const FIELD_LIMITS: Readonly<Record<PlaceholderKind, number>> = {
  text: 300,
  date: 40,
  asin: 40,
  'order-id': 100,
  email: 254,
  number: 40,
  list: 10_000,
  multiline: 10_000,
};

/** One point of the Plan-of-Action builder. */
export const POINT_LIMIT = 2_000;
/** Points per builder section. */
export const POINTS_PER_SECTION = 50;

/** A value cut to `limit` characters (whole code points, so no half emoji is left behind). */
export function clampText(value: string, limit: number): string {
  if (value.length <= limit) return value;
  let cut = value.slice(0, limit);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}
