-- An SMS done with (sent, or refused for good) keeps no text (src/sms/sender.ts), as the mail
-- outbox blanks the mail it sent: a rejection's reason is not kept for ever.
ALTER TABLE sms_outbox
  DROP CONSTRAINT sms_outbox_text_body_check,
  ADD CONSTRAINT sms_outbox_text_body_check
    CHECK (text_body <> '' OR sent_at IS NOT NULL OR failed_at IS NOT NULL);
