export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Sends one message and returns the provider's message id. */
  send(email: OutgoingEmail): Promise<string>;
}
