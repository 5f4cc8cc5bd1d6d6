import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { loadUserAccess, type UserAccess } from "./access";

/**
 * The user's access facts, read once per server request: Auth.js' jwt callback (role hint) and the
 * DAL both ask during the same render, and share this one query.
 */
export const accessForRequest = cache(async (userId: string): Promise<UserAccess | null> => loadUserAccess(await getDb(), userId));
