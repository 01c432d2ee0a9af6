import nodemailer from 'nodemailer';

export interface MailTransport {
  send(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    headers: Record<string, string>;
  }): Promise<void>;
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
    send: async (mail) => {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}
