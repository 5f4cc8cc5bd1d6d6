import { createHash, randomBytes } from "node:crypto";

/** Random secrets for links, API keys and licenses: the raw value is shown once, only its hash is kept. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
