import { CATEGORIES, type CategorySlug } from "@/db/schema/catalog";

export { CATEGORIES, type CategorySlug };

export const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]];

const descriptions: Record<CategorySlug, string> = {
  writing: "Drafts, edits and announcements in your voice.",
  coding: "Reviews, tests and explanations for working engineers.",
  research: "Questions turned into sources, themes and briefs.",
  marketing: "Campaigns, copy and launch plans that ship.",
  data: "Answers, metrics and dashboards from raw numbers.",
  productivity: "Meetings, inboxes and plans, handled.",
};

export function isCategorySlug(value: unknown): value is CategorySlug {
  return typeof value === "string" && (CATEGORY_SLUGS as readonly string[]).includes(value);
}

export function categoryName(slug: string): string {
  return CATEGORIES.find((c) => c.slug === slug)?.name ?? slug;
}

export function categoryDescription(slug: CategorySlug): string {
  return descriptions[slug];
}
