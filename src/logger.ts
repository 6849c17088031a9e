import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'roster' },
    // Database URLs and auth headers must never reach the log in full.
    redact: { paths: ['req.headers.authorization', '*.password'], censor: '***' },
  });
}
