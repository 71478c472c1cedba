/**
 * Tap targets smaller than 44 × 44 CSS px on the page as it is shown (WCAG 2.2's target size, at the 2.5.5 size
 * the issue asks for). Runs in the page (page.evaluate). A link inside a sentence is exempt, as WCAG exempts inline
 * targets: its height is the line's (so is a sentence of the letter that can be rewritten in place). A checkbox or radio counts with its label, which is what a finger taps.
 */
export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

export function smallTargets(min = 44): SmallTarget[] {
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && el.checkVisibility({ opacityProperty: false, visibilityProperty: true });
  };
  // A link whose block holds other text than its own is inline (in a sentence, a list item with a description…).
  const inline = (el: Element) => {
    // A sentence of the letter that the reader can rewrite is the text itself: its height is the line's.
    if (el.hasAttribute('data-edit-unit')) return getComputedStyle(el).display === 'inline';
    if (el.tagName !== 'A') return false;
    const display = getComputedStyle(el).display;
    if (display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    const own = (el.textContent ?? '').replace(/\s+/g, '');
    const all = (block?.textContent ?? '').replace(/\s+/g, '');
    return all.length > own.length;
  };
  const out: SmallTarget[] = [];
  const seen = new Set<Element>();
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex="0"]';
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('.skip-link, [aria-hidden="true"], .sr-only')) continue;
    let target: Element = el;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      target = el.closest('label') ?? el.labels?.[0] ?? el;
      // A box beside its label counts as one target: the label's row.
      if (target === el && el.parentElement && el.labels?.[0] && el.parentElement.contains(el.labels[0])) target = el.parentElement;
    }
    if (seen.has(target) || !visible(el) || inline(el)) continue;
    seen.add(target);
    const box = target.getBoundingClientRect();
    if (box.width + 0.5 < min || box.height + 0.5 < min) {
      const text = (target.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40) || target.getAttribute('aria-label') || '';
      out.push({
        what: `${target.parentElement?.tagName.toLowerCase()}${target.parentElement?.className ? `.${String(target.parentElement.className).split(' ')[0]}` : ''} > ${target.tagName.toLowerCase()}${target.className ? `.${String(target.className).split(' ')[0]}` : ''} "${text}"`,
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
    }
  }
  return out;
}
