-- A points payment type names its loyalty program (FIN-5): a card and its points belong to one
-- program at the loyalty provider, so two programs may each have a card of one number. The
-- pattern is the contract's LoyaltyProgram; set iff the type is of points, and never changed
-- (a new program is a new type).
ALTER TABLE payment_types
  ADD loyalty_program text CHECK (loyalty_program ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$');

-- No points type is in production yet; a demo database has the demo's two (demo/data.ts), and
-- any other gets a program of its own name for a manager to replace with a new type.
UPDATE payment_types
   SET loyalty_program = CASE name
         WHEN 'Бонусные рубли «Невский»' THEN 'nevsky-rub'
         WHEN 'Бонусные баллы «Невский»' THEN 'nevsky-points'
         ELSE 'unnamed-' || id
       END
 WHERE kind = 'points';

ALTER TABLE payment_types
  DROP CONSTRAINT payment_types_points_fields,
  ADD CONSTRAINT payment_types_points_fields CHECK (
    (kind = 'points') = (loyalty_program IS NOT NULL)
    AND (kind = 'points') = (loyalty_currency IS NOT NULL)
    AND (kind = 'points') = (point_value IS NOT NULL));

-- What the provider said of a payment that is not ours as we made it (another amount, currency
-- or provider id), for staff to look into; nothing of it is booked, and the provider is not
-- asked after it again.
ALTER TABLE payments ADD mismatch text CHECK (mismatch <> '');

-- Card look-ups at the loyalty provider (quotes and points payments) are counted per person
-- (their id in the email column) and address like sign-ins (src/auth/rate-limit.ts): a card's
-- number is not to be guessed.
ALTER TABLE login_attempts
  DROP CONSTRAINT login_attempts_action_check,
  ADD CONSTRAINT login_attempts_action_check
    CHECK (action IN ('sign_in', 'password_reset', 'card_lookup'));
