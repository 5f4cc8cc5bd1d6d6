import type { CategorySlug } from "./schema/catalog";

export type SeedAgent = {
  slug: string;
  name: string;
  category: CategorySlug;
  pricing: "free" | "one_time" | "subscription";
  priceCents: number;
  tagline: string;
  tags: string[];
  creator: "nova-labs" | "quill-works" | "datasmith";
  featured?: number;
  about: string;
};

export const seedAgents: SeedAgent[] = [
  { slug: "blog-post-drafter", name: "Blog Post Drafter", category: "writing", pricing: "free", priceCents: 0, creator: "quill-works", featured: 3, tagline: "Turn a topic and an audience into a structured first draft.", tags: ["blog", "seo", "drafting"], about: "Give it a topic, an audience and a tone; it returns an outline and a first draft with headings, an intro that hooks and a closing call to action." },
  { slug: "cold-email-writer", name: "Cold Email Writer", category: "writing", pricing: "one_time", priceCents: 1900, creator: "quill-works", tagline: "Short, specific outreach emails that get replies.", tags: ["email", "sales", "outreach"], about: "Writes three variants of a cold email from a prospect description and your offer, each under 120 words, with a subject line." },
  { slug: "style-polisher", name: "Style Polisher", category: "writing", pricing: "subscription", priceCents: 900, creator: "quill-works", tagline: "Tighten prose without losing your voice.", tags: ["editing", "grammar", "style"], about: "Edits for clarity, concision and rhythm, and explains each change so you learn the pattern." },
  { slug: "press-release-pro", name: "Press Release Pro", category: "writing", pricing: "one_time", priceCents: 2900, creator: "nova-labs", tagline: "Announcements in AP style, ready for the wire.", tags: ["pr", "announcements", "media"], about: "Produces a press release with headline, dateline, quotes and boilerplate from a few bullet points." },
  { slug: "code-reviewer", name: "Code Reviewer", category: "coding", pricing: "subscription", priceCents: 1500, creator: "nova-labs", featured: 5, tagline: "A careful second pair of eyes on every diff.", tags: ["code review", "typescript", "security"], about: "Paste a diff; it flags bugs, risky patterns and missing tests, ordered by severity, with suggested fixes." },
  { slug: "sql-explainer", name: "SQL Explainer", category: "coding", pricing: "free", priceCents: 0, creator: "datasmith", featured: 2, tagline: "Understand any query, clause by clause.", tags: ["sql", "postgres", "learning"], about: "Explains what a SQL query does in plain language, points out performance traps and suggests indexes." },
  { slug: "regex-builder", name: "Regex Builder", category: "coding", pricing: "free", priceCents: 0, creator: "nova-labs", tagline: "Describe the pattern, get a tested regular expression.", tags: ["regex", "parsing", "tools"], about: "Builds a regular expression from a description and examples, with matches and non-matches shown." },
  { slug: "test-writer", name: "Unit Test Writer", category: "coding", pricing: "one_time", priceCents: 2400, creator: "nova-labs", tagline: "Table-driven tests for the function you paste.", tags: ["testing", "vitest", "jest"], about: "Reads a function and writes table-driven unit tests covering edge cases, errors and boundaries." },
  { slug: "literature-scout", name: "Literature Scout", category: "research", pricing: "subscription", priceCents: 1200, creator: "datasmith", featured: 4, tagline: "Map a research question to the papers that matter.", tags: ["papers", "academic", "summaries"], about: "Breaks a question into search angles, summarizes the key findings per angle and lists open questions." },
  { slug: "competitor-brief", name: "Competitor Brief", category: "research", pricing: "one_time", priceCents: 3900, creator: "nova-labs", tagline: "A one-page brief on any competitor's positioning.", tags: ["competitive analysis", "strategy"], about: "Builds a positioning brief: audience, promise, pricing signals, strengths and gaps, from notes you paste." },
  { slug: "fact-checker", name: "Fact Checker", category: "research", pricing: "free", priceCents: 0, creator: "quill-works", tagline: "Separate claims from evidence in any text.", tags: ["verification", "claims", "journalism"], about: "Extracts every factual claim from a text and rates how it could be verified, with what to look for." },
  { slug: "interview-synthesizer", name: "Interview Synthesizer", category: "research", pricing: "one_time", priceCents: 4900, creator: "datasmith", tagline: "Themes and quotes from customer interviews.", tags: ["user research", "ux", "themes"], about: "Clusters interview notes into themes with supporting quotes and a confidence for each theme." },
  { slug: "ad-copy-studio", name: "Ad Copy Studio", category: "marketing", pricing: "subscription", priceCents: 1900, creator: "quill-works", featured: 1, tagline: "Headlines and descriptions for every ad format.", tags: ["ads", "copywriting", "google ads"], about: "Writes ad variants sized for search, social and display, each tied to one benefit." },
  { slug: "launch-planner", name: "Launch Planner", category: "marketing", pricing: "one_time", priceCents: 2900, creator: "nova-labs", tagline: "A week-by-week plan for your product launch.", tags: ["launch", "go-to-market", "planning"], about: "Produces a launch plan with channels, owners, assets and a checklist per week." },
  { slug: "seo-audit", name: "SEO Audit", category: "marketing", pricing: "free", priceCents: 0, creator: "datasmith", tagline: "On-page SEO findings for the page you paste.", tags: ["seo", "content", "audit"], about: "Reviews titles, headings, meta description and content structure, and lists fixes by impact." },
  { slug: "social-calendar", name: "Social Calendar", category: "marketing", pricing: "subscription", priceCents: 700, creator: "quill-works", tagline: "A month of posts from one brief.", tags: ["social media", "content calendar"], about: "Turns a brief into a month of posts per channel with hooks and suggested visuals." },
  { slug: "csv-analyst", name: "CSV Analyst", category: "data", pricing: "free", priceCents: 0, creator: "datasmith", featured: 6, tagline: "Ask questions of a CSV in plain English.", tags: ["csv", "analysis", "statistics"], about: "Paste a CSV sample; it describes the columns, spots outliers and answers your question with the reasoning shown." },
  { slug: "dashboard-designer", name: "Dashboard Designer", category: "data", pricing: "one_time", priceCents: 3400, creator: "datasmith", tagline: "The right charts for the decision you need to make.", tags: ["dashboards", "charts", "bi"], about: "Proposes a dashboard layout, the metric definitions and the chart type for each question." },
  { slug: "metric-definer", name: "Metric Definer", category: "data", pricing: "subscription", priceCents: 1100, creator: "datasmith", tagline: "Unambiguous definitions for every KPI.", tags: ["kpi", "metrics", "analytics"], about: "Writes precise metric definitions with numerator, denominator, filters and known pitfalls." },
  { slug: "survey-coder", name: "Survey Coder", category: "data", pricing: "one_time", priceCents: 1500, creator: "nova-labs", tagline: "Code open-ended survey answers into categories.", tags: ["surveys", "coding", "qualitative"], about: "Builds a codebook from open answers and assigns each answer a code with a short justification." },
  { slug: "meeting-summarizer", name: "Meeting Summarizer", category: "productivity", pricing: "free", priceCents: 0, creator: "quill-works", tagline: "Decisions, owners and deadlines from any transcript.", tags: ["meetings", "notes", "summaries"], about: "Reads a transcript and returns decisions, action items with owners and dates, and open questions." },
  { slug: "inbox-triage", name: "Inbox Triage", category: "productivity", pricing: "subscription", priceCents: 500, creator: "nova-labs", tagline: "Sort a pile of emails into do, delegate, drop.", tags: ["email", "triage", "focus"], about: "Classifies a batch of emails and drafts one-line replies for the ones that need you." },
  { slug: "okr-coach", name: "OKR Coach", category: "productivity", pricing: "one_time", priceCents: 1900, creator: "quill-works", tagline: "Sharper objectives and measurable key results.", tags: ["okr", "goals", "planning"], about: "Rewrites objectives to be inspiring and key results to be measurable, and explains why." },
  { slug: "travel-itinerary", name: "Travel Itinerary", category: "productivity", pricing: "free", priceCents: 0, creator: "datasmith", tagline: "A day-by-day plan that respects your pace.", tags: ["travel", "planning", "itinerary"], about: "Plans each day around your interests, walking tolerance and budget, with alternatives for bad weather." },
];

export const pendingAgent: SeedAgent = {
  slug: "contract-clause-finder",
  name: "Contract Clause Finder",
  category: "productivity",
  pricing: "one_time",
  priceCents: 2900,
  creator: "nova-labs",
  tagline: "Find the clauses that matter in a contract.",
  tags: ["legal", "contracts", "review"],
  about: "Highlights termination, liability, renewal and payment clauses and explains each in plain language.",
};

export const reviewTexts: Array<{ rating: number; title: string; body: string }> = [
  { rating: 5, title: "Saves me an hour a day", body: "Output is consistently good and needs little editing." },
  { rating: 4, title: "Solid", body: "Does what it says. A couple of rough edges on long inputs." },
  { rating: 5, title: "Exactly what I needed", body: "Clear, structured and fast." },
  { rating: 3, title: "Good start", body: "Useful, but I still rework about half of it." },
  { rating: 4, title: "Worth it", body: "Paid for itself in the first week." },
  { rating: 2, title: "Not for my use case", body: "Works better for short inputs than for mine." },
];
