import { relations } from "drizzle-orm";
import { users } from "./auth";
import { creatorProfiles, creatorApplications } from "./creators";
import { agents, agentVersions, reviews } from "./catalog";
import { agentRuns } from "./runs";

export const usersRelations = relations(users, ({ one, many }) => ({
  creatorProfile: one(creatorProfiles, { fields: [users.id], references: [creatorProfiles.userId] }),
  applications: many(creatorApplications),
  reviews: many(reviews),
}));

export const creatorProfilesRelations = relations(creatorProfiles, ({ one, many }) => ({
  user: one(users, { fields: [creatorProfiles.userId], references: [users.id] }),
  agents: many(agents),
}));

export const creatorApplicationsRelations = relations(creatorApplications, ({ one }) => ({
  user: one(users, { fields: [creatorApplications.userId], references: [users.id] }),
}));

export const agentsRelations = relations(agents, ({ one, many }) => ({
  creator: one(creatorProfiles, { fields: [agents.creatorId], references: [creatorProfiles.id] }),
  versions: many(agentVersions),
  reviews: many(reviews),
}));

export const agentVersionsRelations = relations(agentVersions, ({ one }) => ({
  agent: one(agents, { fields: [agentVersions.agentId], references: [agents.id] }),
}));

export const reviewsRelations = relations(reviews, ({ one }) => ({
  agent: one(agents, { fields: [reviews.agentId], references: [agents.id] }),
  user: one(users, { fields: [reviews.userId], references: [users.id] }),
}));

export const agentRunsRelations = relations(agentRuns, ({ one }) => ({
  agent: one(agents, { fields: [agentRuns.agentId], references: [agents.id] }),
  user: one(users, { fields: [agentRuns.userId], references: [users.id] }),
}));
