import { getActor } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dataset } from "@/lib/data";
import { parsePageNumber } from "@/lib/story-pages";
import { ActorView, actorPage } from "../../ActorView";

type Props = { params: Promise<{ id: string; n: string }> };

// the actor's older stories, a page at a time; rendered on first visit, then cached
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams(): { id: string; n: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, n } = await params;
  const actor = getActor(dataset, id);
  const page = parsePageNumber(n);
  if (!actor || !page) return {};
  const at = actorPage(id, page)?.at;
  return {
    title: `${actor.name}, page ${page}`,
    description: actor.description,
    alternates: { canonical: `/actors/${actor.id}/page/${page}` },
    // past the last page: a message, not a page to list
    ...(at ? {} : { robots: { index: false } }),
  };
}

export default async function ActorStoriesPage({ params }: Props) {
  const { id, n } = await params;
  const page = parsePageNumber(n);
  const view = page ? actorPage(id, page) : undefined;
  if (!view || !page) notFound();
  return <ActorView {...view} page={page} />;
}
