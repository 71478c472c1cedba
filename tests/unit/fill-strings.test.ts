import { describe, expect, it } from 'vitest';
import { CHECKER_MESSAGES } from '../../src/lib/checker-messages';
import { FILL_STRING_KEYS, STORAGE_STRING_KEYS } from '../../src/lib/fill-config';
import { fillStrings } from '../../src/lib/fill-strings';
import { translator } from '../../src/lib/i18n';
import { LOCALE_IDS } from '../../src/lib/locales';

describe('the island strings file of each locale', () => {
  it.each(LOCALE_IDS)('%s holds every string the island writes, translated, and every checker message', (locale) => {
    const file = fillStrings(locale);
    const tr = translator(locale);
    expect(Object.keys(file.strings).sort()).toEqual([...FILL_STRING_KEYS].sort());
    for (const key of FILL_STRING_KEYS) expect(file.strings[key]).toBe(tr(`island.${key}`));
    // A missing translation comes back as its key: none may.
    for (const text of Object.values(file.strings)) expect(text).not.toMatch(/^island\./);
    for (const key of STORAGE_STRING_KEYS) expect(file.storage[key]).toBe(tr(`storage.${key}`));
    for (const text of Object.values(file.storage)) expect(text).not.toMatch(/^storage\./);
    expect(Object.keys(file.messages).sort()).toEqual(Object.keys(CHECKER_MESSAGES).sort());
    expect(file.goto).toBe(tr('checker.goto'));
    expect(file.poa.chars).toContain('{count}');
  });

  it('writes each language once: English in en, Simplified in zh-CN, Traditional in zh-Hant', () => {
    const [zh, en, hant] = (['zh-CN', 'en', 'zh-Hant'] as const).map(fillStrings);
    expect(en!.strings.copied).toMatch(/^Copied/);
    expect(zh!.strings.copied).toMatch(/[\u4e00-\u9fff]/);
    expect(hant!.strings.copied).not.toBe(zh!.strings.copied);
    const anyMessage = Object.keys(CHECKER_MESSAGES)[0]!;
    expect(en!.messages[anyMessage]).toBe(CHECKER_MESSAGES[anyMessage]!.en);
    expect(zh!.messages[anyMessage]).toBe(CHECKER_MESSAGES[anyMessage]!.zh);
  });
});
