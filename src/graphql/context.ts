// What every resolver receives: one per HTTP request, so DataLoader caches and the read
// transaction never outlive the request.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { HealthService } from '../health/health-service.js';
import type { LexiconStore } from '../query/lexicon-store.js';
import type { ReadSession } from '../query/read-session.js';

export interface GraphQLContext {
  requestId: string;
  log: Logger;
  /** the request's read-only transaction, opened on first use */
  session: ReadSession;
  config: Config;
  lexicon: LexiconStore;
  health: HealthService;
}
