/** What the island's Download and "Open in email" actions produce from a finished letter. Pure, unit-tested. */

/** Longer bodies are cut or refused by some mail apps and browsers, so the island suggests Copy instead. */
export const MAIL_BODY_LIMIT = 1800;

/** The .txt file: subject line (when there is one), a blank line, the letter. */
export function downloadText(subject: string | undefined, letter: string): string {
  return `${subject ? `${subject}\n\n` : ''}${letter}\n`;
}

/** File name for a download: the template slug, plus the version when the reader can pick one. */
export function downloadName(slug: string, version?: string): string {
  return `${slug}${version ? `-${version}` : ''}.txt`;
}

/**
 * A mailto: link (RFC 6068: line breaks as CRLF, every value percent-encoded). The body is left out when it is
 * longer than MAIL_BODY_LIMIT; the caller then tells the reader to paste the copied letter instead.
 */
export function mailtoHref(to: string, subject: string | undefined, body: string): { href: string; bodyIncluded: boolean } {
  const bodyIncluded = body.length <= MAIL_BODY_LIMIT;
  const query = [
    subject ? `subject=${encodeURIComponent(subject)}` : '',
    bodyIncluded ? `body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}` : '',
  ].filter(Boolean);
  return { href: `mailto:${to.split('@').map(encodeURIComponent).join('@')}${query.length ? `?${query.join('&')}` : ''}`, bodyIncluded };
}
