import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "@/lib/utils";

/*
 * Creator-written markdown is untrusted. Raw HTML is dropped (skipHtml, and no rehype-raw), the tree is then
 * sanitized with GitHub's schema minus images (no third-party tracking pixels on our pages), and
 * react-markdown's URL filter removes javascript: and other unsafe links. Headings are demoted one level
 * because the page owns the h1.
 */
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== "img" && t !== "picture" && t !== "source"),
};

const components: Components = {
  h1: ({ node: _n, ...p }) => <h2 className="mt-8 mb-3 text-xl font-semibold tracking-tight first:mt-0" {...p} />,
  h2: ({ node: _n, ...p }) => <h3 className="mt-8 mb-3 text-lg font-semibold tracking-tight first:mt-0" {...p} />,
  h3: ({ node: _n, ...p }) => <h4 className="mt-6 mb-2 text-base font-semibold first:mt-0" {...p} />,
  h4: ({ node: _n, ...p }) => <h5 className="mt-4 mb-2 text-sm font-semibold first:mt-0" {...p} />,
  h5: ({ node: _n, ...p }) => <h6 className="mt-4 mb-2 text-sm font-semibold first:mt-0" {...p} />,
  h6: ({ node: _n, ...p }) => <h6 className="mt-4 mb-2 text-sm font-semibold first:mt-0" {...p} />,
  p: ({ node: _n, ...p }) => <p className="my-4 leading-7 first:mt-0 last:mb-0" {...p} />,
  ul: ({ node: _n, ...p }) => <ul className="my-4 list-disc space-y-1.5 pl-6 marker:text-muted-foreground" {...p} />,
  ol: ({ node: _n, ...p }) => <ol className="my-4 list-decimal space-y-1.5 pl-6 marker:text-muted-foreground" {...p} />,
  li: ({ node: _n, ...p }) => <li className="pl-1 leading-7" {...p} />,
  a: ({ node: _n, href, ...p }) => {
    const external = typeof href === "string" && /^https?:\/\//i.test(href);
    return (
      <a
        href={href}
        className="font-medium text-primary underline underline-offset-4 hover:text-primary/80"
        {...(external && { target: "_blank", rel: "nofollow ugc noopener noreferrer" })}
        {...p}
      />
    );
  },
  blockquote: ({ node: _n, ...p }) => <blockquote className="my-4 border-l-2 pl-4 text-muted-foreground italic" {...p} />,
  code: ({ node: _n, className, ...p }) =>
    className?.includes("language-") ? (
      <code className={cn("font-mono text-sm", className)} {...p} />
    ) : (
      <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-[0.85em]" {...p} />
    ),
  pre: ({ node: _n, ...p }) => <pre className="my-4 overflow-x-auto rounded-lg border bg-muted/50 p-4 text-sm" {...p} />,
  hr: ({ node: _n, ...p }) => <hr className="my-8 border-border" {...p} />,
  table: ({ node: _n, ...p }) => (
    <div className="my-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm" {...p} />
    </div>
  ),
  th: ({ node: _n, ...p }) => <th className="border-b px-3 py-2 text-left font-semibold" {...p} />,
  td: ({ node: _n, ...p }) => <td className="border-b px-3 py-2" {...p} />,
};

export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cn("text-[15px] text-foreground/90", className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[[rehypeSanitize, schema]]} skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
