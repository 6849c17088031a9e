// Opaque page cursors: a position in one question's answer set. A cursor carries a fingerprint of
// the question it came from, so a cursor from another question (or a forged one) is refused with
// BAD_USER_INPUT instead of silently paging through a different answer.
import { createHash } from 'node:crypto';
import { badUserInput } from '../errors.js';

const PREFIX = 'r1';

export function questionFingerprint(question: string): string {
  return createHash('sha256').update(question.trim().toLowerCase()).digest('base64url').slice(0, 10);
}

export function encodeCursor(fingerprint: string, offset: number): string {
  return Buffer.from(`${PREFIX}:${fingerprint}:${offset}`, 'utf8').toString('base64url');
}

/** The offset of the row after the cursor's row. */
export function decodeCursor(cursor: string, fingerprint: string): number {
  const invalid = () => badUserInput('The `after` cursor is not valid for this question. Use a cursor from this question\'s pageInfo.');
  if (cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (parts.length !== 3 || parts[0] !== PREFIX || parts[1] !== fingerprint || !/^\d{1,9}$/.test(parts[2] ?? '')) throw invalid();
  return Number(parts[2]) + 1;
}
