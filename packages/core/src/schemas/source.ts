import * as z from "zod";
import { attested, IdSchema, LanguageSchema, NoteSchema } from "./common.js";

export const SourceDerivationKindSchema = z
  .enum(["original", "reprint", "translation", "machine-translation", "rewrite"])
  .meta({
    id: "SourceDerivationKind",
    description: "How the text we hold relates to the report it comes from.",
  });
export type SourceDerivationKind = z.infer<typeof SourceDerivationKindSchema>;

export const SourceOriginSchema = z
  .strictObject({
    publisher: attested(z.string().min(1)).meta({
      description: "Who published the original report.",
    }),
    title: attested(z.string().min(1)).meta({ description: "The original report's title." }),
    language: attested(LanguageSchema).meta({ description: "The original report's language." }),
    published: attested(z.iso.date()).meta({ description: "The original report's date." }),
  })
  .meta({
    id: "SourceOrigin",
    description: "What is known of the report a derived text comes from.",
  });

export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: attested(z.string().min(1)).meta({
      description: "The title of the text as we hold it.",
    }),
    publisher: attested(z.string().min(1)).meta({
      description: "Where the text we hold was published.",
    }),
    url: attested(z.url()).meta({ description: "The address of the text we hold. Never guessed." }),
    published: attested(z.iso.date()).meta({ description: "The date of the text we hold." }),
    language: LanguageSchema.meta({ description: "The language of the text we hold." }),
    translatedFrom: LanguageSchema.optional().meta({
      description: "The language of the original, where the text we hold is a translation.",
    }),
    derivation: z
      .strictObject({
        kind: SourceDerivationKindSchema,
        origin: SourceOriginSchema.optional(),
        note: NoteSchema.optional(),
      })
      .meta({
        description:
          "How the text reached us: as an original, a reprint, a translation or a rewrite.",
      }),
    notes: z.array(NoteSchema).default([]).meta({
      description: "What a reader should know about the text itself: artefacts, slips, its voice.",
    }),
    text: z
      .string()
      .min(1)
      .meta({ description: "The full text, verbatim, byte for byte as collected." }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: "SHA-256 of the text's UTF-8 bytes, computed at build time." }),
  })
  .meta({
    id: "Source",
    description:
      "A news text the records are grounded in, with what is known of where it comes from. Unknown metadata is recorded as unknown, never invented.",
  });
export type Source = z.infer<typeof SourceSchema>;

export const SourceInputSchema = SourceSchema.omit({ sha256: true })
  .extend({
    text: z.string().min(1).meta({
      description: "The name of the file beside this one that holds the text, byte for byte.",
    }),
  })
  .meta({
    id: "SourceInput",
    description:
      "A source as a curator writes it: what is known of it, and the file that holds its text (its hash is computed by the build).",
  });
export type SourceInput = z.infer<typeof SourceInputSchema>;
