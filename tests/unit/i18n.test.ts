import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zhCN from '../../src/i18n/zh-CN.json';
import { translate, withBase } from '../../src/lib/i18n';
import { localeOfPath, localizePath } from '../../src/lib/locales';

describe('UI strings', () => {
  it('have the same keys in every locale', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
  it('are never empty', () => {
    for (const dict of [en, zhCN]) for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
  });
  it('use the same {parameters} in every locale', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(params(zhCN[key]), key).toEqual(params(en[key]));
  });
  it('fills parameters', () => {
    expect(translate('en', 'templates.lead', { count: 3 })).toMatch(/^3 texts/);
  });
});

describe('locale paths', () => {
  it('keep Chinese at the root and English under /en/', () => {
    expect(localizePath('zh-CN', '/contacts/')).toBe('/contacts/');
    expect(localizePath('en', '/contacts/')).toBe('/en/contacts/');
    expect(localizePath('en', '/')).toBe('/en/');
  });
  it('read the locale of a path', () => {
    expect(localeOfPath('/en/templates/x/')).toBe('en');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/english/')).toBe('zh-CN');
    expect(localeOfPath('/templates/x/')).toBe('zh-CN');
    expect(localeOfPath('/404.html')).toBe('zh-CN');
  });
  it('add the deploy base', () => {
    expect(withBase('/', '/en/')).toBe('/en/');
    expect(withBase('/seller-letters/', '/en/')).toBe('/seller-letters/en/');
  });
});

describe('translator', () => {
  it('binds translate to one locale', async () => {
    const { translator } = await import('../../src/lib/i18n');
    expect(translator('en')('templates.lead', { count: 2 })).toBe(translate('en', 'templates.lead', { count: 2 }));
    expect(translator('zh-CN')('nav.contacts')).toBe('联系方式');
  });
});
