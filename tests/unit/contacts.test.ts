import { describe, expect, it } from 'vitest';
import { mailRoute, usedMarketplaces } from '../../src/lib/contacts';

const contacts = new Map([
  ['web-form', { status: 'still-referenced-by-amazon' }],
  ['old-mailbox', { email: 'old@amazon.com', status: 'historical-unverified' }],
  ['live-mailbox', { email: 'live@amazon.com', status: 'still-referenced-by-amazon' }],
]);

describe('mailRoute', () => {
  it('mails the first recipient with an address and reports the status of the first-named one', () => {
    expect(mailRoute(['web-form', 'old-mailbox', 'live-mailbox'], contacts)).toEqual({
      mailTo: 'old@amazon.com',
      recipientStatus: 'still-referenced-by-amazon',
    });
    expect(mailRoute(['live-mailbox', 'old-mailbox'], contacts)).toEqual({
      mailTo: 'live@amazon.com',
      recipientStatus: 'still-referenced-by-amazon',
    });
  });

  it('has no address when no recipient has one, and nothing at all without recipients', () => {
    expect(mailRoute(['web-form'], contacts)).toEqual({ mailTo: undefined, recipientStatus: 'still-referenced-by-amazon' });
    expect(mailRoute([], contacts)).toEqual({ mailTo: undefined, recipientStatus: undefined });
  });
});

describe('usedMarketplaces', () => {
  it('keeps the canonical order and drops marketplaces without contacts', () => {
    expect(
      usedMarketplaces(
        ['ALL', 'US', 'UK', 'DE', 'JP'],
        [{ marketplace: 'JP' }, { marketplace: 'US' }, { marketplace: 'JP' }, { marketplace: 'ALL' }],
      ),
    ).toEqual(['ALL', 'US', 'JP']);
  });
});
