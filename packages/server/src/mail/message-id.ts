/**
 * The Message-ID of an outbox mail: its id at the sender's domain, the same on every attempt,
 * so a mail sent again after SMTP lost its answer (it may have taken the mail) is a copy the
 * receiving side can recognise, not a second message.
 */
export function messageIdOf(outboxId: string, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'atrium.localhost';
  return `<${outboxId}@${domain}>`;
}
