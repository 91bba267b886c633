/** An error that names the file and the 1-based line to fix. */
export class TranscriptError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'TranscriptError';
    this.file = file;
    this.line = line;
  }
}
