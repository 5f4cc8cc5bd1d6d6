"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Sort } from "@/lib/catalog/search-params";

export type SortOption = { value: Sort; label: string; href: string };

/** Sort order as a keyboard-usable select; each option is a URL computed on the server. */
export function SortSelect({ value, options }: { value: Sort; options: SortOption[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-2">
      <span id="sort-label" className="hidden text-sm text-muted-foreground sm:inline">
        Sort by
      </span>
      <Select
        value={value}
        onValueChange={(next) => {
          const option = options.find((o) => o.value === next);
          if (option) startTransition(() => router.push(option.href, { scroll: false }));
        }}
      >
        <SelectTrigger aria-labelledby="sort-label" aria-label="Sort by" className="w-44 bg-background" data-pending={pending || undefined}>
          {/* Children render the label on the server too; Radix would otherwise fill it only after hydration. */}
          <SelectValue>{options.find((o) => o.value === value)?.label}</SelectValue>
        </SelectTrigger>
        <SelectContent align="end">
          {options.map((o) => (
            <SelectItem key={o.value} value={o.value}>
              {o.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
