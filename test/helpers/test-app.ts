// Boots the real app (createApp, as main.ts does) on a free port against the shared test database,
// and speaks GraphQL to it over HTTP.
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { Logger } from 'pino';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown }[];
  headers: Headers;
}

export interface TestApp {
  app: App;
  url: string;
  databaseUrl: string;
  /** statements the ask path sent, by request id */
  statements: Map<string, string[]>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** A plain pg client on the app's database, for checking answers against SQL; ended by close(). */
  connect(): Promise<pg.Client>;
  close(): Promise<void>;
}

export async function startTestApp(
  env: Record<string, string> = {},
  databaseUrl = inject('databaseUrl'),
  logger?: Logger,
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', ...env });
  const statements = new Map<string, string[]>();
  const app = await createApp(config, {
    databaseUrl,
    ...(logger ? { logger } : {}),
    onStatement: (requestId, text) => {
      const list = statements.get(requestId) ?? [];
      list.push(text);
      statements.set(requestId, list);
    },
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  const clients: pg.Client[] = [];
  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    clients.push(client);
    return client;
  }

  async function close(): Promise<void> {
    await Promise.all(clients.map((client) => client.end()));
    await app.close();
  }

  return { app, url, databaseUrl, statements, gql, connect, close };
}
