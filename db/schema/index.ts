export * from "./auth";
export * from "./creators";
export * from "./catalog";
export * from "./moderation";
export * from "./billing";
export * from "./runs";
export * from "./platform";
export * from "./relations";
