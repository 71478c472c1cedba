import { describe, expect, it } from 'vitest';
import { actionSelector, needIn } from '../../src/lib/contract';
import { action, ACTION, need } from '../../src/lib/fill-contract';
import { CASE_ACTION, caseAction, needCase } from '../../src/lib/case-contract';

/** A root that finds only what `found` holds (the unit project has no DOM). */
const rootWith = (found: Record<string, unknown>) =>
  ({ querySelector: (selector: string) => found[selector] ?? null }) as unknown as ParentNode;

describe('the islands’ shared contract', () => {
  it('one action convention on every island', () => {
    expect(actionSelector('copy')).toBe('[data-action="copy"]');
    expect(action(ACTION.copy)).toBe('[data-action="copy"]');
    expect(caseAction(CASE_ACTION.showEarlier)).toBe('[data-action="show-earlier"]');
  });

  it('a lookup returns the element, or fails naming the island, the selector and the contract', () => {
    const element = { tagName: 'P' };
    expect(needIn('x-island', 'src/lib/x.ts')(rootWith({ '[data-a]': element }), '[data-a]')).toBe(element);
    expect(() => need(rootWith({}), '[data-fill-form]')).toThrow(
      'fill-letter: the page has no [data-fill-form] (src/lib/fill-contract.ts lists what the component must render)',
    );
    expect(() => needCase(rootWith({}), '[data-status]')).toThrow(
      /^case-file: the page has no \[data-status\] \(src\/lib\/case-contract\.ts/,
    );
  });
});
