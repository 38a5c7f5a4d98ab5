/**
 * A scenario setting that cannot be modelled with the data given (e.g. a staffing quota without a
 * teachers column). `path` is the scenario field (JSON pointer); the CLI prefixes the file name, the
 * API answers 400 with it.
 */
export class ModelInputError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'ModelInputError';
  }
}
