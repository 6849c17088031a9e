// The parser's vocabulary, loaded from the data and compiled once, then reloaded on a timer so a
// new department, location, title, leave type or name is understood without a deploy. A failed reload
// keeps the last good vocabulary, and so does a reload that finds the same data: the questions
// already understood are remembered per vocabulary (understood-questions.ts), and a new one, even
// an identical one, would have every question parsed and compiled again after each refresh.
import type { Logger } from 'pino';
import { compileLexicon, type Lexicon, type LexiconData } from '../question/index.js';

export class LexiconStore {
  private lexicon: Lexicon | null = null;
  /** the data the current vocabulary was compiled from, as JSON (a few kilobytes: most of it the distinct names) */
  private compiledFrom: string | null = null;
  private loading: Promise<Lexicon> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly load: () => Promise<LexiconData>,
    private readonly log: Logger,
  ) {}

  /** The compiled vocabulary; loads it on first use. */
  async current(): Promise<Lexicon> {
    return this.lexicon ?? this.reload();
  }

  reload(): Promise<Lexicon> {
    this.loading ??= this.load()
      .then((data) => {
        const key = JSON.stringify(data);
        if (this.lexicon === null || key !== this.compiledFrom) {
          this.lexicon = compileLexicon(data);
          this.compiledFrom = key;
        }
        return this.lexicon;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  startRefreshing(intervalMs: number): void {
    this.stopRefreshing();
    this.timer = setInterval(() => {
      this.reload().catch((error: unknown) => this.log.warn({ err: error }, 'vocabulary reload failed; keeping the previous one'));
    }, intervalMs);
    this.timer.unref();
  }

  stopRefreshing(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
