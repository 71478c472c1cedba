/**
 * <notice-box>: the loader. It hides the no-JavaScript note and waits; the decoder, its table and the rendering
 * (src/scripts/notice-run.ts, one dynamic chunk) load only when the reader pastes, types or asks to read a notice.
 */
class NoticeBoxElement extends HTMLElement {
  connectedCallback() {
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    this.querySelector<HTMLElement>('[data-notice-nojs]')?.setAttribute('hidden', '');
    const form = this.querySelector<HTMLFormElement>('[data-notice-form]');
    const text = this.querySelector<HTMLTextAreaElement>('[data-notice-text]');
    if (!form || !text) return;
    let started: Promise<void> | undefined;
    const start = (event?: Event) => {
      started ??= import('./notice-run').then(({ attachNotice }) => attachNotice(this));
      // The first event is replayed once the code is there (a paste, typing, or the button).
      const paste = event instanceof ClipboardEvent ? (event.clipboardData?.getData('text')?.length ?? 0) : 0;
      void started.then(() => this.dispatchEvent(new CustomEvent('notice:read', { detail: { pasted: paste } })));
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      start(event);
    });
    text.addEventListener('paste', start, { once: true });
    text.addEventListener('input', () => start(), { once: true });
  }
}

if (!customElements.get('notice-box')) customElements.define('notice-box', NoticeBoxElement);
