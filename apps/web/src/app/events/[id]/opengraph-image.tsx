import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/lib/share-card";
import { eventCard } from "@/lib/share-records";

export const alt = "The event and the words its source reports it in";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

// rendered on the first request and cached, so a large dataset adds nothing to the build
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const card = eventCard((await params).id);
  if (!card) notFound();
  return shareCardImage(card);
}
