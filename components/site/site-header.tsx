import { HeaderAccount } from "@/components/site/header-account";
import { SearchForm } from "@/components/catalog/search-form";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-3 px-4 sm:px-6 lg:gap-6">
        <MobileNav search={<SearchForm id="mobile-header-search" size="sm" placeholder="Search agents" />} />
        <Logo />
        <nav aria-label="Main" className="hidden md:block">
          <NavLinks />
        </nav>
        <div className="ml-auto hidden w-full max-w-xs md:block lg:max-w-sm">
          <SearchForm id="header-search" size="sm" placeholder="Search agents" />
        </div>
        <div className="ml-auto md:ml-0">
          <HeaderAccount />
        </div>
      </div>
    </header>
  );
}
