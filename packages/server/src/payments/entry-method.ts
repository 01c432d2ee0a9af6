// How an account entry `e` was paid (the contract's PaymentMethod): a payment made here, online
// or with points, is booked under its id (051); any other payment came in by bank transfer.

/** Joins the payment an entry `e` was booked for, as `p`, when there is one. */
export const joinEntryPayment = `LEFT JOIN payments p ON e.source = 'payment'
  AND p.tenant_id = e.tenant_id AND p.id::text = e.reference`;

/** The method of a payment entry `e` joined by joinEntryPayment; null for other kinds. */
export const entryMethod = `CASE WHEN e.kind = 'payment' THEN coalesce(p.method, 'transfer') END`;
