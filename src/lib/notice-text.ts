/**
 * How the notice decoder reads text: one normal form for a pasted notice and for the signal phrases of
 * content/notice-kinds.yaml, so a phrase matches whatever copy-paste did to it. Width (NFKC: full-width Ｂ０Ｄ → B0D),
 * case, markup, zero-width and control characters, Traditional script (through a character map built from the
 * signals) and every space, line break and punctuation mark between letters are normalised away. Pure.
 */

/** Markup a paste from a web page or an e-mail client can carry: tags, comments, entities. */
const TAG_RE = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY_RE = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi;

function decodeEntity(match: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return ENTITIES[body.toLowerCase()] ?? match;
}

/**
 * Readable plain text from a paste: markup and entities out, control and zero-width characters out (line breaks
 * kept), full-width letters and digits to their ASCII forms. Used for extraction, where word edges matter.
 */
export function plainText(text: string): string {
  return (
    text
      .replace(TAG_RE, ' ')
      .replace(ENTITY_RE, decodeEntity)
      .normalize('NFKC')
      .replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '')
      // eslint-disable-next-line no-control-regex -- control characters from a paste are exactly what this removes
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' ')
      .replace(/\r\n?/g, '\n')
  );
}

/** Traditional → Simplified, character by character, for the characters the map knows. */
export function toSimplified(text: string, t2s: ReadonlyMap<string, string>): string {
  if (!t2s.size) return text;
  let out = '';
  for (const char of text) out += t2s.get(char) ?? char;
  return out;
}

/** Characters written either way in the same word (帐户 and 账户; Taiwan's 帳戶), folded to one. */
const VARIANTS: Record<string, string> = { 帐: '账', 帳: '账', 賬: '账' };
const VARIANT_RE = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'g');

/** Lower case, simplified script, letters and digits only: "Drop-\nShipping  Policy" → "dropshippingpolicy". */
export function squeeze(text: string, t2s: ReadonlyMap<string, string> = new Map()): string {
  return toSimplified(plainText(text).toLowerCase(), t2s)
    .replace(VARIANT_RE, (c) => VARIANTS[c]!)
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A Latin phrase short enough to occur inside other words ("odr" in "methodrefund") is matched as a whole word. */
export const isShortLatin = (squeezed: string) => squeezed.length <= 5 && /^[a-z0-9]+$/.test(squeezed);

/** The whole Latin words of a text (lower case), for short phrases. */
export function latinWords(text: string): Set<string> {
  return new Set(
    plainText(text)
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [],
  );
}
