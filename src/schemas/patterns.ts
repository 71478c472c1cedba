/** The id and key patterns content uses; free of zod so browser code (and validate.ts, which the checker imports) can share them. */

/** Stable ids and slugs: lower-case ASCII words joined by hyphens. */
export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Placeholder and option keys: lower snake_case ASCII. */
export const KEY_RE = /^[a-z][a-z0-9_]*$/;
