import type { CategorySlug } from "@/db/schema/catalog";

/**
 * Deterministic synthetic catalog for the search benchmark: the same seed gives the same 10,000 agents on every
 * run, so figures from different runs are measured against the same data. Word lists are per category so the
 * term frequencies look like a real marketplace (a few very common words, a long tail, a handful of rare ones).
 */

export type SyntheticAgent = {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  category: CategorySlug;
  tags: string[];
  pricing: "free" | "one_time" | "subscription";
  priceCents: number;
  ratingAvg: number;
  ratingCount: number;
  runCount: number;
  publishedAt: Date;
  createdAt: Date;
};

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Vocabulary = { subjects: string[]; roles: string[]; outputs: string[]; audiences: string[]; tags: string[] };

const VOCAB: Record<CategorySlug, Vocabulary> = {
  writing: {
    subjects: ["Blog", "Newsletter", "Essay", "Press Release", "Cover Letter", "Speech", "Story", "Headline", "Email", "Grant Proposal", "Product Description", "Book Outline", "Caption", "Bio", "Whitepaper"],
    roles: ["Writer", "Drafter", "Editor", "Polisher", "Rewriter", "Proofreader", "Coach", "Assistant", "Generator", "Outliner"],
    outputs: ["a first draft", "a tighter edit", "three alternative openings", "an outline with headings", "a polished final version", "a summary report of style issues"],
    audiences: ["founders", "students", "freelance writers", "marketing teams", "nonprofits", "job seekers", "bloggers"],
    tags: ["writing", "editing", "grammar", "style", "drafting", "blog", "email", "storytelling", "tone", "copywriting", "seo", "proofreading"],
  },
  coding: {
    subjects: ["SQL", "Regex", "TypeScript", "Python", "API", "Unit Test", "Docker", "Kubernetes", "Git", "React", "Postgres", "Bash", "Code", "Terraform", "GraphQL"],
    roles: ["Reviewer", "Explainer", "Builder", "Debugger", "Refactorer", "Generator", "Linter", "Assistant", "Tutor", "Optimizer"],
    outputs: ["a reviewed diff with comments", "working code with tests", "a step-by-step explanation", "a bug report with a fix", "a refactoring plan", "a performance report"],
    audiences: ["backend engineers", "data engineers", "junior developers", "SRE teams", "students learning to code", "tech leads"],
    tags: ["code review", "sql", "typescript", "python", "testing", "debugging", "devops", "security", "performance", "refactoring", "regex", "api"],
  },
  research: {
    subjects: ["Literature", "Market", "Competitor", "Patent", "Interview", "Survey", "Policy", "Trend", "Citation", "Grant", "Clinical Trial", "Academic Paper", "Source", "News", "Industry"],
    roles: ["Scout", "Analyst", "Summarizer", "Synthesizer", "Mapper", "Checker", "Researcher", "Briefer", "Reviewer", "Tracker"],
    outputs: ["a one-page brief", "an annotated reading list", "a research report with sources", "a map of open questions", "a themed summary with quotes", "a comparison table"],
    audiences: ["analysts", "PhD students", "product managers", "journalists", "consultants", "policy teams"],
    tags: ["research", "papers", "academic", "summaries", "competitive analysis", "strategy", "user research", "citations", "journalism", "verification", "market research"],
  },
  marketing: {
    subjects: ["Ad Copy", "SEO", "Social Media", "Launch", "Campaign", "Landing Page", "Brand Voice", "Email Marketing", "Content Calendar", "Influencer", "Funnel", "Positioning", "Growth", "Webinar", "Podcast"],
    roles: ["Studio", "Planner", "Strategist", "Writer", "Auditor", "Optimizer", "Generator", "Coach", "Assistant", "Analyst"],
    outputs: ["a campaign plan", "ad variants for every format", "a content calendar", "an SEO audit report", "a launch checklist", "a positioning statement"],
    audiences: ["startups", "ecommerce stores", "agencies", "solo founders", "growth teams", "B2B marketers"],
    tags: ["marketing", "seo", "ads", "copywriting", "social media", "launch", "go-to-market", "content", "branding", "email", "analytics"],
  },
  data: {
    subjects: ["CSV", "Dashboard", "Metric", "KPI", "Spreadsheet", "Forecast", "Cohort", "Churn", "Survey", "Sales Data", "Pivot Table", "Chart", "A/B Test", "Revenue", "Funnel Data"],
    roles: ["Analyst", "Designer", "Definer", "Explainer", "Forecaster", "Cleaner", "Builder", "Coder", "Assistant", "Auditor"],
    outputs: ["a weekly report", "a dashboard layout", "precise metric definitions", "a forecast with confidence intervals", "a cleaned dataset", "a summary report of outliers"],
    audiences: ["analysts", "finance teams", "operations managers", "data scientists", "founders", "sales leaders"],
    tags: ["data", "csv", "analysis", "statistics", "dashboards", "charts", "kpi", "metrics", "analytics", "forecasting", "excel", "bi"],
  },
  productivity: {
    subjects: ["Meeting", "Inbox", "OKR", "Travel", "Calendar", "Task", "Project", "Notes", "Habit", "Standup", "Weekly Review", "Decision", "Focus", "Contract", "Onboarding"],
    roles: ["Summarizer", "Triage", "Coach", "Planner", "Organizer", "Assistant", "Tracker", "Helper", "Scheduler", "Navigator"],
    outputs: ["meeting notes with action items", "a prioritized task list", "a day-by-day plan", "a weekly status report", "a decision memo", "a checklist"],
    audiences: ["busy managers", "remote teams", "executive assistants", "freelancers", "students", "small businesses"],
    tags: ["productivity", "meetings", "notes", "email", "planning", "goals", "focus", "travel", "tasks", "summaries", "calendar"],
  },
};

const ADJECTIVES = [
  "Swift", "Clear", "Smart", "Bright", "Handy", "Precise", "Quick", "Sharp", "Calm", "Bold", "Lucid", "Nimble",
  "Steady", "Tidy", "Keen", "Simple", "Deep", "Pro", "Instant", "Friendly", "Careful", "Crisp", "Focused", "Neat",
];

const CLOSERS = [
  "Works best with a short brief and one or two examples.",
  "Every answer explains its reasoning so you can check it.",
  "Keeps your voice and flags anything it is unsure about.",
  "Handles long inputs by working section by section.",
  "Output is plain Markdown you can paste anywhere.",
  "Asks a clarifying question when the input is ambiguous.",
];

// Rare vocabulary: each word lands in a handful of agents only, to measure a highly selective query.
const RARE = ["haiku", "zeitgeist", "palimpsest", "sonnet", "marginalia"];

const CATEGORY_SLUGS: CategorySlug[] = ["writing", "coding", "research", "marketing", "data", "productivity"];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function pickDistinct<T>(rand: () => number, list: readonly T[], n: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

const DAY = 86_400_000;
const PRICES = [300, 500, 700, 900, 1200, 1500, 1900, 2400, 2900, 3900, 4900, 9900];

export function generateAgents(count: number, seed = 4242, now = Date.now()): SyntheticAgent[] {
  const rand = prng(seed);
  const agents: SyntheticAgent[] = [];
  for (let i = 0; i < count; i++) {
    // A skewed category mix: writing and productivity are the crowded shelves.
    const r = rand();
    const category = r < 0.24 ? "writing" : r < 0.44 ? "productivity" : CATEGORY_SLUGS[2 + Math.floor(rand() * 4)]!;
    const v = VOCAB[category];
    const subject = pick(rand, v.subjects);
    const role = pick(rand, v.roles);
    const name = `${pick(rand, ADJECTIVES)} ${subject} ${role}`;
    const output = pick(rand, v.outputs);
    const audience = pick(rand, v.audiences);
    const tagline = `${subject} work turned into ${output} for ${audience}.`;
    const tags = pickDistinct(rand, v.tags, 2 + Math.floor(rand() * 4));
    const rare = i % 1999 === 7 ? RARE[Math.floor(i / 1999) % RARE.length]! : undefined;
    if (rare) tags.push(rare);

    const second = pick(rand, VOCAB[pick(rand, CATEGORY_SLUGS)].subjects).toLowerCase();
    const description = [
      `${name} helps ${audience} with ${subject.toLowerCase()} tasks. Paste your material and it returns ${output}, ready to use.`,
      "",
      "## What you get",
      "",
      `- ${tagline}`,
      `- Notes on ${second} where it matters${rare ? `, and a ${rare} mode for the curious` : ""}`,
      `- ${pick(rand, CLOSERS)}`,
      "",
      "## How to use it",
      "",
      "1. Paste your input into the box.",
      `2. Say who the result is for (for example ${pick(rand, v.audiences)}).`,
      "3. Run it and copy the result.",
      "",
      `Tags: ${tags.map((t) => `\`${t}\``).join(", ")}`,
    ].join("\n");

    const p = rand();
    const pricing = p < 0.55 ? "free" : p < 0.8 ? "one_time" : "subscription";
    const priceCents = pricing === "free" ? 0 : pick(rand, PRICES);
    const ratingCount = rand() < 0.2 ? 0 : Math.floor(rand() ** 3 * 400);
    const ratingAvg = ratingCount === 0 ? 0 : Math.round((2.5 + rand() * 2.5) * 100) / 100;
    const ageDays = Math.floor(rand() * 720);
    agents.push({
      slug: `${slugify(name)}-${i + 1}`,
      name,
      tagline,
      description,
      category,
      tags,
      pricing,
      priceCents,
      ratingAvg,
      ratingCount,
      runCount: Math.floor(rand() ** 2 * 50_000),
      publishedAt: new Date(now - ageDays * DAY),
      createdAt: new Date(now - (ageDays + 3) * DAY),
    });
  }
  return agents;
}
