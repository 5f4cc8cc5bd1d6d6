import { ForbiddenView } from "@/components/site/forbidden-view";

export default function Forbidden() {
  return <ForbiddenView />;
}
