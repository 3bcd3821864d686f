/** An SNS event as Lambda receives it, one record per message (SES feedback arrives this way). */
export const snsEvent = (...messages: object[]) => ({
  Records: messages.map((m, i) => ({
    EventSource: 'aws:sns',
    EventVersion: '1.0',
    EventSubscriptionArn: 'arn:aws:sns:eu-central-1:1:t:1',
    Sns: {
      Type: 'Notification',
      MessageId: String(i + 1),
      TopicArn: 'arn:aws:sns:eu-central-1:1:t',
      Subject: null,
      Message: JSON.stringify(m),
      Timestamp: new Date().toISOString(),
      SignatureVersion: '1',
      Signature: 'x',
      SigningCertUrl: 'https://sns.eu-central-1.amazonaws.com/c.pem',
      UnsubscribeUrl: 'https://sns.eu-central-1.amazonaws.com/u',
      MessageAttributes: {},
    },
  })),
});
