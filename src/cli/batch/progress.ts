// The progress bar: one line on stderr, redrawn at most ten times a second, shown only when
// stderr is a terminal (the runner decides). Other stderr lines are printed above it.
export interface Progress {
  /** Print a line on stderr without tearing the bar. */
  writeLine(line: string): void;
  update(done: number, total: number | null): void;
  /** Erase the bar for good. */
  finish(): void;
}

const REDRAW_MS = 100;
const CLEAR = '\r\x1b[K';

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export function renderBar(done: number, total: number | null, elapsedSeconds: number, columns: number): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const counts = total === null ? `${done}` : `${done}/${total}`;
  const eta = total === null || rate === 0 ? '' : `  ETA ${clock((total - done) / rate)}`;
  const tail = ` ${counts}  ${Math.round(rate)}/s${eta}`;
  const width = Math.max(0, Math.min(40, columns - tail.length - 3));
  if (total === null || total === 0 || width < 5) return tail.trimStart().slice(0, Math.max(0, columns - 1));
  const filled = Math.round((Math.min(done, total) / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${tail}`;
}

export function createProgress(stream: NodeJS.WriteStream, startedAt: number): Progress {
  let shown = '';
  let lastDraw = 0;
  let last: { done: number; total: number | null } = { done: 0, total: null };
  const draw = () => {
    lastDraw = Date.now();
    shown = renderBar(last.done, last.total, (performance.now() - startedAt) / 1000, stream.columns ?? 80);
    stream.write(CLEAR + shown);
  };
  return {
    writeLine(line) {
      stream.write((shown ? CLEAR : '') + line + '\n');
      if (shown) draw();
    },
    update(done, total) {
      last = { done, total };
      if (Date.now() - lastDraw >= REDRAW_MS) draw();
    },
    finish() {
      if (shown) stream.write(CLEAR);
      shown = '';
    },
  };
}
