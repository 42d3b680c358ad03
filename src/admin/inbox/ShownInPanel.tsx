/**
 * For the item's `state` and `replies` in the edit view: the panel shows both, and neither is edited
 * as a field, since they move only through the panel's actions and the background worker, which
 * keep the reply on Facebook, the deadline and the notifications consistent with them.
 */
export const ShownInPanel = () => null
