import { placeProfile } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dataset } from "@/lib/data";
import { prerenderedParams } from "@/lib/prerender";
import { PlaceView, placePage } from "./PlaceView";

type Props = { params: Promise<{ id: string }> };

// rendered on first visit, then served from the cache (lib/prerender.ts); unknown ids: src/proxy.ts
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).places;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = placeProfile(dataset, (await params).id);
  if (!profile) return {};
  const { place } = profile;
  return {
    title: place.name,
    description: `${place.name}: where the sources mention it and what happened there, story by story.`,
    alternates: { canonical: `/places/${place.id}` },
  };
}

export default async function PlacePage({ params }: Props) {
  const view = placePage((await params).id, 1);
  if (!view) notFound();
  return <PlaceView {...view} page={1} />;
}
