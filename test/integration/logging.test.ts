// Every GraphQL request leaves one structured log line with its request id, operation, duration and
// outcome; the question itself (which may hold personal data) only at debug level.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/test-app.js';

async function logLines(level: 'info' | 'debug', question: string): Promise<{ lines: Record<string, unknown>[]; requestId: string | null }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const t = await startTestApp({ LOG_LEVEL: level }, undefined, pino({ level }, sink));
  try {
    const response = await t.gql('query AskOnce($q: String!) { askEmployees(question: $q) { totalCount } }', { q: question });
    return { lines, requestId: response.headers.get('x-request-id') };
  } finally {
    await t.close();
  }
}

describe('request logs', () => {
  it('at info: request id, operation name, duration and outcome, without the question', async () => {
    const question = 'Who is on parental leave?';
    const { lines, requestId } = await logLines('info', question);
    const done = lines.find((line) => line.msg === 'graphql request done');
    expect(done).toMatchObject({ requestId, operationName: 'AskOnce', outcome: 'ok' });
    expect(done?.durationMs).toBeTypeOf('number');
    expect(JSON.stringify(lines)).not.toContain(question);
  });

  it('records the error code as the outcome of a refused question', async () => {
    const { lines } = await logLines('info', 'engineers who play guitar');
    expect(lines.find((line) => line.msg === 'graphql request done')?.outcome).toBe('QUESTION_NOT_UNDERSTOOD');
  });

  it('at debug: the question is logged too', async () => {
    const question = 'Show employees managed by John Doe';
    const { lines } = await logLines('debug', question);
    expect(JSON.stringify(lines)).toContain(question);
  });
});
