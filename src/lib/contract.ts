/**
 * What every island's contract module (fill-contract.ts, case-contract.ts) shares: the one action convention
 * (`data-action="<name>"`) and a lookup that fails with a clear message instead of a `!`.
 */

/** `[data-action="<name>"]`. */
export const actionSelector = (name: string) => `[data-action="${name}"]`;

/** A lookup for one island: the one element a selector finds in a root; a missing one is a broken page, said plainly. */
export const needIn =
  (island: string, contract: string) =>
  <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`${island}: the page has no ${selector} (${contract} lists what the component must render)`);
    return found;
  };
