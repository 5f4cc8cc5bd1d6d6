import { z } from "zod";

/** Input schemas shared by the auth actions and Auth.js' authorize: strict, bounded, normalized. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters")
  .max(128, "Use at most 128 characters");

export const signInSchema = z
  .object({ email: emailSchema, password: z.string().min(1, "Enter your password").max(128, "Password is too long"), next: z.string().max(2000).optional() })
  .strict();

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(80, "Use at most 80 characters"),
    email: emailSchema,
    password: passwordSchema,
    next: z.string().max(2000).optional(),
  })
  .strict();

export const forgotPasswordSchema = z.object({ email: emailSchema }).strict();

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: passwordSchema, confirm: z.string().max(128) })
  .strict()
  .refine((v) => v.password === v.confirm, { message: "Passwords do not match", path: ["confirm"] });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, "Enter your current password").max(128), password: passwordSchema, confirm: z.string().max(128) })
  .strict()
  .refine((v) => v.password === v.confirm, { message: "Passwords do not match", path: ["confirm"] });

export const verifyEmailSchema = z.object({ token: z.string().min(20).max(200) }).strict();

/** FormData → plain object, dropping Next's internal `$ACTION_*` fields so strict schemas see only ours. */
export function formToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
