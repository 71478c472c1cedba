/**
 * The formats content and stored data are written in, each once: the schemas, the cross-file checks, the letter
 * syntax, the Plan-of-Action parser, the checker and the case file all read them from here.
 */

/** A placeholder or option key: lower snake_case ASCII (`store_name`). Source text, to build larger patterns from. */
export const KEY = '[a-z][a-z0-9_]*';
export const KEY_RE = new RegExp(`^${KEY}$`);

/** A slug or id: lower-case ASCII words joined by hyphens (`odr-a-to-z-vacation`). */
export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A calendar day as a date input gives it: `2024-01-23`. Source text, to build larger patterns from. */
export const ISO_DATE = '\\d{4}-\\d{2}-\\d{2}';
export const ISO_DATE_RE = new RegExp(`^${ISO_DATE}$`);

/** A list item's marker: a bullet (`-`, `*`, `•`) or a number with `.` or `)`. Source text. */
export const LIST_MARKER = '(?:[-*•]|\\d+[.)])';
/** A list item line's marker and the space after it. */
export const LIST_ITEM_RE = new RegExp(`^\\s*${LIST_MARKER}\\s+`);

/** What starts a heading line inside a letter. */
export const HEADING_PREFIX = '## ';
