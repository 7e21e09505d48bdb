import cliProgress from 'cli-progress';

/** A progress display for long work: a bar on a terminal, a line every few seconds otherwise. */
export function createProgress() {
  const tty = process.stderr.isTTY === true;
  let bar: cliProgress.SingleBar | undefined;
  let stage = '';
  let lastLine = 0;
  return {
    update(nextStage: string, done: number, total: number) {
      if (tty && total > 0) {
        if (nextStage !== stage) {
          bar?.stop();
          bar = new cliProgress.SingleBar(
            {
              format: `${nextStage.padEnd(14)} [{bar}] {percentage}% {value}/{total}`,
              stream: process.stderr,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, done);
        } else bar?.update(done);
      } else if (nextStage !== stage || Date.now() - lastLine > 3000) {
        process.stderr.write(`${nextStage}: ${done}${total > 0 ? `/${total}` : ''}\n`);
        lastLine = Date.now();
      }
      stage = nextStage;
    },
    stop() {
      bar?.stop();
    },
  };
}
