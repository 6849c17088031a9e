// What every resolver receives: one per HTTP request, so DataLoader caches and the read
// transaction never outlive the request.
import type { Level, Logger } from 'pino';
import type { Principal } from '../auth/principal.js';
import type { Config } from '../config.js';
import type { HealthService } from '../health/health-service.js';
import type { RequestLoaders } from '../loaders/request-loaders.js';
import type { Metrics } from '../metrics/metrics.js';
import type { LexiconStore } from '../query/lexicon-store.js';
import type { ReadSession } from '../query/read-session.js';

/** What a request's context is made from; `rootLog` is the service's logger. */
export interface GraphQLContextParts {
  requestId: string;
  principal: Principal | null;
  rootLog: Logger;
  session: ReadSession;
  loaders: RequestLoaders;
  config: Config;
  lexicon: LexiconStore;
  health: HealthService;
  metrics: Metrics;
}

/**
 * A class rather than an object literal so that the request's logger can be made on first use
 * without a per-request accessor closure (V8 kept literals with such accessors, and all they
 * closed over, alive until a full GC: src/graphql/compiled-executor.ts says more).
 */
export class GraphQLContext {
  readonly requestId: string;
  /** who is asking; null when no credentials were sent (only public fields answer then) */
  readonly principal: Principal | null;
  /** the request's read-only transaction, opened on first use */
  readonly session: ReadSession;
  /** batched look-ups for rows that came without their related rows, made on first use */
  readonly loaders: RequestLoaders;
  readonly config: Config;
  readonly lexicon: LexiconStore;
  readonly health: HealthService;
  readonly metrics: Metrics;
  private readonly rootLog: Logger;
  private requestLog: Logger | null = null;

  constructor(parts: GraphQLContextParts) {
    this.requestId = parts.requestId;
    this.principal = parts.principal;
    this.session = parts.session;
    this.loaders = parts.loaders;
    this.config = parts.config;
    this.lexicon = parts.lexicon;
    this.health = parts.health;
    this.metrics = parts.metrics;
    this.rootLog = parts.rootLog;
  }

  /**
   * The request's logger, whose lines carry its request id. Made on first use: at the production
   * level most requests write no line, and a pino child serialises its bindings when it is made
   * (0.7 % of the busy main thread in a CPU profile of W3).
   */
  get log(): Logger {
    return (this.requestLog ??= this.rootLog.child({ requestId: this.requestId }));
  }

  /** Whether a line at `level` would be written, asked without making the request's logger. */
  logs(level: Level): boolean {
    return this.rootLog.isLevelEnabled(level);
  }
}
