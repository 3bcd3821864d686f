/** The service name on every log line, metric and trace (Powertools' `service`). */
export const SERVICE_NAME = 'cooperation-bulletin';
