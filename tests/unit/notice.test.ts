/** The notice decoder (src/lib/notice.ts): kinds, confidence, extraction, deadlines, damaged and hostile pastes, the compiled table. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeNotice, MAX_NOTICE_CHARS } from '../../src/lib/notice';
import { noticeSignalsModule, NOTICE_SIGNALS_FILE } from '../../src/lib/notice-module';
import { checkNoticeKinds, type NoticeKindInput } from '../../src/lib/validate-notice';
import { readContent } from '../../scripts/read-content';

const TODAY = '2026-12-07';
const decode = (text: string, noticeDate?: string) => decodeNotice(text, { today: TODAY, ...(noticeDate ? { noticeDate } : {}) });

const DEACTIVATED_RELATED = `Your Amazon seller account has been deactivated. We took this action because our records indicate that this account is related to another selling account that was closed by Amazon. If you do not send an acceptable plan within 17 days, funds may be held.`;

describe('kinds', () => {
  it('names the kind, with its templates and guides, and the phrases that matched', () => {
    const r = decode(DEACTIVATED_RELATED);
    expect(r.matches[0]!.id).toBe('related-accounts');
    expect(r.matches[0]!.templates).toContain('related-accounts-appeal');
    expect(r.matches[0]!.phrases).toContain('related to another selling account');
    expect(r.confidence).toBe('high');
  });

  it('reads Traditional Chinese (Taiwan wording) as the Simplified signals', () => {
    const r = decode('您的亞馬遜賣家帳戶已停用。為什麼會發生這種情況？我們發現您的帳戶與另一個帳戶相關。您的訂單缺陷率超過了 1% 的目標。');
    const ids = r.matches.map((m) => m.id);
    expect(ids).toContain('related-accounts');
    expect(ids).toContain('performance-odr');
  });

  it('survives copy-paste damage: markup, entities, soft hyphens, line breaks inside words, full-width letters', () => {
    const r = decode(
      '<div><p>Your seller-fulfilled offers have been de&shy;activated in accordance with the Amazon Drop Ship-\nping pol\nicy.</p><!-- x --></div> ＡＳＩＮ： Ｂ０Ｄ４Ｍ７ＱＸＢＴ',
    );
    expect(r.matches[0]!.id).toBe('dropshipping');
    expect(r.extracted.asins).toEqual(['B0D4M7QXBT']);
  });

  it('is never confidently wrong: two kinds close together are candidates, not an answer', () => {
    const r = decode('We received a report from a rights owner. Copyright. Patent.');
    expect(r.confidence).toBe('low');
    expect(r.matches.length).toBeGreaterThan(1);
  });

  it('offers no kind for text that is not a notice, and key phrases to search with instead', () => {
    const r = decode('Hello, my order arrived late and the box was open. Can you help me please with this problem?');
    expect(r.confidence).toBe('none');
    expect(r.keyPhrases.join(' ')).toContain('order arrived late');
  });

  it('a short Latin signal only matches a whole word ("odr" is not in "method refund")', () => {
    expect(decode('Choose a method refund later').matches.map((m) => m.id)).not.toContain('performance-odr');
    expect(decode('Your ODR is above target').matches[0]!.id).toBe('performance-odr');
  });
});

describe('extraction', () => {
  const NOTICE = [
    'Subject: Your Amazon.co.uk selling account',
    'Date: 3 May 2025',
    'We removed ASIN B0D4M7QXBT and b0fabc1234 (order 205-1234567-7654321) after a rights owner complaint.',
    'Complaint ID: 1598765432 · Intellectual Property Complaint (#16914539521)',
    'These are the rights owner’s contact details:',
    '-- Acme Brands Ltd.',
    '-- legal@acme-brands.example',
    'Please email notice-retraction@amazon.com. Amount held: £1,234.56 and EUR 12,50. Invoices dated within the last 365 days.',
    'Your account will be deactivated on 05/06/2025 if you do not respond within 17 days. After 90 days following this notification you may request a disbursement.',
    'Answer within 48 hours. 请在 7 个工作日内回复。',
  ].join('\n');
  const r = decode(NOTICE);

  it('ASINs (any case), order IDs, complaint IDs', () => {
    expect(r.extracted.asins).toEqual(['B0D4M7QXBT', 'B0FABC1234']);
    expect(r.extracted.orderIds).toEqual(['205-1234567-7654321']);
    expect(r.extracted.complaintIds).toEqual(expect.arrayContaining(['1598765432', '16914539521']));
  });

  it('the rights owner, other e-mail addresses and Amazon addresses apart', () => {
    expect(r.extracted.rightsOwner).toEqual({ name: 'Acme Brands Ltd.', email: 'legal@acme-brands.example' });
    expect(r.extracted.amazonEmails).toEqual(['notice-retraction@amazon.com']);
  });

  it('marketplace, subject, notice date, amounts; numeric dates read day-first on a European store', () => {
    expect(r.extracted.marketplace).toBe('UK');
    expect(r.extracted.subject).toBe('Your Amazon.co.uk selling account');
    expect(r.extracted.noticeDate).toBe('2025-05-03');
    expect(r.extracted.amounts).toEqual([
      { text: '£1,234.56', currency: 'GBP', value: 1234.56 },
      { text: 'EUR 12,50', currency: 'EUR', value: 12.5 },
    ]);
    expect(r.extracted.dates.map((d) => d.date)).toEqual(['2025-05-03', '2025-06-05']);
  });

  it('deadlines as dates from the notice date; a look-back window for documents is not a deadline', () => {
    const by = (text: string) => r.deadlines.find((d) => d.text.includes(text));
    expect(by('within 17 days')).toMatchObject({ kind: 'within', count: 17, unit: 'days', days: 17, date: '2025-05-20', from: 'notice' });
    expect(by('90 days')).toMatchObject({ kind: 'after', count: 90, date: '2025-08-01' });
    expect(by('48 hours')).toMatchObject({ kind: 'within', hours: 48, days: 2, date: '2025-05-05' });
    expect(by('7 个工作日内')).toMatchObject({ kind: 'within', unit: 'business-days', count: 7, date: '2025-05-13' }); // 3 May 2025 is a Saturday
    expect(by('05/06/2025')).toMatchObject({ kind: 'on', date: '2025-06-05' });
    expect(r.deadlines.some((d) => d.count === 365)).toBe(false);
  });

  it('without a date in the notice, periods count from the day the reader gives, else today', () => {
    expect(decode('Please respond within 17 days.').deadlines[0]).toMatchObject({ date: '2026-12-24', from: 'today' });
    expect(decode('Please respond within 17 days.', '2025-05-29').deadlines[0]).toMatchObject({ date: '2025-06-15', from: 'notice' });
    expect(decode('如果您未在 17 天内提交，我们可能会停用您的账户。').deadlines[0]).toMatchObject({ kind: 'within', count: 17, days: 17 });
    expect(decode('Your account will be deactivated on 05-29-2025.').deadlines[0]).toMatchObject({ kind: 'on', date: '2025-05-29' });
  });
});

describe('hostile pastes', () => {
  it('markup and scripts are read as text, never run; control characters go', () => {
    const r = decode('<script>globalThis.pwned = 1</script><img src=x onerror=alert(1)>\u0000\u0007Order defect rate\u202e');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(r.matches[0]!.id).toBe('performance-odr');
  });

  it('a 200,000-character paste is cut to MAX_NOTICE_CHARS and still decoded', () => {
    const r = decode(`${'related to another selling account '.repeat(6000)}B0D4M7QXBT`);
    expect(r.truncated).toBe(true);
    expect(r.matches[0]!.id).toBe('related-accounts');
    expect(r.extracted.asins).toEqual([]); // past the cut
    expect(MAX_NOTICE_CHARS).toBeLessThan(200_000);
  });

  it('anything that is not a string decodes as empty', () => {
    expect(decodeNotice(undefined as unknown as string).matches).toEqual([]);
  });
});

describe('the compiled table and its rules', () => {
  it('src/lib/notice-signals.ts is what content/notice-kinds.yaml compiles to (run npm run notice:data)', () => {
    const { content, problems } = readContent('.');
    expect(problems).toEqual([]);
    expect(readFileSync(NOTICE_SIGNALS_FILE, 'utf8')).toBe(noticeSignalsModule(content.noticeKinds));
  });

  it('cross-file rules: missing template, guide or triage answer; a strong phrase two kinds share', () => {
    const base = {
      order: 1,
      name: { zh: '甲', en: 'A' },
      meaning: { zh: '甲', en: 'A' },
      actions: ['appeal'],
      actionText: { zh: '甲', en: 'A' },
      documents: [],
      file: 'content/notice-kinds.yaml',
    } as unknown as NoticeKindInput;
    const kind = (id: string, over: Partial<NoticeKindInput>): NoticeKindInput => ({
      ...base,
      id,
      templates: [],
      guides: [],
      signals: { strong: [], medium: [], weak: [], against: [] },
      ...over,
    });
    const problems: { file: string; field?: string; message: string }[] = [];
    checkNoticeKinds(
      problems,
      [
        kind('a', {
          templates: ['nope'],
          guides: ['plan-of-action'],
          triage: 'nowhere',
          signals: { strong: ['order defect rate'], medium: ['x y z', 'X-Y-Z'], weak: [], against: [] },
        }),
        kind('b', { guides: ['missing-guide'], signals: { strong: ['Order Defect Rate'], medium: [], weak: [], against: [] } }),
        kind('c', { signals: { strong: [], medium: [], weak: [], against: [] } }),
      ],
      { templates: new Set(['real']), guides: new Set(['plan-of-action']), triage: new Set(['odr']) },
    );
    const text = problems.map((p) => `${p.field}: ${p.message}`).join('\n');
    expect(text).toContain('a.templates[0]: names a missing template "nope"');
    expect(text).toContain('a.triage: names a missing triage answer "nowhere"');
    expect(text).toContain('a.signals.medium[1]: "X-Y-Z" is listed twice');
    expect(text).toContain('b.guides[0]: names a missing guide "missing-guide"');
    expect(text).toContain('b.signals.strong[0]: "Order Defect Rate" is a strong signal of "a" too');
    expect(text).toContain('c: a notice kind needs at least one template or guide');
    expect(text).toContain('c.signals.strong: a notice kind needs at least one strong signal');
  });
});
