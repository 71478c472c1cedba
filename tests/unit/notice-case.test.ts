/** From a decoded notice to the case file and the letter's fields (src/lib/notice-case.ts), on an in-memory storage. */
import { describe, expect, it } from 'vitest';
import { CASE_STORAGE_KEY, readStored } from '../../src/lib/case-store';
import { decodeNotice } from '../../src/lib/notice';
import { CASE_CURRENT_KEY, caseFromNotice, prefillValues, savePrefill, startCase, upcomingDeadlines } from '../../src/lib/notice-case';
import { loadValues, SHARED_STORAGE_KEY } from '../../src/lib/saved-values';
import { MemoryStorage } from '../support/memory-storage';

const memoryStorage = () => new MemoryStorage();

const TEXT = `Your Amazon.co.uk Seller account has been deactivated because this account is related to another selling account.
ASIN: B0D4M7QXBT, order 205-1234567-7654321. Complaint ID: 1598765432.
These are the rights owner's contact details:
-- Acme Brands Ltd.
-- legal@acme-brands.example
If you do not send an acceptable plan within 17 days, we may not allow you to sell.`;
const decoded = decodeNotice(TEXT, { today: '2026-12-07', noticeDate: '2026-12-01' });

describe('notice → case', () => {
  it('a case with the notice, its date, marketplace, triage answer, first template and the deadlines as a note', () => {
    const item = caseFromNotice(
      {
        text: TEXT,
        decoded,
        noticeDate: '2026-12-01',
        kindName: 'Related accounts',
        deadlinesHeading: 'Deadlines:',
        deadlineLines: ['Within 17 days: by 2026-12-18'],
      },
      1000,
    );
    expect(item).toMatchObject({
      title: 'Related accounts',
      noticeText: TEXT,
      noticeDate: '2026-12-01',
      marketplace: 'UK',
      situation: 'deactivated-related-accounts',
      templates: ['related-accounts-appeal'],
      status: 'open',
    });
    expect(item.entries).toHaveLength(1);
    expect(item.entries[0]).toMatchObject({ type: 'note', date: '2026-12-01', text: 'Deadlines:\nWithin 17 days: by 2026-12-18' });
  });

  it('is written into the stored case file (merged, not overwriting) and becomes the current case', () => {
    const storage = memoryStorage();
    const first = caseFromNotice(
      { text: 'one', decoded, noticeDate: '2026-12-01', kindName: 'A', deadlinesHeading: '', deadlineLines: [] },
      1,
    );
    const second = caseFromNotice(
      { text: 'two', decoded, noticeDate: '2026-12-02', kindName: 'B', deadlinesHeading: '', deadlineLines: [] },
      2,
    );
    expect(startCase(storage, first).ok).toBe(true);
    expect(startCase(storage, second).ok).toBe(true);
    expect(readStored(storage).file.cases.map((c) => c.title)).toEqual(['A', 'B']);
    expect(storage.getItem(CASE_CURRENT_KEY)).toBe(second.id);
    expect(storage.getItem(CASE_STORAGE_KEY)).toContain('"noticeText":"two"');
  });

  it('fills the template fields the notice knows, shared ones in the shared record', () => {
    const fields = [
      { key: 'notice_date', kind: 'date' },
      { key: 'asin', kind: 'asin' },
      { key: 'order_id', kind: 'order-id' },
      { key: 'complaint_id', kind: 'text' },
      { key: 'rights_owner', kind: 'text' },
      { key: 'rights_owner_email', kind: 'email' },
      { key: 'marketplace_site', kind: 'text' },
      { key: 'store_name', kind: 'text' },
    ];
    const values = prefillValues(decoded, fields, '2026-12-01');
    expect(Object.fromEntries(values)).toEqual({
      notice_date: '2026-12-01',
      asin: 'B0D4M7QXBT',
      order_id: '205-1234567-7654321',
      complaint_id: '1598765432',
      rights_owner: 'Acme Brands Ltd.',
      rights_owner_email: 'legal@acme-brands.example',
      marketplace_site: 'Amazon.co.uk',
    });
    const storage = memoryStorage();
    expect(savePrefill(storage, 'related-accounts-appeal', values, 5)).toBe(true);
    expect(Object.fromEntries(loadValues(storage, 'related-accounts-appeal', [...values.keys()]))).toEqual(Object.fromEntries(values));
    expect(storage.getItem(SHARED_STORAGE_KEY)).toContain('Amazon.co.uk');
  });

  it('the calendar takes deadlines still ahead, not "after" periods or past days', () => {
    const d = decodeNotice('Respond within 17 days. After 90 days you may request funds. Deactivated on 2020-01-02 before.', {
      today: '2026-12-07',
    });
    expect(upcomingDeadlines(d.deadlines, '2026-12-07').map((x) => x.date)).toEqual(['2026-12-24']);
  });
});
