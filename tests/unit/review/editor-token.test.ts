import { describe, expect, it } from 'vitest';
import {
  type EditorAccessError,
  editorIdFor,
  editorsFrom,
  signEditorToken,
  verifyEditorToken,
} from '../../../functions/domain/review/editor-token.js';
import {
  InvalidTokenError,
  signLinkToken,
  verifyLinkToken,
} from '../../../functions/domain/subscription/link-token.js';

const SECRET = 'k'.repeat(40);
const editors = editorsFrom(['press@example.org', 'chief@example.org']);
const [press] = editors;
const NOW = 1_800_000_000;

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as InvalidTokenError | EditorAccessError).reason;
  }
  return 'accepted';
};

describe('editor review tokens', () => {
  it('name the editor and the week, and verify until they expire', () => {
    if (!press) throw new Error('no editor');
    const token = signEditorToken(SECRET, press, '2026-W47', NOW + 60);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(token).not.toContain('press@');
    expect(verifyEditorToken(SECRET, token, editors, NOW)).toEqual({
      editor: press,
      week: '2026-W47',
      expiresAt: NOW + 60,
    });
    expect(reason(() => verifyEditorToken(SECRET, token, editors, NOW + 61))).toBe('expired');
  });

  it('refuse a forged signature, another key, a tampered payload and garbage', () => {
    if (!press) throw new Error('no editor');
    const token = signEditorToken(SECRET, press, '2026-W47', NOW + 60);
    const [payload, mac] = token.split('.');
    const other = signEditorToken('x'.repeat(40), press, '2026-W47', NOW + 60);
    const moved = Buffer.from(`review.${press.id}:2026-W48.${NOW + 60}`).toString('base64url');
    expect(reason(() => verifyEditorToken(SECRET, `${payload}.${mac?.slice(1)}A`, editors, NOW))).toBe(
      'bad-signature',
    );
    expect(reason(() => verifyEditorToken(SECRET, other, editors, NOW))).toBe('bad-signature');
    expect(reason(() => verifyEditorToken(SECRET, `${moved}.${mac}`, editors, NOW))).toBe('bad-signature');
    expect(reason(() => verifyEditorToken(SECRET, 'nonsense', editors, NOW))).toBe('malformed');
  });

  it('keep purposes apart: a subscriber link is no review link, and a review link unsubscribes nobody', () => {
    if (!press) throw new Error('no editor');
    const unsubscribe = signLinkToken(SECRET, {
      purpose: 'unsubscribe',
      subscriberId: 'abc',
      expiresAt: NOW + 60,
    });
    expect(reason(() => verifyEditorToken(SECRET, unsubscribe, editors, NOW))).toBe('wrong-purpose');
    const review = signEditorToken(SECRET, press, '2026-W47', NOW + 60);
    expect(reason(() => verifyLinkToken(SECRET, review, 'unsubscribe', NOW))).toBe('wrong-purpose');
  });

  it('stop working for an address taken off the editors list', () => {
    const gone = { id: editorIdFor('former@example.org'), email: 'former@example.org' };
    const token = signEditorToken(SECRET, gone, '2026-W47', NOW + 60);
    expect(reason(() => verifyEditorToken(SECRET, token, editors, NOW))).toBe('not-an-editor');
  });

  it('give one id per address, whatever its case', () => {
    expect(editorIdFor(' Press@Example.org ')).toBe(press?.id);
    expect(new Set(editors.map((e) => e.id)).size).toBe(2);
    const garbage = signLinkToken(SECRET, {
      purpose: 'review',
      subscriberId: 'no-week',
      expiresAt: NOW + 60,
    });
    expect(() => verifyEditorToken(SECRET, garbage, editors, NOW)).toThrow(InvalidTokenError);
  });
});
