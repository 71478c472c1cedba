/**
 * The letter's editing layer inside <fill-letter>: what turns the painted letter into units the reader can rewrite
 * (src/lib/letter-edits.ts), the own-words count behind the meter (src/lib/own-words.ts, src/lib/letter-share.ts)
 * and the unit-by-unit painting. It travels in the view's chunk (src/scripts/fill-view.ts), which the island loads
 * when the page holds saved values or rewrites, on the reader's first interaction, when the letter nears the
 * screen, or once the page is idle — so none of it weighs on the page's load. The editor itself
 * (src/scripts/letter-editor.ts) loads on the first activation.
 */
import { renderLetter, toParagraphs, type Part, type PlaceholderSpec, type Values } from '../lib/letter';
import { splitTagged } from '../lib/letter-edits';

export { changeRun, editedSource, letterUnits, noEdits, parseEdits, serializeEdits, setUnit, unitText } from '../lib/letter-edits';
export { ownWords } from '../lib/own-words';

/** The island's reconciling painter (fill-letter.ts), handed in so both paint the same way. */
export type Reconcile = (target: Element, next: { key: string; make: () => Node }[], keep?: Node | null) => void;

/** A unit's state for the page: rewritten by the reader, or still word for word the site's (highlighted). */
export type UnitState = (id: string) => 'own' | 'fixed' | undefined;
const UNIT_ID_RE = /\uE000([^\uE002]*)\uE002/g;

/**
 * Paints the editable letter from its tagged source: as Letter.astro renders it, each unit in a focusable
 * `<span data-edit-unit role="button">` (a unit broken over lines by a multiline value is one span per line).
 */
export function paintUnits(
  target: Element,
  tagged: string,
  specs: PlaceholderSpec[],
  values: Values,
  state: UnitState,
  keep: Node | null,
  tools: { reconcile: Reconcile; partNode: (part: Part) => Node },
) {
  const { reconcile, partNode } = tools;
  const paragraphs = toParagraphs(renderLetter(tagged, specs, values));
  reconcile(
    target,
    paragraphs.map((paragraph) => {
      const json = JSON.stringify(paragraph);
      const ids = [...json.matchAll(UNIT_ID_RE)].map((m) => m[1]!);
      return {
        key: `${json}|${ids.map((id) => state(id) ?? '').join()}`,
        make: () => {
          const p = document.createElement('p');
          if (paragraph.heading) p.className = 'letter-heading';
          p.dataset.line = String(paragraph.line);
          let open: string | undefined;
          let span: HTMLElement | null = null;
          const into = () => {
            if (!open) return p;
            if (!span) {
              span = document.createElement('span');
              span.dataset.editUnit = open;
              span.tabIndex = 0;
              // A button named by its own words (read as the letter is read), described by its state and what
              // Enter does (the hidden hints of src/components/FillLetter.astro); docs/EDITOR.md says why.
              span.setAttribute('role', 'button');
              const unitState = state(open);
              if (unitState) span.dataset.state = unitState;
              span.setAttribute('aria-describedby', `${unitState ? `fill-unit-${unitState} ` : ''}fill-unit-hint`);
              p.append(span);
            }
            return span;
          };
          paragraph.lines.forEach((parts, index) => {
            if (index) {
              p.append(document.createElement('br'));
              span = null;
            }
            for (const part of parts) {
              if (part.key) {
                into().append(partNode(part));
                continue;
              }
              const split = splitTagged(part.text, open);
              for (const piece of split.pieces) {
                if (piece.unit !== open) {
                  open = piece.unit;
                  span = null;
                }
                if (piece.text) into().append(piece.text);
                else into();
              }
              if (split.open !== open) {
                open = split.open;
                span = null;
              }
            }
          });
          return p;
        },
      };
    }),
    keep,
  );
}
