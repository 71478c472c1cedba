import { describe, expect, it } from 'vitest';
import {
  unescapePagefind,
  excerptParts,
  matchedRows,
  mergeRanked,
  prepareQuery,
  readSearchState,
  sameSearch,
  searchQueryString,
  typoPrefixes,
} from '../../src/lib/search';
import { sectionRecords } from '../../src/lib/search-records';

describe('search state in the URL', () => {
  it('reads the query, one value per filter and the both-languages switch', () => {
    expect(readSearchState('?q=%E8%B7%9F%E5%8D%96&kind=guide&market=DE&all=1')).toEqual({
      q: '跟卖',
      filters: { kind: 'guide', marketplace: 'DE' },
      both: true,
    });
    expect(readSearchState('')).toEqual({ q: '', filters: {}, both: false });
    expect(readSearchState('?q=x&kind=&all=yes').filters).toEqual({});
    expect(readSearchState('?q=x&all=yes').both).toBe(false);
  });
  it('writes a stable query string, and nothing for an empty search', () => {
    expect(searchQueryString({ q: ' ODR 申诉 ', filters: { marketplace: 'DE', kind: 'contact' }, both: true })).toBe(
      '?q=ODR+%E7%94%B3%E8%AF%89&kind=contact&market=DE&all=1',
    );
    expect(searchQueryString({ q: '  ', filters: {}, both: false })).toBe('');
  });
  it('round-trips', () => {
    const state = { q: 'A-to-z & "claims"', filters: { category: 'account-health' }, both: false };
    expect(readSearchState(searchQueryString(state))).toEqual({ ...state, q: state.q.trim() });
    expect(sameSearch(state, readSearchState(searchQueryString(state)))).toBe(true);
  });
  it('cuts an overlong query', () => {
    expect(readSearchState(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
});

describe('preparing a query for Pagefind', () => {
  it('drops Chinese question words and particles', () => {
    expect(prepareQuery('ODR超标怎么申诉', 'zh-CN').terms).toBe('ODR 超 标 申诉');
    expect(prepareQuery('被跟卖了', 'zh-CN').terms).toBe('跟 卖');
    expect(prepareQuery('货款冻结 联系哪个邮箱', 'zh-CN').terms).toBe('货款 冻结 联系 邮箱');
    expect(prepareQuery('账户被封了怎么办', 'zh-CN').terms).toBe('账户 封');
  });
  it('drops English question words', () => {
    expect(prepareQuery('how do I appeal an ODR suspension', 'en').terms).toBe('appeal ODR suspension');
  });
  it('keeps question words and light verbs apart, to weigh them lightly (怎么用 is a question about use)', () => {
    expect(prepareQuery('买家问这个东西怎么用', 'zh-CN').weak).toBe('怎么 用');
    expect(prepareQuery('when will my order arrive', 'en')).toMatchObject({ terms: 'will order arrive', weak: 'when' });
    expect(prepareQuery('账户被封了', 'zh-CN').weak).toBeUndefined();
  });
  it('searches a word typed twice once', () => {
    expect(
      prepareQuery('发邮件申诉 还是在后台申诉', 'zh-CN')
        .terms.split(' ')
        .filter((w) => w === '申诉'),
    ).toHaveLength(1);
  });
  it('keeps the words when nothing but question words was typed', () => {
    expect(prepareQuery('怎么办', 'zh-CN').terms).toBe('怎么办');
    expect(prepareQuery('how to', 'en').terms).toBe('how to');
  });
  it('leaves English terms, compounds and quoted input whole', () => {
    expect(prepareQuery('ASIN', 'zh-CN')).toEqual({ terms: 'ASIN' });
    expect(prepareQuery('FBA 库存', 'zh-CN').terms).toBe('FBA 库存');
    expect(prepareQuery('"used sold as new"', 'en')).toEqual({ terms: '"used sold as new"' });
  });
  it('adds an exact phrase for a pasted sentence, up to the first word with digits or symbols', () => {
    expect(prepareQuery('Order Defect Rate above the 1% target', 'en')).toEqual({
      terms: 'Order Defect Rate above 1% target',
      phrase: '"Order Defect Rate above the"',
    });
    expect(prepareQuery('used sold as new complaint', 'zh-CN').phrase).toBe('"used sold as new complaint"');
    expect(prepareQuery('ODR appeal', 'en').phrase).toBeUndefined();
    expect(prepareQuery('A-to-z', 'zh-CN').phrase).toBe('"A-to-z"');
  });
  it('returns nothing to search for blank input', () => {
    expect(prepareQuery('   ', 'zh-CN')).toEqual({ terms: '' });
  });
});

describe('misspelt words', () => {
  it('cuts an unknown Latin word back one letter at a time, to three fifths of it or five letters', () => {
    expect(typoPrefixes('suspention')).toEqual(['suspentio', 'suspenti', 'suspent', 'suspen']);
    expect(typoPrefixes('counterfit')).toEqual(['counterfi', 'counterf', 'counter', 'counte']);
    expect(typoPrefixes('adress')).toEqual(['adres']);
  });
  it('leaves short words, numbers and Chinese alone', () => {
    expect(typoPrefixes('odr')).toEqual([]);
    expect(typoPrefixes('12345678')).toEqual([]);
    expect(typoPrefixes('冻结资金被扣留')).toEqual([]);
    expect(typoPrefixes('a-to-z')).toEqual([]);
  });
});

describe('excerpts', () => {
  it('become text and marked words only', () => {
    expect(excerptParts('应对<mark>跟卖</mark>：从开 case')).toEqual([
      { text: '应对', marked: false },
      { text: '跟卖', marked: true },
      { text: '：从开 case', marked: false },
    ]);
  });
  it('keep anything else as visible text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark class="x">a</mark><script>b</script>');
    expect(parts.every((p) => !p.marked)).toBe(true);
    // The bare </mark> is understood (and only ends a mark); everything else is shown as typed.
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)><mark class="x">a<script>b</script>');
  });
  it('decode the entities Pagefind escapes and drop zero-width spaces', () => {
    expect(excerptParts('a &lt;b&gt; &amp; <mark>c\u200Bd</mark>')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: 'cd', marked: true },
    ]);
  });
  it('join neighbouring marks', () => {
    expect(excerptParts('<mark>跟</mark><mark>卖</mark>')).toEqual([{ text: '跟卖', marked: true }]);
  });
});

describe('ranking helpers', () => {
  it('put exact-phrase hits first without repeating them', () => {
    expect(mergeRanked([{ id: 'b' }], [{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  it('find the table rows a query named', () => {
    // Words: 0 关店 1 后 2 货款 3 德国. 4 payments-de@amazon.de 5 注意 6 日本. 7 payments@amazon.co.jp
    const fragment = {
      content: '关店后货款',
      raw_content: '关店\u200B后\u200B货款 德国. payments-de@amazon.de\u200B注意 日本. payments@amazon.co.jp &lt;x&gt;',
      anchors: [
        { element: 'h2', id: 'funds-held', location: 0 },
        { element: 'tr', id: 'funds-held-jp', location: 6 },
        { element: 'tr', id: 'funds-held-de', location: 3 },
      ],
      locations: [2, 3],
    };
    expect(matchedRows(fragment)).toEqual([{ id: 'funds-held-de', text: '德国. payments-de@amazon.de注意' }]);
    expect(matchedRows({ ...fragment, locations: [2] }, ['日本'])).toEqual([
      { id: 'funds-held-jp', text: '日本. payments@amazon.co.jp <x>' },
    ]);
    expect(matchedRows({ ...fragment, locations: [5] })).toEqual([]);
  });
});

describe('search records cut from built pages', () => {
  const page = (body: string) => `<!doctype html><html lang="zh-CN" data-locale="zh-CN"><body><main>${body}</main></body></html>`;
  it('index each marked section at its anchor, in the page language', () => {
    const records = sectionRecords(
      page(
        '<section aria-labelledby="a" class="mt-10" data-search-record="funds-held"><h2 id="funds-held">A</h2></section><section data-search-record="ip"><p>B</p></section>',
      ),
      '/contacts/',
    );
    expect(records.map((r) => r.url)).toEqual(['/contacts/#funds-held', '/contacts/#ip']);
    expect(records[0]!.content).toBe(
      '<!doctype html><html lang="zh-CN"><body data-pagefind-body><section aria-labelledby="a" class="mt-10" data-search-record="funds-held"><h2 id="funds-held">A</h2></section></body></html>',
    );
  });
  it('ignore pages without records', () => {
    expect(sectionRecords(page('<section><p>x</p></section>'), '/')).toEqual([]);
  });
  it('refuse nested sections and pages without a language', () => {
    expect(() => sectionRecords(page('<section data-search-record="a"><section><p>x</p></section></section>'), '/x/')).toThrow(
      /must not contain another <section>/,
    );
    expect(() => sectionRecords('<html><body><section data-search-record="a"></section></body></html>', '/x/')).toThrow(/<html lang>/);
  });
});

describe('unescapePagefind', () => {
  it('undoes the entities Pagefind writes, in one pass, and leaves others as they are', () => {
    expect(unescapePagefind('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27;')).toBe('a <b> & "c" \'d\'');
    // One pass: an escaped entity in the page's own text stays an entity.
    expect(unescapePagefind('&amp;lt;')).toBe('&lt;');
    expect(unescapePagefind('&nbsp;&copy;')).toBe('&nbsp;&copy;');
  });
});
