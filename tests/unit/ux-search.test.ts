/** Best bets (src/lib/search-bets.ts): what a seller pastes or taps pins its page first. */
import { describe, expect, it } from 'vitest';
import { bestBetFor, foldBet, foldText } from '../../src/lib/search-bets';

const notice = foldBet({
  url: '/templates/notice-account-deactivated/',
  title: 'Notice',
  summary: '',
  labels: ['账户被停用（deactivated）', 'My account was deactivated'],
  texts: [
    'We reviewed your account and determined that you may no longer sell on Amazon.com.',
    '我们审核了您的账户，决定您今后不能再在 Amazon.com 上销售。',
    'Your Amazon selling account has been deactivated',
  ],
});
const other = foldBet({ url: '/templates/x/', title: 'X', summary: '', labels: ['收到侵权投诉'], texts: ['Your order has shipped'] });

describe('best bets', () => {
  it('folds case, width, spaces and punctuation', () => {
    expect(foldText(' We reviewed, YOUR account! ')).toBe('wereviewedyouraccount');
    expect(foldText('账户被停用（ｄｅａｃｔｉｖａｔｅｄ）')).toBe('账户被停用deactivated');
  });
  it('a pasted part of a notice, in either language, pins the notice', () => {
    expect(bestBetFor('we reviewed your account and determined that you may no longer sell', [other, notice])?.url).toBe(notice.url);
    expect(bestBetFor('决定您今后不能再在 Amazon.com 上销售', [other, notice])?.url).toBe(notice.url);
    expect(bestBetFor('Hello,\nYour Amazon selling account has been deactivated. Please read on.', [other, notice])?.url).toBe(notice.url);
  });
  it('an exact situation label pins its page; a word or two does not pin anything', () => {
    expect(bestBetFor('账户被停用（deactivated）', [other, notice])?.url).toBe(notice.url);
    expect(bestBetFor('收到侵权投诉', [notice, other])?.url).toBe(other.url);
    expect(bestBetFor('your account', [other, notice])).toBeUndefined();
    expect(bestBetFor('账户', [other, notice])).toBeUndefined();
    expect(bestBetFor('', [notice])).toBeUndefined();
  });
});
