import nodemailer from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** The same for every attempt at one mail, so a copy sent twice reads as one message. */
  messageId: string;
}

export interface MailTransport {
  /** Hands the mail over; `signal` gives up on it, dropping the connection. */
  send(mail: OutgoingMail, signal: AbortSignal): Promise<void>;
  close(): void;
}

/**
 * SMTP when SMTP_URL is set; otherwise a local sandbox that accepts every mail at once,
 * which then stays readable in the dev outbox (src/mail/dev-outbox.ts).
 */
export function mailTransport(smtpUrl?: string): MailTransport {
  const transporter = smtpUrl
    ? nodemailer.createTransport(smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    send: async (mail, signal) => {
      // nodemailer takes an AbortSignal its type declarations do not list yet
      const abortable = { ...mail, signal };
      await transporter.sendMail(abortable);
    },
    close: () => transporter.close(),
  };
}
