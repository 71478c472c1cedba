/** What the island's Download and "Open in email" actions produce from a finished letter. Pure, unit-tested. */

/**
 * Longest mailto: link, in bytes once percent-encoded (what mail apps and operating systems actually receive):
 * longer links are cut or refused by some of them, so the island suggests Copy instead. Counted in bytes, a
 * Chinese character weighs 9 (three UTF-8 bytes, each %XX), an English letter 1.
 */
export const MAIL_LINK_LIMIT = 4000;
/** Longest subject in a link, in encoded bytes; a longer one is cut (the copied or downloaded letter keeps it whole). */
export const MAIL_SUBJECT_LIMIT = 600;

/** The .txt file: subject line (when there is one), a blank line, the letter. */
export function downloadText(subject: string | undefined, letter: string): string {
  return `${subject ? `${subject}\n\n` : ''}${letter}\n`;
}

/** File name for a download: the template slug, plus the version when the reader can pick one. */
export function downloadName(slug: string, version?: string): string {
  return `${slug}${version ? `-${version}` : ''}.txt`;
}

/** `text` percent-encoded, cut at whole characters so the encoding stays within `limit` bytes. */
export function encodeWithin(text: string, limit: number): string {
  let out = '';
  for (const char of text) {
    const next = encodeURIComponent(char);
    if (out.length + next.length > limit) break;
    out += next;
  }
  return out;
}

/**
 * A mailto: link (RFC 6068: line breaks as CRLF, every value percent-encoded). The subject is cut to
 * MAIL_SUBJECT_LIMIT encoded bytes; the body is left out when the whole link would pass MAIL_LINK_LIMIT bytes,
 * and the caller then tells the reader to paste the copied letter instead.
 */
export function mailtoHref(to: string, subject: string | undefined, body: string): { href: string; bodyIncluded: boolean } {
  const head = `mailto:${to.split('@').map(encodeURIComponent).join('@')}`;
  const subjectPart = subject ? `subject=${encodeWithin(subject, MAIL_SUBJECT_LIMIT)}` : '';
  const bodyPart = `body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  const link = (parts: string[]) => {
    const query = parts.filter(Boolean);
    return `${head}${query.length ? `?${query.join('&')}` : ''}`;
  };
  const full = link([subjectPart, bodyPart]);
  const bodyIncluded = full.length <= MAIL_LINK_LIMIT;
  return { href: bodyIncluded ? full : link([subjectPart]), bodyIncluded };
}
