/**
 * The one error class of the library. Thrown only for programmer and data
 * errors (a non-string text, a bad option, a malformed gazetteer entry);
 * never because of what a text says.
 */

/** The catalog of error codes, each with a short explanation. */
export const ERROR_CODES = {
  E_TEXT_TYPE: 'the text must be a string',
  E_TEXT_TOO_LONG: 'the text is longer than options.maxLength',
  E_OPTIONS: 'options must be a plain object with known keys',
  E_OPTION_VALUE: 'an option has a value of the wrong type or range',
  E_DATE: 'a date option is not a valid date',
  E_GAZETTEER_ENTRY: 'a custom gazetteer entry is malformed',
  E_ROLE_QUERY: 'a role query is malformed',
} as const;

/** A code from {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * The mark every error of the library carries, in the global symbol registry: each copy of the
 * class (the ESM and CommonJS builds, the English path's file that Node requires on the first
 * English text) knows the errors of the others by it.
 */
const MARK = Symbol.for('arabic-diplomatic-ner.DiplomaticNerError');

/** Thrown by the library for programmer and data errors. */
export class DiplomaticNerError extends TypeError {
  /**
   * `err instanceof DiplomaticNerError` holds for an error thrown by any copy of the class: the
   * library is loaded as more than one file (ESM and CommonJS builds, the English path required
   * apart), and each file's class would otherwise know only its own errors.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [MARK]?: unknown })[MARK] === true;
  }
  override readonly name = 'DiplomaticNerError';
  /** Machine-readable code, one of {@link ERROR_CODES}. */
  readonly code: ErrorCode;
  /** The parameter, option or field at fault, when there is one. */
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, path?: string) {
    super(`[${code}] ${message}`);
    this.code = code;
    this.path = path;
    // the mark `instanceof` looks for (not enumerable: not part of the error's fields)
    Object.defineProperty(this, MARK, { value: true });
  }
}

/** Throws a {@link DiplomaticNerError}. */
export function fail(code: ErrorCode, message: string, path?: string): never {
  throw new DiplomaticNerError(code, message, path);
}
