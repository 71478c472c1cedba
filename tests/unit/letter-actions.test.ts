import { describe, expect, it } from 'vitest';
import { downloadName, downloadText, MAIL_BODY_LIMIT, mailtoHref } from '../../src/lib/letter-actions';

describe('downloadText', () => {
  it('puts the subject, a blank line, then the letter', () => {
    expect(downloadText('Plan of Action – Acme', 'Dear team,\n\nThanks.')).toBe('Plan of Action – Acme\n\nDear team,\n\nThanks.\n');
  });
  it('is just the letter when there is no subject', () => {
    expect(downloadText(undefined, 'Hello')).toBe('Hello\n');
    expect(downloadText('', 'Hello')).toBe('Hello\n');
  });
});

describe('downloadName', () => {
  it('is the slug, with the chosen version when there is a choice', () => {
    expect(downloadName('odr-a-to-z-vacation')).toBe('odr-a-to-z-vacation.txt');
    expect(downloadName('vip-group-invitation', 'compliant')).toBe('vip-group-invitation-compliant.txt');
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body, with CRLF line breaks', () => {
    const { href, bodyIncluded } = mailtoHref('seller-performance@amazon.com', 'Plan & Action – #1', 'Line 1\nLine 2 ?&=');
    expect(bodyIncluded).toBe(true);
    expect(href).toBe('mailto:seller-performance@amazon.com?subject=Plan%20%26%20Action%20%E2%80%93%20%231&body=Line%201%0D%0ALine%202%20%3F%26%3D');
    const url = new URL(href);
    expect(decodeURIComponent(url.search.split('&body=')[1]!)).toBe('Line 1\r\nLine 2 ?&=');
  });
  it('works without an address or subject', () => {
    expect(mailtoHref('', undefined, 'Hi').href).toBe('mailto:?body=Hi');
  });
  it('leaves out a body that is too long for a mail link', () => {
    const long = 'x'.repeat(MAIL_BODY_LIMIT + 1);
    expect(mailtoHref('a@b.com', 'S', long)).toEqual({ href: 'mailto:a@b.com?subject=S', bodyIncluded: false });
    expect(mailtoHref('a@b.com', 'S', long.slice(1)).bodyIncluded).toBe(true);
  });
});
