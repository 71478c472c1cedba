/**
 * Best bets on the Traditional site (issue 24.5): the page's HTML is converted to Traditional, bets included, so the
 * bets' Simplified texts travel beside them there and a Simplified paste still pins its notice page.
 */
import { expect, it } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { toTraditional } from '../../src/lib/hant';
import { bestBetFor, chineseTexts, foldBet, withOtherScript, type BestBet } from '../../src/lib/search-bets';

const { content } = readContent();
const notice = content.templates.find((t) => t.data.slug === 'notice-account-deactivated')!.data;
/** The bet as search.astro builds it (Simplified, folded) … */
const simplified = foldBet({
  url: '/zh-hant/templates/notice-account-deactivated/',
  title: '帐户被停用',
  summary: '',
  labels: ['账户被停用'],
  texts: [notice.letter, notice.translationZh, ...(notice.answer?.phrases ?? [])],
});
/** … and as the Traditional page ships it in its attribute, after the whole HTML is converted. */
const converted: BestBet = {
  ...simplified,
  labels: simplified.labels.map(toTraditional),
  texts: simplified.texts.map(toTraditional),
};
const paste = '做出这一决定的部分原因是，我们无法验证您为卖家账户提供的信息';

it('a Simplified paste misses the converted bets alone, and finds its notice with the Simplified texts beside them', () => {
  expect(toTraditional(paste)).not.toBe(paste);
  expect(bestBetFor(paste, [converted])).toBeUndefined();
  const bets = withOtherScript([converted], [chineseTexts(simplified)]);
  expect(bestBetFor(paste, bets)?.url).toBe('/zh-hant/templates/notice-account-deactivated/');
  expect(bestBetFor('账户被停用', bets)?.url).toBe('/zh-hant/templates/notice-account-deactivated/');
  // The Traditional paste and the English one still match, and the title shown stays the page's own.
  expect(bestBetFor(toTraditional(paste), bets)?.title).toBe('帐户被停用');
  expect(bestBetFor('We reviewed your account and determined that you may no longer sell', bets)).toBeDefined();
});

it('the other script carries only the Chinese: English is the same in both scripts', () => {
  const written = chineseTexts(simplified);
  expect(written.texts.length).toBeGreaterThan(0);
  expect(written.texts.every((t) => /\p{Script=Han}/u.test(t))).toBe(true);
  expect(written.texts.length).toBeLessThan(simplified.texts.length);
});

it('a bet without texts in the other script is left as it is', () => {
  expect(withOtherScript([converted], [])).toEqual([converted]);
  expect(withOtherScript([converted], [{ url: '/other/', labels: ['x'], texts: ['y'] }])).toEqual([converted]);
});
