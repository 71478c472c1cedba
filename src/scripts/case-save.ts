/**
 * <case-save>: "save to my case" on a template page. Loads with the page only to show its button; the saving itself
 * (src/scripts/case-save-run.ts) loads on the first click, so the template page's JS at load stays small.
 */
class CaseSave extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback() {
    const button = this.querySelector('button');
    const ok = this.querySelector<HTMLElement>('[role="status"]');
    const fail = this.querySelector<HTMLElement>('[role="alert"]');
    if (!button || !ok || !fail)
      throw new Error('case-save: the element needs its button, a role="status" and a role="alert" (src/components/CaseSave.astro)');
    this.#button = button;
    button.hidden = false;
    button.onclick = () => void import('./case-save-run').then((run) => run.saveToCase(this.dataset.slug, ok, fail));
  }

  disconnectedCallback() {
    if (this.#button) this.#button.onclick = null;
  }
}

if (!customElements.get('case-save')) customElements.define('case-save', CaseSave);
