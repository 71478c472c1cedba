/**
 * <case-save>: "save to my case" on a template page. Reads the letter as the fill island shows it (its live
 * preview, by paragraph line numbers, so the text matches what Copy gives) and leaves it for the case page in
 * localStorage. Imports nothing, so it stays under half a kilobyte and never pulls the case page's code in.
 */
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
      // Fields still empty in the letter as saved: the case file says so on the draft.
      const empty = new Set([...(box?.querySelectorAll<HTMLElement>('[data-filled-letter] mark.ph[data-state="empty"]') ?? [])].map((m) => m.dataset.key)).size;
      try {
        // The key is PENDING_KEY of src/lib/case-store.ts; tests/e2e/case.spec.ts checks the hand-over end to end.
        let list: unknown = [];
        try {
          list = JSON.parse(localStorage['sl-case-pending'] ?? '[]');
        } catch {
          /* unreadable: set aside below */
        }
        // A damaged list is set aside (kept, not overwritten) and a new one started, so saving still works (F11).
        if (!Array.isArray(list)) {
          localStorage['sl-case-pending-damaged'] = localStorage['sl-case-pending'];
          list = [];
        }
        (list as unknown[]).push({
          id: now.toString(36) + Math.random().toString(36).slice(2),
          slug: this.dataset.slug,
          savedAt: now,
          subject: box?.querySelector('[data-subject]')?.textContent,
          text: lines.join('\n'),
          ...(empty ? { empty } : {}),
        });
        localStorage['sl-case-pending'] = JSON.stringify(list);
        ok!.hidden = !(fail!.hidden = true);
      } catch {
        ok!.hidden = !(fail!.hidden = false);
      }
    };
  }
}

if (!customElements.get('case-save')) customElements.define('case-save', CaseSave);
