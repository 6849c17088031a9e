// The request's logger is made on first use, once, and carries the request id; asking whether a
// level is on does not make it.
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { GraphQLContext, type GraphQLContextParts } from '../../../src/graphql/context.js';

function contextLogging(lines: Record<string, unknown>[]) {
  const rootLog = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  const child = vi.spyOn(rootLog, 'child');
  const context = new GraphQLContext({ requestId: 'req-1', rootLog } as unknown as GraphQLContextParts);
  return { context, child };
}

describe('GraphQLContext', () => {
  it('says which levels are on without making the request logger', () => {
    const { context, child } = contextLogging([]);
    expect(context.logs('info')).toBe(true);
    expect(context.logs('debug')).toBe(false);
    expect(child).not.toHaveBeenCalled();
  });

  it('makes the request logger once, on first use, its lines carrying the request id', () => {
    const lines: Record<string, unknown>[] = [];
    const { context, child } = contextLogging(lines);
    context.log.info('first');
    context.log.warn('second');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines.map((line) => [line.requestId, line.msg])).toEqual([
      ['req-1', 'first'],
      ['req-1', 'second'],
    ]);
  });
});
