/**
 * What <fill-letter> knows about its template, read from the page src/components/FillLetter.astro rendered
 * (instead of a JSON copy of the same labels and letters): the fields of the form, its switches, the letters'
 * sources, and a few data-* attributes on the element. The strings come from the locale's shared JSON file.
 */
import type { FillPage, FillStrings } from '../lib/fill-config';
import type { PlaceholderSpec } from '../lib/letter';
import { partsSource } from '../lib/letter-state';
import type { PlaceholderKind } from '../lib/model';
import { FILL } from '../lib/fill-contract';

const text = (node: Element | null | undefined) => node?.textContent ?? '';

/**
 * Each field: key = its name, kind = data-kind (none: 'text'), label = its .fill-label, marker = data-marker (what the
 * letter shows while it is empty, written by the server with src/lib/placeholders.ts), example = data-example.
 */
function readFields(form: Element | null) {
  const specs: PlaceholderSpec[] = [];
  const labels: [string, string][] = [];
  const examples = new Map<string, string>();
  for (const field of form?.querySelectorAll<HTMLElement>(FILL.field) ?? []) {
    const input = field.querySelector<HTMLElement>('input[name], textarea[name]');
    const key = field.dataset.field;
    if (!input || !key) continue;
    // Plain text fields carry no data-kind.
    specs.push({ key, kind: (input.dataset.kind ?? 'text') as PlaceholderKind, marker: input.dataset.marker ?? `[${key}]` });
    labels.push([key, text(field.querySelector('.fill-label'))]);
    if (input.dataset.example !== undefined) examples.set(key, input.dataset.example);
  }
  return { specs, labels: Object.fromEntries(labels), examples };
}

/** A subject's source: its data-source, or read back from its marks when the page left that out. */
function subjectOf(subject: HTMLElement | null): string | undefined {
  if (!subject) return undefined;
  return (
    subject.dataset.source ??
    partsSource(
      [...subject.childNodes].map((node) => ({
        text: node.textContent ?? '',
        key: node instanceof HTMLElement ? node.dataset.key : undefined,
      })),
    )
  );
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
      // A switch's default is the state the server rendered it in; a radio carries its group (alternatives).
      options: inputs('[data-option]').map((input) => ({
        key: input.dataset.option ?? '',
        default: input.defaultChecked,
        ...(input.dataset.group ? { group: input.dataset.group } : {}),
      })),
      attachments: inputs('[data-evidence][data-attachment]').map((input) => ({
        id: input.dataset.evidence ?? '',
        text: input.dataset.attachment ?? '',
        required: input.hasAttribute('data-required'),
        // Listed automatically while this option is on.
        ...(input.dataset.when ? { when: input.dataset.when } : {}),
      })),
    },
  };
}

/** Should the file not arrive, every string is its own name: the island still works, in the words of its code. */
const named = new Proxy({}, { get: (_target, name) => String(name) }) as FillStrings['strings'] &
  FillStrings['storage'] &
  FillStrings['poa'] &
  FillStrings['editor'];
const FALLBACK: FillStrings = { strings: named, storage: named, editor: named, messages: {}, goto: '→', poa: named };

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
