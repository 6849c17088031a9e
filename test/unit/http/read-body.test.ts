// readBody on a stream standing in for the request: the body in order, refused past the limit
// whether or not a length was declared, and never left waiting by a client that goes away.
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBody } from '../../../src/http/graphql-handler.js';

function request(headers: Record<string, string> = {}): PassThrough & IncomingMessage {
  return Object.assign(new PassThrough(), { headers }) as unknown as PassThrough & IncomingMessage;
}

describe('readBody', () => {
  it('gives the chunks back as one string, multi-byte characters split across chunks included', async () => {
    const req = request();
    const body = readBody(req, 100);
    const bytes = Buffer.from('{"q":"café"}');
    req.write(bytes.subarray(0, 10)); // splits the two bytes of "é"
    req.end(bytes.subarray(10));
    expect(await body).toBe('{"q":"café"}');
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    await expect(readBody(request({ 'content-length': '101' }), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('refuses a body that grows past the limit without a declared length', async () => {
    const req = request();
    const body = readBody(req, 10);
    req.write(Buffer.alloc(6));
    req.write(Buffer.alloc(6));
    await expect(body).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('fails, rather than waits for ever, when the client goes away mid-body', async () => {
    const req = request({ 'content-length': '50' });
    const body = readBody(req, 100);
    req.write('{"query":');
    req.destroy();
    await expect(body).rejects.toThrow(/closed the request before its body ended/);
  });
});
