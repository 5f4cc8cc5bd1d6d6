/** What a license's status means to its owner, in words. The order's status says why a license stopped. */

export type LicenseStatus = "active" | "revoked" | "suspended";
export type OrderStatus = "pending" | "paid" | "refunded" | "disputed" | "expired";

export const LICENSE_STATUS_LABELS: Record<LicenseStatus, string> = { active: "Active", revoked: "Revoked", suspended: "Suspended" };

/** null for an active license (nothing to explain); otherwise one or two sentences for the owner. */
export function licenseStatusNote(status: LicenseStatus, orderStatus: OrderStatus | null): string | null {
  if (status === "active") return null;
  if (status === "revoked") {
    return orderStatus === "refunded"
      ? "Revoked because the order was refunded. You can no longer run this agent with it; buy it again to get a new license."
      : "Revoked: this license no longer lets you run the agent. Contact support if you think this is a mistake.";
  }
  return orderStatus === "disputed"
    ? "Suspended while a payment dispute is open. It becomes active again if the dispute is resolved in your favor."
    : "Suspended: you cannot run the agent with this license for now. Contact support to restore it.";
}
