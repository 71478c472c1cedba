/**
 * What <fill-letter> knows about its template, read from the page src/components/FillLetter.astro rendered
 * (instead of a JSON copy of the same labels and letters): the fields of the form, its switches, the letters'
 * sources, and a few data-* attributes on the element. The strings come from the locale's shared JSON file.
 */
import type { FillPage, FillStrings } from '../lib/fill-config';
import { partsSource, type PlaceholderSpec } from '../lib/letter';
import type { PlaceholderKind } from '../lib/model';

const text = (node: Element | null | undefined) => node?.textContent ?? '';

/**
 * Each field: key = its name, kind = data-kind (none: 'text'), label = its .fill-label, marker = "[English label]" as the
 * letters show an empty field (the English label is the label itself on English pages, its `lang="en"` twin elsewhere).
 */
function readFields(form: Element | null) {
  const specs: PlaceholderSpec[] = [];
  const labels: [string, string][] = [];
  for (const field of form?.querySelectorAll<HTMLElement>('[data-field]') ?? []) {
    const input = field.querySelector<HTMLElement>('input[name], textarea[name]');
    const key = field.dataset.field;
    if (!input || !key) continue;
    const label = text(field.querySelector('.fill-label'));
    const english = field.querySelector('label [lang="en"]') ? text(field.querySelector('label [lang="en"]')) : label;
    // Plain text fields carry no data-kind.
    specs.push({ key, kind: (input.dataset.kind ?? 'text') as PlaceholderKind, marker: `[${english}]` });
    labels.push([key, label]);
  }
  return { specs, labels: Object.fromEntries(labels) };
}

/** A subject's source: its data-source, or read back from its marks when the page left that out. */
function subjectOf(subject: HTMLElement | null): string | undefined {
  if (!subject) return undefined;
  return subject.dataset.source ?? partsSource([...subject.childNodes].map((node) => ({ text: node.textContent ?? '', key: node instanceof HTMLElement ? node.dataset.key : undefined })));
}

export function readFillPage(root: HTMLElement): FillPage {
  const form = root.querySelector('[data-fill-form]');
  const inputs = (selector: string) => [...(form?.querySelectorAll<HTMLInputElement>(selector) ?? [])];
  return {
    slug: root.dataset.slug ?? '',
    ...readFields(form),
    versions: [...root.querySelectorAll<HTMLElement>('[data-version]')].map((box) => ({
      id: box.dataset.version ?? '',
      subject: subjectOf(box.querySelector<HTMLElement>('[data-subject]')),
      letter: box.querySelector<HTMLElement>('[data-filled-letter]')?.dataset.source ?? '',
    })),
    mailTo: root.dataset.mailTo ?? '',
    kind: root.dataset.kind ?? '',
    recipientStatus: root.dataset.recipient,
    extras: {
      // A switch's default is the state the server rendered it in.
      options: inputs('[data-option]').map((input) => ({ key: input.dataset.option ?? '', default: input.defaultChecked })),
      attachments: inputs('[data-evidence][data-attachment]').map((input) => ({
        id: input.dataset.evidence ?? '',
        text: input.dataset.attachment ?? '',
        required: input.hasAttribute('data-required'),
      })),
    },
  };
}

/** Should the file not arrive, every string is its own name: the island still works, in the words of its code. */
const named = new Proxy({}, { get: (_target, name) => String(name) }) as FillStrings['strings'] & FillStrings['storage'] & FillStrings['poa'];
const FALLBACK: FillStrings = { strings: named, storage: named, messages: {}, goto: '→', poa: named };

const loaded = new Map<string, Promise<FillStrings>>();

/** The locale's strings, fetched once per page (and cached by the browser across pages). */
export function loadStrings(url: string | undefined): Promise<FillStrings> {
  if (!url) return Promise.resolve(FALLBACK);
  let strings = loaded.get(url);
  if (!strings) {
    strings = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<FillStrings>) : FALLBACK))
      .catch(() => FALLBACK);
    loaded.set(url, strings);
  }
  return strings;
}
