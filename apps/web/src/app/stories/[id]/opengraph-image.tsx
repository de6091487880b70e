import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/lib/share-card";
import { storyCard } from "@/lib/share-records";

export const alt = "The story, its period and its sources";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

// rendered on the first request and cached, so a large dataset adds nothing to the build
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const card = storyCard((await params).id);
  if (!card) notFound();
  return shareCardImage(card);
}
