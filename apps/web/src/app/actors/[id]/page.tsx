import { getActor } from "@dossier/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dataset } from "@/lib/data";
import { prerenderedParams } from "@/lib/prerender";
import { ActorView, actorPage } from "./ActorView";

type Props = { params: Promise<{ id: string }> };

// rendered on first visit, then served from the cache (lib/prerender.ts); unknown ids: src/proxy.ts
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prerenderedParams(dataset).actors;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = getActor(dataset, (await params).id);
  if (!actor) return {};
  return {
    title: actor.name,
    description: actor.description,
    alternates: { canonical: `/actors/${actor.id}` },
    openGraph: { title: actor.name, description: actor.description, type: "profile" },
  };
}

export default async function ActorPage({ params }: Props) {
  const view = actorPage((await params).id, 1);
  if (!view) notFound();
  return <ActorView {...view} page={1} />;
}
