import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/lib/share-card";
import { statementCard } from "@/lib/share-records";

export const alt = "The statement's words as its source quotes them, and whose they are";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

// rendered on the first request and cached, so a large dataset adds nothing to the build
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const card = statementCard((await params).id);
  if (!card) notFound();
  return shareCardImage(card);
}
