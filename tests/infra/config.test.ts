import { describe, expect, it } from 'vitest';
import { InfraConfigError, parseInfraConfig, readInfraConfig } from '../../infra/config.js';

describe('deployment parameters', () => {
  it('has defaults that synthesize without any input', () => {
    const config = parseInfraConfig({});
    expect(config).toMatchObject({
      senderAddress: 'bulletin@example.org',
      scheduleExpression: 'cron(0 9 ? * MON *)',
      scheduleTimeZone: 'Asia/Baku',
      sesMaxSendRate: 1,
      createSesIdentity: false,
      retainData: true,
      tracing: true,
      logRetentionDays: 30,
    });
    expect(config.alarmEmail).toBeUndefined();
  });

  it('takes the environment over the context, and context strings from -c', () => {
    const context: Record<string, unknown> = {
      senderAddress: 'news@ctx.az',
      sesMaxSendRate: '5',
      tracing: 'false',
    };
    const config = readInfraConfig((k) => context[k], { BULLETIN_SENDER_ADDRESS: 'news@env.az' });
    expect(config.senderAddress).toBe('news@env.az');
    expect(config.sesMaxSendRate).toBe(5);
    expect(config.tracing).toBe(false);
  });

  it('treats an empty environment variable as unset', () => {
    const config = readInfraConfig(() => undefined, { BULLETIN_ALARM_EMAIL: '' });
    expect(config.alarmEmail).toBeUndefined();
  });

  it('names the parameter, its context key and its variable when a value is wrong', () => {
    const bad = () => parseInfraConfig({ senderAddress: 'not-an-email', scheduleTimeZone: 'Mars/Olympus' });
    expect(bad).toThrow(InfraConfigError);
    expect(bad).toThrow(
      /senderAddress \(context "senderAddress" or env BULLETIN_SENDER_ADDRESS\): must be an email/,
    );
    expect(bad).toThrow(/scheduleTimeZone .*IANA time zone/);
  });

  it.each([
    [{ scheduleExpression: '0 9 * * 1' }, /scheduleExpression/],
    [{ sesMaxSendRate: '-2' }, /sesMaxSendRate/],
    [{ sesMaxSendRate: '0.01' }, /sesMaxSendRate.*must be at least/],
    [{ logRetentionDays: 10 }, /logRetentionDays/],
    [{ translateTerminology: 'a b' }, /translateTerminology/],
    [{ archiveDomain: 'bulletin.example.az' }, /archiveDomain and archiveCertificateArn go together/],
    [
      { archiveCertificateArn: 'arn:aws:acm:eu-central-1:123456789012:certificate/x', archiveDomain: 'a.az' },
      /us-east-1/,
    ],
  ])('refuses %j', (raw, message) => {
    expect(() => parseInfraConfig(raw)).toThrow(message);
  });
});
