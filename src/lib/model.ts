/** Shared vocabularies of the content model; used by the zod schemas, validation, pages and the island. */

/** `business-letter`: letters that are not Plans of Action (to a rights owner or supplier, a retraction text, an invoice note, a funds request). */
export const TEMPLATE_KINDS = ['appeal', 'business-letter', 'notice', 'seller-warning', 'buyer-message'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const PLACEHOLDER_KINDS = ['text', 'date', 'asin', 'order-id', 'email', 'number', 'list', 'multiline'] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

export const MARKETPLACES = ['ALL', 'US', 'CA', 'MX', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP', 'IN'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

export const CONTACT_STATUSES = ['historical-unverified', 'still-referenced-by-amazon', 'programme-closed'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
/** Whether Amazon still points sellers to a contact: the one status under which the site offers to write to it. */
export const isCurrentContact = (status: string | undefined) => status === ('still-referenced-by-amazon' satisfies ContactStatus);
