import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/security/client-ip";

export async function requestIp(): Promise<string> {
  return clientIpFrom(await headers());
}
