/** One error type for expected failures: a code, an HTTP status and a message safe to show. */
export const ERROR_CODES = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly publicMessage: string;

  constructor(code: ErrorCode, publicMessage: string, options?: { cause?: unknown }) {
    super(publicMessage, options);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_CODES[code];
    this.publicMessage = publicMessage;
  }
}

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** What a user may see of an error: AppError messages as they are, anything else generic with a reference. */
export function publicError(error: unknown): { code: ErrorCode | "internal"; status: number; message: string; requestId?: string } {
  if (error instanceof AppError) return { code: error.code, status: error.status, message: error.publicMessage };
  const requestId = crypto.randomUUID().slice(0, 8);
  console.error(`[error ${requestId}]`, error);
  return { code: "internal", status: 500, message: `Something went wrong on our side (reference ${requestId}).`, requestId };
}
