/**
 * A role's note says what is not the office itself (a deputy, a regional
 * government, a supreme leader), unless it only says how the holder held it:
 * acting, interim, transitional, caretaker; as the chair of a collective head
 * of state (Sudan's Sovereignty Council, Libya's Presidential Council, Yemen's
 * Presidential Leadership Council); as one of two co-princes (Andorra); or
 * unless it gives the name a state uses for the office itself: the army's
 * chief is its chief of (the general) staff, in the United States the
 * chairman of the Joint Chiefs of Staff.
 */
const REGULAR_NOTE = /^(acting|interim|transitional|caretaker|chair of the|co-prince|(IDF )?chief of (the )?(general )?staff|chairman of the joint chiefs)\b/i;

/** Does a role with this note (or none) count as holding the office? */
export const holdsTheOffice = (note: string | undefined): boolean => note === undefined || REGULAR_NOTE.test(note);

/** Offices held by many at once, told apart by where they are posted: an unnamed holder is nobody in particular, not the state. */
export const POSTED_ROLES: ReadonlySet<string> = new Set(['ambassador', 'envoy']);

/**
 * Does a role's portfolio hold one of the words a minister's title names («وزير النفط»: oil, petroleum,
 * energy)? Ministers of one state hold many portfolios at once; only the title's own tells them apart.
 * A portfolio lists its items joined by commas, «and» or «then» («oil and gas, then energy and minerals»);
 * a word fits an item it opens, so «head of the Atomic Energy Organization» is no energy ministry.
 * No words: any role fits.
 */
export function fitsPortfolio(role: { portfolio?: string }, words: readonly string[] | undefined): boolean {
  if (!words) return true;
  const items = role.portfolio?.toLowerCase().split(PORTFOLIO_JOINS) ?? [];
  return items.some((item) => words.some((w) => item.startsWith(w)));
}

/** What joins the items of a portfolio: a comma, a semicolon, «and», «then». */
const PORTFOLIO_JOINS = /\s*[,;]\s*(?:then\s+)?|\s+and\s+|\s+then\s+/;
