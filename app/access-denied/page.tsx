import type { Metadata } from "next";
import { ForbiddenView } from "@/components/site/forbidden-view";

export const metadata: Metadata = { title: "Access denied", robots: { index: false } };

/** Middleware rewrites role-denied requests here with status 403. */
export default function AccessDeniedPage() {
  return <ForbiddenView />;
}
