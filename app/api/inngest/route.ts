import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { modes } from "@/lib/env";

const inngestHandlers = serve({ client: inngest, functions });

// Without Inngest configured the functions run in process (lib/jobs); the SDK would answer 500 here.
function embeddedMode(): Response {
  return Response.json(
    { error: "not_served", message: "Background jobs run in process. Set INNGEST_DEV=1 or INNGEST_EVENT_KEY to serve Inngest here." },
    { status: 404 },
  );
}

// Inngest syncs (PUT) and runs (POST) the functions through this route, signed with INNGEST_SIGNING_KEY.
export const GET = modes.jobs === "service" ? inngestHandlers.GET : embeddedMode;
export const POST = modes.jobs === "service" ? inngestHandlers.POST : embeddedMode;
export const PUT = modes.jobs === "service" ? inngestHandlers.PUT : embeddedMode;
