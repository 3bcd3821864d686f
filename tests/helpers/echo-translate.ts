import {
  TranslateClient,
  TranslateTextCommand,
  type TranslateTextCommandInput,
} from '@aws-sdk/client-translate';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach } from 'vitest';
import { logger } from '../../functions/shared/logger.js';

/**
 * Amazon Translate mocked as an echo service ("[az] <text>"), so every request's text can be followed into the
 * answer; registered around each test of the calling file. The logger is quietened meanwhile: the refusals the
 * tests provoke are expected, and their warnings would only be noise.
 */
export function useEchoTranslate() {
  const translate = mockClient(TranslateClient);
  const logLevel = logger.getLevelName();
  beforeEach(() => {
    logger.setLogLevel('ERROR');
    translate.reset();
    translate.on(TranslateTextCommand).callsFake(async (input: TranslateTextCommandInput) => ({
      TranslatedText: `[${input.TargetLanguageCode}] ${input.Text}`,
    }));
  });
  afterEach(() => {
    translate.reset();
    logger.setLogLevel(logLevel);
  });
  return {
    translate,
    /** Every TranslateText request made, in order. */
    inputs: () =>
      translate.commandCalls(TranslateTextCommand).map((c) => c.args[0].input as TranslateTextCommandInput),
    client: () => new TranslateClient({ region: 'eu-central-1' }),
  };
}
