/**
 * How each kind of placeholder is typed into the form (src/components/FillForm.astro): a textarea or an input, and
 * the attributes that make a phone offer the right keyboard. One record per kind, so a new kind in
 * `PLACEHOLDER_KINDS` (src/lib/model.ts) is a row here and one in `FIELD_LIMITS`; TypeScript asks for both.
 */
import { FIELD_LIMITS } from './field-limits.ts';
import type { PlaceholderKind } from './model.ts';

export interface FieldInput {
  /** A textarea (several lines: a list is one item per line) rather than an input. */
  multiline: boolean;
  /** One item per line: the form says so under the field. */
  perLine: boolean;
  /** The input's type (textareas have none). */
  type: 'text' | 'date' | 'number' | 'email';
  /** Whether the field's maxlength applies: a date or number control bounds its own value. */
  bounded: boolean;
  /** Whether the empty field shows its "e.g. …" example: a date control has no room for one. */
  showsExample: boolean;
  /** Codes and addresses are not words: no spelling marks under them. */
  spellcheck?: 'false';
  /** ASINs are upper case; an address keeps the case the reader types. */
  autocapitalize?: 'characters' | 'off';
  /** A number may have decimals ("1.2 %"), so the phone shows a decimal pad and the control takes any step. */
  inputmode?: 'decimal';
  step?: 'any';
}

const line = { multiline: false, perLine: false, type: 'text', bounded: true, showsExample: true } as const;

export const FIELD_INPUTS: Readonly<Record<PlaceholderKind, FieldInput>> = {
  text: line,
  date: { ...line, type: 'date', bounded: false, showsExample: false },
  asin: { ...line, spellcheck: 'false', autocapitalize: 'characters' },
  'order-id': { ...line, spellcheck: 'false' },
  email: { ...line, type: 'email', spellcheck: 'false', autocapitalize: 'off' },
  number: { ...line, type: 'number', bounded: false, inputmode: 'decimal', step: 'any' },
  list: { ...line, multiline: true, perLine: true },
  multiline: { ...line, multiline: true },
};

/** The attributes of a kind's input element (beyond name, id and the field's own texts). */
export function inputAttributes(kind: PlaceholderKind) {
  const input = FIELD_INPUTS[kind];
  return {
    type: input.type,
    maxlength: input.bounded ? FIELD_LIMITS[kind] : undefined,
    step: input.step,
    inputmode: input.inputmode,
    spellcheck: input.spellcheck,
    autocapitalize: input.autocapitalize,
  };
}
