import { getPlace } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dataset } from "@/lib/data";
import { parsePageNumber } from "@/lib/story-pages";
import { PlaceView, placePage } from "../../PlaceView";

type Props = { params: Promise<{ id: string; n: string }> };

// the older stories of a place, a page at a time; rendered on first visit, then cached
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams(): { id: string; n: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, n } = await params;
  const place = getPlace(dataset, id);
  const page = parsePageNumber(n);
  if (!place || !page) return {};
  const at = placePage(id, page)?.at;
  return {
    title: `${place.name}, page ${page}`,
    description: `${place.name}: what happened there and where the sources name it, page ${page}.`,
    alternates: { canonical: `/places/${place.id}/page/${page}` },
    // past the last page: a message, not a page to list
    ...(at ? {} : { robots: { index: false } }),
  };
}

export default async function PlaceStoriesPage({ params }: Props) {
  const { id, n } = await params;
  const page = parsePageNumber(n);
  const view = page ? placePage(id, page) : undefined;
  if (!view || !page) notFound();
  return <PlaceView {...view} page={page} />;
}
