/** What pages derive from the contacts: where a template's "Open in email" goes, and which marketplaces have addresses. Pure. */

export interface MailRecipient<S extends string = string> {
  email?: string;
  status: S;
}

export interface MailRoute<S extends string = string> {
  /** The first recipient in `sendTo` order that has an e-mail address (web entry points have none). */
  mailTo?: string;
  /** How far the first-named recipient can be trusted today; the page warns when it is not a live address. */
  recipientStatus?: S;
}

/** A template's mail route, from its `sendTo` list and the contacts by id. */
export function mailRoute<S extends string>(sendTo: readonly string[], contacts: ReadonlyMap<string, MailRecipient<S>>): MailRoute<S> {
  return {
    mailTo: sendTo.map((id) => contacts.get(id)?.email).find(Boolean),
    recipientStatus: sendTo[0] === undefined ? undefined : contacts.get(sendTo[0])?.status,
  };
}

/** Marketplaces that have at least one contact, in the given (canonical) order: the filters offer only these. */
export function usedMarketplaces<M extends string>(order: readonly M[], contacts: Iterable<{ marketplace: M }>): M[] {
  const used = new Set([...contacts].map((c) => c.marketplace));
  return order.filter((m) => used.has(m));
}
