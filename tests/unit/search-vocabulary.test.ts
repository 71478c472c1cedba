import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { toTraditional } from '../../src/lib/hant';
import { KEYWORD_MARK, combineTermResults, convertScript, excerptFromKeywords, matchedRows, pageContent } from '../../src/lib/search';
import {
  indexedText,
  keywordsFor,
  metaWords,
  scriptMap,
  vocabularyProblems,
  withKeywords,
  type VocabularyEntry,
} from '../../src/lib/search-vocabulary';

const entries: VocabularyEntry[] = [
  {
    id: 'review-manipulation',
    zh: ['操纵评论', '刷单'],
    en: ['review manipulation', 'brushing'],
    pages: ['/templates/review-manipulation/'],
  },
  { id: 'suspended', zh: ['停用', '封号'], en: ['suspended', 'deactivated'] },
  { id: 'hijacker', zh: ['跟卖'], en: ['hijacker', 'piggyback'] },
];

const page = (body: string, lang = 'zh-CN') =>
  `<!doctype html><html lang="${lang}"><body><header>跟卖 hijacker</header><main><article data-pagefind-body><h1 data-pagefind-ignore>标题 跟卖</h1>${body}<aside data-pagefind-ignore><a>跟卖警告信</a><div><p>nested 跟卖</p></div></aside><p>结尾</p></article></main></body></html>`;

describe('indexedText', () => {
  it('keeps the text inside data-pagefind-body and drops ignored parts, tags, scripts and chrome', () => {
    const text = indexedText(page('<p>账户被<b>停用</b></p><script>var x = "刷单"</script>'));
    expect(text).toBe('账户被 停用 结尾');
  });

  it('is empty for a page without data-pagefind-body', () => {
    expect(indexedText('<html lang="en"><body><p>hijacker</p></body></html>')).toBe('');
  });
});

describe('keywordsFor', () => {
  it('gives a page every word of the entries it uses, in the page’s script, plus the English words', () => {
    const { words, pinned } = keywordsFor(entries, '账户被停用', '/guides/x/', 'zh', toTraditional);
    expect(words).toEqual(['停用', '封号', 'suspended', 'deactivated']);
    expect(pinned).toEqual([]);
  });

  it('matches English words as whole words, case-insensitively', () => {
    expect(keywordsFor(entries, 'Your account was Suspended.', '/en/x/', 'en', toTraditional).words).toEqual(['suspended', 'deactivated']);
    expect(keywordsFor(entries, 'unsuspendedly', '/en/x/', 'en', toTraditional).words).toEqual([]);
  });

  it('puts the words of an entry that names the page in `pinned`, even when the page uses none of them', () => {
    const { words, pinned } = keywordsFor(entries, '员工通过第三方购买好评', '/templates/review-manipulation/', 'zh', toTraditional);
    expect(words).toEqual([]);
    expect(pinned).toEqual(['操纵评论', '刷单', 'review manipulation', 'brushing']);
  });

  it('gives the words of a pagesOnly entry to its pages only, not to every page that uses one', () => {
    const address: VocabularyEntry = {
      id: 'contact-address',
      zh: ['邮箱', '地址'],
      en: ['email'],
      pages: ['/contacts/#funds-held'],
      pagesOnly: true,
    };
    expect(keywordsFor([address], '请从登录邮箱发出', '/templates/x/', 'zh', toTraditional)).toEqual({ words: [], pinned: [] });
    expect(keywordsFor([address], '关店后货款', '/contacts/#funds-held', 'zh', toTraditional).pinned).toEqual(['邮箱', '地址', 'email']);
  });

  it('on Traditional pages looks for and adds the Traditional forms', () => {
    const { words } = keywordsFor(entries, '帳戶被停用，被跟賣', '/x/', 'zh-Hant', toTraditional);
    expect(words).toEqual(['停用', '封號', 'suspended', 'deactivated', '跟賣', 'hijacker', 'piggyback']);
  });
});

describe('withKeywords', () => {
  it('adds the words after the page text inside the indexed body, marked, and the pinned words as metadata', () => {
    const html = withKeywords(page('<p>正文</p>'), { words: ['封号', 'a<b'], pinned: ['刷单'] });
    expect(html).toContain(
      `<p>结尾</p><p>${KEYWORD_MARK} 封号 a&lt;b 刷单</p><span data-pagefind-meta="keywords[data-value]" data-value="刷单 刷 单"></span></article>`,
    );
    expect(indexedText(html).endsWith(`${KEYWORD_MARK} 封号 a<b 刷单`)).toBe(true);
  });

  it('leaves a page without words or without an indexed body unchanged', () => {
    expect(withKeywords(page(''), { words: [], pinned: [] })).toBe(page(''));
    expect(withKeywords('<p>x</p>', { words: ['a'], pinned: [] })).toBe('<p>x</p>');
  });

  it('stores Chinese metadata words whole, cut into words and as characters', () => {
    expect(metaWords(['图片侵权', 'Paid Reviews'])).toEqual(expect.arrayContaining(['图片侵权', '图', '片', '侵', '权', 'paid reviews']));
  });
});

describe('vocabularyProblems', () => {
  it('reports a word listed twice and a page that does not exist', () => {
    const problems = vocabularyProblems(
      [{ id: 'x', zh: ['刷单', '刷单'], en: ['Brushing', 'brushing'], pages: ['/templates/nope/', '/templates/yes/'] }],
      (path) => path === '/templates/yes/',
    );
    expect(problems).toEqual([
      'content/vocabulary.yaml → x: “刷单” is listed twice',
      'content/vocabulary.yaml → x: “brushing” is listed twice',
      'content/vocabulary.yaml → x: pages: /templates/nope/ is not a page of the site',
    ]);
  });

  it('finds no problem in the real vocabulary, whose pages are templates, guides or contact records', () => {
    const real: VocabularyEntry[] = readContent().content.vocabulary.map((entry) => entry.data);
    expect(real.length).toBeGreaterThan(30);
    const templates = new Set(readFileSync('tests/fixtures/search-queries.json', 'utf8').match(/\/templates\/[a-z0-9-]+\//g));
    const exists = (path: string) => /^\/(templates\/[a-z0-9-]+|guides\/[a-z0-9-]+|contacts)\/(#[a-z-]+)?$/.test(path);
    expect(vocabularyProblems(real, exists)).toEqual([]);
    expect(templates.size).toBeGreaterThan(20);
  });
});

describe('script conversion', () => {
  const map = scriptMap('账号被封 跟卖 信息', ['信息'], toTraditional);

  it('maps the characters that differ, and phrases whose Taiwan form is more than their characters', () => {
    expect(map.chars).toContain('账賬');
    expect(map.chars).not.toContain('被');
    expect(map.phrases).toEqual([['信息', '資訊']]);
  });

  it('converts a Traditional query to Simplified and back; unknown characters stay', () => {
    expect(convertScript('賬號被封 跟賣 龘', map, 'simplified')).toBe('账号被封 跟卖 龘');
    expect(convertScript('账号 信息', map, 'traditional')).toBe('賬號 資訊');
  });

  it('pairs no character with another Simplified character when a Taiwan phrase swaps words (对象 → 物件)', () => {
    const swapped = scriptMap('对象 软件 使用', ['对象'], toTraditional);
    expect(convertScript('软件 使用', swapped, 'simplified')).toBe('软件 使用');
    expect(convertScript('軟件 使用', swapped, 'simplified')).toBe('软件 使用');
  });
});

describe('combineTermResults', () => {
  const hit = (id: string, score: number) => ({ id, score });

  it('ranks pages by the sum of their scores for each word, so the page with most of the question wins over one with every word in passing', () => {
    const ranked = combineTermResults(
      ['停用', '审核', '邮件'],
      [[hit('notices', 4), hit('long', 0.5)], [hit('notices', 3), hit('long', 0.5)], [hit('long', 0.4)]],
    );
    expect(ranked.ids).toEqual(['notices', 'long']);
    expect(ranked.scores.get('notices')).toBe(7);
    // A page has every word (long), so nothing is reported missing.
    expect(ranked.missing).toEqual([]);
  });

  it('names the words the first page lacks when no page has them all; words no page has are not named', () => {
    const ranked = combineTermResults(['VIP', '德国', 'xqz'], [[hit('vip', 20)], [hit('contacts', 5)], []]);
    expect(ranked.ids).toEqual(['vip', 'contacts']);
    expect(ranked.missing).toEqual(['德国']);
  });

  it('lets question words add to the pages the other words found, at half weight, without requiring or naming them', () => {
    const ranked = combineTermResults(
      ['买家', '回复'],
      [
        [hit('shipping', 3), hit('how-to-use', 2.5)],
        [hit('shipping', 1), hit('how-to-use', 1)],
      ],
      {
        weak: [[hit('how-to-use', 2), hit('guide', 9)]],
      },
    );
    expect(ranked.ids).toEqual(['how-to-use', 'shipping']);
    expect(ranked.scores.get('how-to-use')).toBe(4.5);
    expect(ranked.missing).toEqual([]);
  });

  it('leaves out pages far below the best, so a word every page has does not list every page', () => {
    const ranked = combineTermResults(['群', '家'], [[hit('vip', 24)], [hit('vip', 0.2), hit('a', 0.2), hit('b', 0.1)]]);
    expect(ranked.ids).toEqual(['vip']);
    expect(combineTermResults(['x'], [[]]).ids).toEqual([]);
  });
});

describe('added words in fragments', () => {
  const content = `Page text about hijackers. ${KEYWORD_MARK} 跟卖 piggyback`;

  it('cuts a fragment’s content at the marker', () => {
    expect(pageContent(content)).toBe('Page text about hijackers. ');
    expect(pageContent('no marker')).toBe('no marker');
  });

  it('tells an excerpt drawn from the added words from one drawn from the page', () => {
    expect(excerptFromKeywords(`${KEYWORD_MARK} 跟卖 <mark>piggyback</mark>`, content)).toBe(true);
    expect(excerptFromKeywords('跟卖 <mark>piggyback</mark>', content)).toBe(true);
    expect(excerptFromKeywords('text about <mark>hijackers</mark>.', content)).toBe(false);
    expect(excerptFromKeywords('anything', 'a page without added words')).toBe(false);
  });

  it('ends the last contact row before the added words', () => {
    const raw = `德国 a@amazon.de 日本 b@amazon.co.jp ${KEYWORD_MARK} 冻结 funds`;
    const rows = matchedRows({
      content: raw,
      anchors: [
        { element: 'tr', id: 'de', location: 0 },
        { element: 'tr', id: 'jp', location: 2 },
      ],
      locations: [2],
    });
    expect(rows).toEqual([{ id: 'jp', text: '日本 b@amazon.co.jp' }]);
  });
});
