/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

/** Maps offsets to positions and back; line breaks are \n, \r\n or a lone \r. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // Searching for the breaks is several times faster than reading every character.
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
      return;
    }
    const lineBreak = /\r\n?|\n/g;
    for (let found = lineBreak.exec(text); found; found = lineBreak.exec(text)) this.lineStarts.push(found.index + found[0].length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 0), this.lineStarts.length - 1)];
  }

  /** Offset just before the line's break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The line break the document mostly uses, for inserted text. */
  get eol(): string {
    const firstBreak = this.lineStarts.length > 1 ? this.lineStarts[1] : -1;
    if (firstBreak < 0) return '\n';
    if (this.text.charCodeAt(firstBreak - 1) === 10) return this.text.charCodeAt(firstBreak - 2) === 13 ? '\r\n' : '\n';
    return '\r';
  }
}
