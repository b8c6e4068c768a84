// Offsets to 1-based line and column (UTF-16 code units), as vfile-location does.

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, column: this.columnOf(offset, line) };
  }

  /**
   * The 1-based line of the offset. With columnOf, what position() says without its object:
   * emit maps every span and puts the two numbers straight into the span it makes.
   */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** The 1-based column of the offset on its line (lineOf(offset)). */
  columnOf(offset: number, line: number): number {
    return offset - this.lineStarts[line - 1]! + 1;
  }
}
