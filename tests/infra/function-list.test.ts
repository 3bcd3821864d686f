import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HANDLER_NAMES,
  handlerEntry,
  MissingHandlerError,
  REPO_ROOT,
} from '../../infra/constructs/bulletin-function.js';
import { resourcesOfType, strip, stubSourceRoot, synthTemplate } from './infra-helpers.js';

const bulletinFunctions = (template: ReturnType<typeof synthTemplate>) =>
  Object.keys(resourcesOfType(template, 'AWS::Lambda::Function'))
    .map(strip)
    .filter((id) => id.endsWith('Function') && !id.startsWith('BucketNotificationsHandler'))
    .sort();

describe('the stack lists its functions explicitly', () => {
  it('deploys every listed function, each from its entry file in functions/handlers/', () => {
    const template = synthTemplate({ sourceRoot: stubSourceRoot() });
    expect(bulletinFunctions(template)).toEqual([
      'CompileFunction',
      'DeliverFunction',
      'FeedbackFunction',
      'IngestFunction',
      'ReviewFunction',
      'SubscriptionsFunction',
    ]);
    for (const name of HANDLER_NAMES)
      expect(handlerEntry(name)).toBe(join(REPO_ROOT, 'functions/handlers', `${name}.ts`));
  });

  it('fails the synth when a handler file is missing, instead of leaving the function out', () => {
    const withoutFeedback = stubSourceRoot(HANDLER_NAMES.filter((n) => n !== 'feedback'));
    expect(() => synthTemplate({ sourceRoot: withoutFeedback })).toThrow(MissingHandlerError);
    expect(() => synthTemplate({ sourceRoot: withoutFeedback })).toThrow(
      /feedback function has no entry file/,
    );
  });
});
