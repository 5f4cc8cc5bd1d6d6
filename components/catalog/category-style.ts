import { BarChart3, Code, FlaskConical, ListChecks, Megaphone, PenLine, type LucideIcon } from "lucide-react";
import type { CategorySlug } from "@/lib/catalog/categories";

/** Each category's accent: a color family and an icon, used on cards, chips and the category grid. */
export type CategoryStyle = {
  icon: LucideIcon;
  /** Solid accent for bars and dots. */
  bar: string;
  /** Tinted square behind the icon. */
  tile: string;
  /** Small label chip. */
  chip: string;
  /** Soft gradient wash for headers. */
  wash: string;
  /** Border color on hover. */
  hoverBorder: string;
};

export const CATEGORY_STYLES: Record<CategorySlug, CategoryStyle> = {
  writing: {
    icon: PenLine,
    bar: "bg-violet-500",
    tile: "bg-violet-100 text-violet-700",
    chip: "bg-violet-50 text-violet-700 ring-violet-600/20",
    wash: "from-violet-100/70",
    hoverBorder: "hover:border-violet-300",
  },
  coding: {
    icon: Code,
    bar: "bg-sky-500",
    tile: "bg-sky-100 text-sky-700",
    chip: "bg-sky-50 text-sky-700 ring-sky-600/20",
    wash: "from-sky-100/70",
    hoverBorder: "hover:border-sky-300",
  },
  research: {
    icon: FlaskConical,
    bar: "bg-amber-500",
    tile: "bg-amber-100 text-amber-800",
    chip: "bg-amber-50 text-amber-800 ring-amber-600/20",
    wash: "from-amber-100/70",
    hoverBorder: "hover:border-amber-300",
  },
  marketing: {
    icon: Megaphone,
    bar: "bg-rose-500",
    tile: "bg-rose-100 text-rose-700",
    chip: "bg-rose-50 text-rose-700 ring-rose-600/20",
    wash: "from-rose-100/70",
    hoverBorder: "hover:border-rose-300",
  },
  data: {
    icon: BarChart3,
    bar: "bg-emerald-500",
    tile: "bg-emerald-100 text-emerald-700",
    chip: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
    wash: "from-emerald-100/70",
    hoverBorder: "hover:border-emerald-300",
  },
  productivity: {
    icon: ListChecks,
    bar: "bg-teal-500",
    tile: "bg-teal-100 text-teal-700",
    chip: "bg-teal-50 text-teal-700 ring-teal-600/20",
    wash: "from-teal-100/70",
    hoverBorder: "hover:border-teal-300",
  },
};

export function categoryStyle(slug: CategorySlug): CategoryStyle {
  return CATEGORY_STYLES[slug] ?? CATEGORY_STYLES.productivity;
}
