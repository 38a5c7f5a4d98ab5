/** A CLI failure the user can fix: its message is printed without a stack, and the command exits with exitCode (2). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}
