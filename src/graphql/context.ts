// What every resolver receives: one per HTTP request, so DataLoader caches and the read
// transaction never outlive the request.
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.js';
import type { Config } from '../config.js';
import type { HealthService } from '../health/health-service.js';
import type { RequestLoaders } from '../loaders/request-loaders.js';
import type { Metrics } from '../metrics/metrics.js';
import type { LexiconStore } from '../query/lexicon-store.js';
import type { ReadSession } from '../query/read-session.js';

export interface GraphQLContext {
  requestId: string;
  log: Logger;
  /** who is asking; null when no credentials were sent (only public fields answer then) */
  principal: Principal | null;
  /** the request's read-only transaction, opened on first use */
  session: ReadSession;
  /** batched look-ups for rows that came without their related rows, made on first use */
  loaders: RequestLoaders;
  config: Config;
  lexicon: LexiconStore;
  health: HealthService;
  metrics: Metrics;
}
