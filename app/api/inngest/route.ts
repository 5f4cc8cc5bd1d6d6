import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

// Inngest calls this route (signed with INNGEST_SIGNING_KEY) to sync and run the functions.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
