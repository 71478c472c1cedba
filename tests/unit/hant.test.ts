import { describe, expect, it } from 'vitest';
import { htmlToTraditional, toTraditional } from '../../src/lib/hant';
import { pick, translate } from '../../src/lib/i18n';
import { localeOfPath, localizePath } from '../../src/lib/locales';

describe('Traditional Chinese generation', () => {
  it('converts characters and Taiwan phrases', () => {
    expect(toTraditional('亚马逊卖家申诉信')).toBe('亞馬遜賣家申訴信');
    expect(toTraditional('软件和网络信息')).toBe('軟體和網路資訊');
  });
  it('leaves English, placeholders and markup alone', () => {
    const html = '<a href="/zh-hant/templates/x/" title="申诉">{{store_name}} Dear team 跟卖</a>';
    expect(htmlToTraditional(html)).toBe('<a href="/zh-hant/templates/x/" title="申訴">{{store_name}} Dear team 跟賣</a>');
  });
  it('never touches scripts or styles', () => {
    const html = '<p>账户</p><script>const s = "账户";</script><style>.a::after{content:"账户"}</style>';
    expect(htmlToTraditional(html)).toBe('<p>賬戶</p><script>const s = "账户";</script><style>.a::after{content:"账户"}</style>');
  });
  it('reads UI strings and content from the Simplified source', () => {
    expect(translate('zh-Hant', 'nav.contacts')).toBe('聯絡方式');
    expect(pick('zh-Hant', { zh: '货款冻结', en: 'Funds held' })).toBe('貨款凍結');
  });
  it('lives under /zh-hant/', () => {
    expect(localizePath('zh-Hant', '/contacts/')).toBe('/zh-hant/contacts/');
    expect(localeOfPath('/zh-hant/contacts/')).toBe('zh-Hant');
  });
});
