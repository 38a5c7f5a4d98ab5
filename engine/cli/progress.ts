/** Progress of a long CLI run on stderr: a bar for people at a terminal, plain "k/N" lines otherwise. */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One more item finished; `detail` is shown next to the bar. */
  tick(detail?: string): void;
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  /** Draw a bar (only honoured when the stream is a terminal). */
  bar: boolean;
  label: string;
  /** Line output for the plain mode. */
  err: (text: string) => void;
  stream?: NodeJS.WriteStream;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  let done = 0;
  if (!options.bar || !stream.isTTY) {
    return {
      tick: () => {
        done += 1;
        options.err(`${done}/${options.total}`);
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar({
    stream,
    format: `${options.label} [{bar}] {value}/{total} {detail}`,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 4,
  }, cliProgress.Presets.shades_classic);
  bar.start(options.total, 0, { detail: '' });
  return {
    tick: (detail = '') => {
      done += 1;
      bar.update(done, { detail });
    },
    stop: () => bar.stop(),
  };
}
