import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DEADLINE_EVENTS, DEADLINE_KINDS, DEADLINE_UNITS } from './lib/deadlines';
import { CONTACT_STATUSES, MARKETPLACES, PLACEHOLDER_KINDS, TEMPLATE_KINDS } from './lib/model';

/** Both languages of one short text; empty strings are rejected so a missing translation fails the build. */
const bilingual = z.object({
  /** Simplified Chinese text. */
  zh: z.string().trim().min(1, 'Chinese (zh) text is empty'),
  /** English text. */
  en: z.string().trim().min(1, 'English (en) text is empty'),
}).strict(); // strict: an unquoted comma in a YAML `{ zh: …, en: … }` would otherwise cut the text silently

const placeholder = z.object({
  /** Key used in the letter as {{key}}: lower snake_case ASCII. */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'placeholder key must be lower snake_case ASCII'),
  /** Field label shown to the reader, in both languages. */
  label: bilingual,
  /** Realistic example value; for list kinds, one item per line. */
  example: z.string().min(1),
  /** Input kind: decides the form control, validation and how the value is set in the letter. */
  kind: z.enum(PLACEHOLDER_KINDS),
  /** Optional hint shown under the field, in both languages. */
  hint: bilingual.optional(),
});

/** A paragraph the reader switches on or off in the form: the letter marks it {{#key}} … {{/key}}. */
const option = z.object({
  /** Key used in the block markers: lower snake_case ASCII. */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'option key must be lower snake_case ASCII'),
  /** The switch's label, as a statement the reader can confirm (e.g. "The employee has left"). */
  label: bilingual,
  /** Whether the paragraph is in the letter until the reader decides (the worked example's choice). */
  default: z.boolean(),
  /** Optional hint under the switch: when to keep or drop the paragraph. */
  hint: bilingual.optional(),
}).strict();

/** A document the appeal should attach: printed in the letter's {{@attachments}} list and ticked off on the page. */
const evidenceItem = z.object({
  /** Stable id, unique within the template: lower-case ASCII words joined by hyphens. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'evidence id must be lower-case ASCII words joined by hyphens'),
  /** What the document is; the English label is the line the letter lists (no placeholders). */
  label: bilingual,
  /** Required items are always listed in the letter; optional ones only when the reader ticks them. */
  required: z.boolean(),
  /** Format notes: what the document must show, how recent, which file types. */
  notes: bilingual.optional(),
}).strict();

/** A letter body plus its Chinese reference translation (used for the main letter and the compliant rewrite). */
const letterVersion = {
  /** Subject line for letters sent by email; may contain placeholders. */
  subject: z.string().optional(),
  /** The English letter; specifics are {{placeholder}} markers, lists stand alone on their line. */
  letter: z.string().min(1),
  /** Chinese reference translation of the letter, for understanding only; may reuse {{placeholders}}. */
  translationZh: z.string().min(1),
};

const templates = defineCollection({
  // Ids come from file names, not the `slug` field (Astro's default), so a duplicated slug reaches validation instead of silently replacing an entry.
  loader: glob({ pattern: '*.yaml', base: './content/templates', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: z.object({
    /** Stable ASCII slug; must equal the file name. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lower-case ASCII words joined by hyphens'),
    /** What the text is: an appeal to Amazon, another letter or request (to Amazon, a rights owner or a supplier), Amazon's own notice, a warning to another seller, or a buyer message. */
    kind: z.enum(TEMPLATE_KINDS),
    /** Category id from content/categories.yaml. */
    category: z.string(),
    /** Page title in both languages; says what the letter is. */
    title: bilingual,
    /** One or two sentences: when to use it. */
    summary: bilingual,
    ...letterVersion,
    /** Declared placeholders; every {{key}} in subject, letter and translation must be declared and used. */
    placeholders: z.array(placeholder).default([]),
    /** Optional paragraphs the reader switches in the form; each is used as a {{#key}} … {{/key}} block. */
    options: z.array(option).default([]),
    /** Documents to attach; required for appeals; listed where the letter has {{@attachments}}. */
    evidence: z.array(evidenceItem).default([]),
    /** Seed file names this text came from (see content/sources.yaml); empty only when writtenForSite. */
    sources: z.array(z.string()).default([]),
    /** True when the text was written new for this site rather than edited from a source. */
    writtenForSite: z.boolean().default(false),
    /** Note on how the text was assembled, when it is not a straight edit of one letter. */
    editorialNote: bilingual.optional(),
    /** Policy risk: what current Amazon rule this text breaks. */
    risk: bilingual.optional(),
    /** A compliant rewrite shown beside a risky original; required when risk is set. */
    compliant: z.object(letterVersion).optional(),
    /** Slugs of related templates. */
    related: z.array(z.string()).default([]),
    /** Slugs of variants of the same letter (shown as "compare variants"). */
    variants: z.array(z.string()).default([]),
    /** Contact ids (content/contacts.yaml) this letter is usually sent to. */
    sendTo: z.array(z.string()).default([]),
    /** Guide slugs that explain the situation. */
    guides: z.array(z.string()).default([]),
    /** Date an editor last checked the text against current Amazon practice. */
    lastReviewed: z.coerce.date(),
  }),
});

/** zh/en MDX explainers, one file per template and language: <slug>.zh-CN.mdx and <slug>.en.mdx. */
const explainers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/templates', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({}),
});

const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    /** Guide title in this file's language. */
    title: z.string().min(1),
    /** One-sentence description for lists, search results and Open Graph. */
    description: z.string().min(1),
    /** Position in guide lists (ascending). */
    order: z.number().int(),
    /** Seed file names the guide draws on. */
    sources: z.array(z.string()).default([]),
    /** Template slugs the guide links to, listed at its end. */
    related: z.array(z.string()).default([]),
  }),
});

const categories = defineCollection({
  loader: file('./content/categories.yaml'),
  schema: z.object({
    /** Category name in both languages. */
    name: bilingual,
    /** One-sentence description in both languages. */
    description: bilingual,
    /** Position in category lists (ascending). */
    order: z.number().int(),
    /** Documents an appeal in this category must name as attached; the letter checker's "missing evidence" rule reads it. */
    evidence: z
      .object({
        /** Each kind of document, every one required: its name and the words that show a letter mentions it. */
        kinds: z.array(
          z.object({
            /** The document's name in both languages, as the checker shows it. */
            label: bilingual,
            /** Lower-case words or phrases; the letter names the document when it contains any of them. */
            words: z.array(z.string().min(2)).min(1),
          }),
        ),
      })
      .optional(),
  }),
});

const contactPurposes = defineCollection({
  loader: file('./content/contact-purposes.yaml'),
  schema: z.object({
    /** What the address is for, in both languages. */
    name: bilingual,
    /** When to use it, in both languages. */
    description: bilingual,
    /** Position on the contacts page (ascending). */
    order: z.number().int(),
    /** Template kinds its addresses take (a template may only sendTo a contact whose purpose accepts its kind); [] for mailboxes meant for someone else. */
    accepts: z.array(z.enum(TEMPLATE_KINDS)),
  }),
});

const contacts = defineCollection({
  loader: file('./content/contacts.yaml'),
  schema: z.object({
    /** Purpose id from content/contact-purposes.yaml. */
    purpose: z.string(),
    /** Marketplace code, or ALL when the address is not marketplace-specific. */
    marketplace: z.enum(MARKETPLACES),
    /** E-mail address; exactly one of email and url is set. */
    email: z.string().optional(),
    /** Web entry point (a page on Amazon's own site). */
    url: z.url().optional(),
    /** Seed file names that published this entry. */
    sources: z.array(z.string()).min(1, 'a contact needs at least one source'),
    /** How much the entry can be trusted today. */
    status: z.enum(CONTACT_STATUSES),
    /** Short note in both languages (e.g. the subject line to use, or a disagreement between sources). */
    note: bilingual.optional(),
  }),
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: z.object({
    /** Title of the source article, as published. */
    title: z.string(),
    /** Who published it (forum, blog, company). */
    publisher: z.string(),
    /** Year or span of years of publication. */
    year: z.string(),
    /** What the article contributed, in both languages. */
    description: bilingual,
  }),
});

/** The "what happened?" triage: situations (with an order), each with a direct answer or one follow-up question. */
const triage = defineCollection({
  loader: file('./content/triage.yaml'),
  schema: z.object({
    /** Position on the start page; set on situations only (answers reached through a question leave it out). */
    order: z.number().int().optional(),
    /** What happened, as the seller would say it: the start page's link text, or the heading of an answer page. */
    title: bilingual,
    /** One line under the title on the start page. */
    hint: bilingual.optional(),
    /** The follow-up question; a node has either a question or a route. */
    question: z
      .object({
        /** The question, in both languages. */
        text: bilingual,
        /** What to check before answering. */
        help: bilingual.optional(),
        /** The choices; each leads to an answer node. */
        options: z
          .array(
            z.object({
              /** The choice as the seller would say it. */
              label: bilingual,
              /** Id of the answer node it leads to. */
              next: z.string(),
            }),
          )
          .min(2, 'a question needs at least two options'),
      })
      .optional(),
    /** The answer: the route to take. */
    route: z
      .object({
        /** Short name of the route, shown in the route map. */
        label: bilingual,
        /** The route in two or three sentences: what to do and where. */
        text: bilingual,
      })
      .optional(),
    /** What to do, in order. */
    steps: z.array(bilingual).default([]),
    /** Deadlines that apply, only as our sources state them or hedged ("check the deadline in your notice"). */
    deadlines: z.array(bilingual).default([]),
    /** What not to do. */
    avoid: z.array(bilingual).default([]),
    /** Template slugs to use on this route. */
    templates: z.array(z.string()).default([]),
    /** Contact ids (content/contacts.yaml) for this route. */
    contacts: z.array(z.string()).default([]),
    /** Contact purpose ids (content/contact-purposes.yaml), linked as "every marketplace". */
    contactPurposes: z.array(z.string()).default([]),
    /** Guide slugs that explain the route. */
    guides: z.array(z.string()).default([]),
  }),
});

/** Situations sellers arrive with (content/situations.yaml): the home page's cards and the search page's common problems. */
const situations = defineCollection({
  loader: file('./content/situations.yaml'),
  schema: z
    .object({
      /** Locale-free site path of the page that answers it first, e.g. /templates/<slug>/ or /contacts/#<purpose>; must exist. */
      target: z.string().regex(/^\/[a-z0-9/#-]*$/, 'target must be a locale-free site path such as /templates/<slug>/'),
      /** Id of the triage node (content/triage.yaml) that walks through the same problem, when there is one. */
      triage: z.string().optional(),
      /** Its card on the home page; without it the situation is not on the home page. */
      home: z
        .object({
          /** Position among the home page's cards (ascending). */
          order: z.number().int(),
          /** What happened, as the seller would say it: the card's heading. */
          title: bilingual,
          /** One line under the heading: what the target page gives. */
          text: bilingual,
        })
        .strict()
        .optional(),
      /** Its link among the search page's common problems; without it the situation is not on the search page. */
      search: z
        .object({
          /** Position among the common problems (ascending). */
          order: z.number().int(),
          /** The problem in a few words: the link text (the target page's title follows it). */
          label: bilingual,
        })
        .strict()
        .optional(),
    })
    .strict(),
});

/** Templates the home page features (content/featured.yaml). */
const featured = defineCollection({
  loader: file('./content/featured.yaml'),
  schema: z
    .object({
      /** Slug of the featured template; the template must exist. */
      id: z.string(),
      /** Position on the home page (ascending). */
      order: z.number().int(),
    })
    .strict(),
});

/** Sellers' words beside the site's words, for search: content/vocabulary.yaml (see docs/SEARCH.md). */
const vocabulary = defineCollection({
  loader: file('./content/vocabulary.yaml'),
  schema: z
    .object({
      /** Name of the meaning, unique, lower-case ASCII words joined by hyphens (used in messages). */
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case ASCII words joined by hyphens'),
      /** Simplified Chinese words, the site's and the sellers' (Traditional forms are made with OpenCC). */
      zh: z.array(z.string().trim().min(1)).min(1),
      /** English words and phrases, common misspellings included. */
      en: z.array(z.string().trim().min(1)).min(1),
      /** Site paths without the language prefix (e.g. /templates/review-manipulation/) that get these words even when their text has none. */
      pages: z.array(z.string().regex(/^\/[^\s]*\/(#[\w-]+)?$/, 'a page is a site path such as /templates/<slug>/ or /contacts/#<purpose>')).optional(),
    })
    .strict(),
});


/** Deadlines the case file dates and puts in the calendar; only as a source states them, hedged where they vary. */
const deadlines = defineCollection({
  loader: file('./content/deadlines.yaml'),
  schema: z.object({
    /** Short name, e.g. "Funds request opens". */
    name: bilingual,
    /** What the deadline means and what to do, in a sentence or two. */
    text: bilingual,
    /** The event it counts from: the notice's day, or the day the latest appeal went out. */
    from: z.enum(DEADLINE_EVENTS),
    /** How many units after the event (negative: before it, e.g. the earliest invoice date). */
    count: z.number().int().refine((n) => n !== 0, 'count must not be 0'),
    /** Unit of count; business days skip weekends, hours round up to whole days. */
    unit: z.enum(DEADLINE_UNITS),
    /** act-by: the seller must act before it; expect: Amazon usually answers by then; opens: something becomes possible; earliest: documents dated on or after it. */
    kind: z.enum(DEADLINE_KINDS),
    /** Where the number varies by notice or seller ("以你的通知为准"); shown beside the date. */
    hedge: bilingual.optional(),
    /** Where the number comes from. */
    source: z.object({
      /** Title and publisher of the source, as published. */
      name: z.string().min(1),
      /** Where to read it (shown as text; only Amazon's own pages are linked). */
      url: z.url(),
    }),
    /** Day an editor last checked the number against the source. */
    asOf: z.coerce.date(),
  }),
});


export const collections = { templates, explainers, guides, categories, contactPurposes, contacts, sources, triage, situations, featured, vocabulary, deadlines };
