/** The island's strings in one locale (the FillStrings of src/lib/fill-config.ts), written once per locale by the build. */
import { CHECKER_MESSAGES } from './checker-messages.ts';
import { EDITOR_STRING_KEYS, FILL_STRING_KEYS, STORAGE_STRING_KEYS, type FillStrings } from './fill-config.ts';
import { pick, translator } from './i18n.ts';
import type { Locale } from './locales.ts';
import { GUIDE_PARTS } from './poa-parts.ts';

export function fillStrings(locale: Locale): FillStrings {
  const tr = translator(locale);
  return {
    strings: Object.fromEntries(FILL_STRING_KEYS.map((key) => [key, tr(`island.${key}`)])) as FillStrings['strings'],
    editor: {
      ...(Object.fromEntries(EDITOR_STRING_KEYS.map((key) => [key, tr(`editor.${key}`)])) as Record<
        (typeof EDITOR_STRING_KEYS)[number],
        string
      >),
      parts: Object.fromEntries(GUIDE_PARTS.map((part) => [part, tr(`editor.part.${part}`)])),
    },
    storage: Object.fromEntries(STORAGE_STRING_KEYS.map((key) => [key, tr(`storage.${key}`)])) as FillStrings['storage'],
    // Picked here so the island ships no second language (or converter).
    messages: Object.fromEntries(Object.entries(CHECKER_MESSAGES).map(([id, message]) => [id, pick(locale, message)])),
    goto: tr('checker.goto'),
    poa: { chars: tr('poa.chars'), copied: tr('poa.copied') },
  };
}
