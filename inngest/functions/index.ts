import { deliverMail } from "./deliver-mail";

/** Every function served at /api/inngest and run in process in embedded mode. */
export const functions = [deliverMail];
