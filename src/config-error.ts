/** A bad setting in the environment; its message names the variable and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
