/**
 * <case-save>: "save to my case" on a template page. Reads the letter as the fill island shows it (its live
 * preview, by paragraph line numbers, so the text matches what Copy gives) and leaves it for the case page in
 * localStorage. Imports only its storage key, so it stays under half a kilobyte and never pulls the case page's code in.
 */
import { PENDING_KEY } from '../lib/storage-keys';

class CaseSave extends HTMLElement {
  connectedCallback() {
    const [button, ok, fail] = this.children as unknown as HTMLElement[];
    button!.hidden = false;
    button!.onclick = () => {
      const island = document.querySelector<HTMLElement>('fill-letter');
      const box = island?.querySelector(`[data-version="${island.dataset.selected}"]`);
      const lines: string[] = [];
      box?.querySelectorAll<HTMLElement>('[data-filled-letter]>[data-line]').forEach((p) => {
        while (lines.length < +p.dataset.line!) lines.push('');
        let line = '';
        for (const node of p.childNodes) node.nodeName == 'BR' ? (lines.push(line), (line = '')) : (line += node.textContent);
        lines.push(line);
      });
      const now = Date.now();
      try {
        // tests/e2e/case.spec.ts checks the hand-over end to end.
        const list = JSON.parse(localStorage.getItem(PENDING_KEY) ?? '[]') as unknown[];
        list.push({
          id: now.toString(36) + Math.random().toString(36).slice(2),
          slug: this.dataset.slug,
          savedAt: now,
          subject: box?.querySelector('[data-subject]')?.textContent,
          text: lines.join('\n'),
        });
        localStorage.setItem(PENDING_KEY, JSON.stringify(list));
        ok!.hidden = !(fail!.hidden = true);
      } catch {
        ok!.hidden = !(fail!.hidden = false);
      }
    };
  }
}

if (!customElements.get('case-save')) customElements.define('case-save', CaseSave);
