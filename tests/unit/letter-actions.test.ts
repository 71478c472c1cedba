import { describe, expect, it } from 'vitest';
import { downloadName, downloadText, encodeWithin, MAIL_LINK_LIMIT, MAIL_SUBJECT_LIMIT, mailtoHref } from '../../src/lib/letter-actions';

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
    expect(href).toBe(
      'mailto:seller-performance@amazon.com?subject=Plan%20%26%20Action%20%E2%80%93%20%231&body=Line%201%0D%0ALine%202%20%3F%26%3D',
    );
    const url = new URL(href);
    expect(decodeURIComponent(url.search.split('&body=')[1]!)).toBe('Line 1\r\nLine 2 ?&=');
  });
  it('works without an address or subject', () => {
    expect(mailtoHref('', undefined, 'Hi').href).toBe('mailto:?body=Hi');
  });
  it('leaves out a body when the encoded link would pass the limit, counting bytes, subject included', () => {
    const head = 'mailto:a@b.com?subject=S&body='.length;
    const fits = 'x'.repeat(MAIL_LINK_LIMIT - head);
    expect(mailtoHref('a@b.com', 'S', fits)).toEqual({ href: `mailto:a@b.com?subject=S&body=${fits}`, bodyIncluded: true });
    expect(mailtoHref('a@b.com', 'S', `${fits}x`)).toEqual({ href: 'mailto:a@b.com?subject=S', bodyIncluded: false });
    // A longer subject leaves less room for the same body.
    expect(mailtoHref('a@b.com', 'SS', fits).bodyIncluded).toBe(false);
    // 1,800 Chinese characters are 16,200 bytes once encoded: far too long, although only 1,800 characters.
    const chinese = '店'.repeat(1800);
    expect(encodeURIComponent(chinese).length).toBe(16200);
    expect(mailtoHref('a@b.com', 'S', chinese).bodyIncluded).toBe(false);
    expect(mailtoHref('a@b.com', 'S', '店'.repeat(250)).bodyIncluded).toBe(true);
    expect(mailtoHref('a@b.com', 'S', '店'.repeat(300)).bodyIncluded).toBe(false);
  });
  it('cuts a long subject at whole characters within its byte limit', () => {
    const { href } = mailtoHref('a@b.com', '店'.repeat(500), 'Hi');
    const subject = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('subject')!;
    expect(subject).toBe('店'.repeat(Math.floor(MAIL_SUBJECT_LIMIT / 9)));
    expect(href.length).toBeLessThanOrEqual(MAIL_LINK_LIMIT);
    expect(encodeWithin('a🙂b', 13)).toBe('a%F0%9F%99%82');
    expect(encodeWithin('a🙂b', 12)).toBe('a');
  });
});
