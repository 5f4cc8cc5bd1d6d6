"use client";

import { Menu } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { NavLinks } from "./nav-links";

/** The header's navigation and search on small screens. The search form is rendered by the server and passed in. */
export function MobileNav({ search }: { search: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open menu">
          <Menu className="size-5" aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-80">
        <SheetHeader className="border-b">
          <SheetTitle className="text-left">4UAI</SheetTitle>
        </SheetHeader>
        <div className="flex flex-col gap-6 px-4">
          <div onSubmitCapture={() => setOpen(false)}>{search}</div>
          <nav aria-label="Main">
            <NavLinks orientation="vertical" onNavigate={() => setOpen(false)} />
          </nav>
        </div>
      </SheetContent>
    </Sheet>
  );
}
