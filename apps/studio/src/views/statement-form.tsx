import { OccasionKindSchema, SPEECH_ACTS } from "@dossier/core";
import { many, one } from "../form-input.js";
import { ActorFields } from "./actor-fields.js";
import { DateFields } from "./date-fields.js";
import {
  actorOptions,
  EvidenceFields,
  LongText,
  Pick,
  QuoteText,
  type RecordFormProps,
  Select,
  Text,
} from "./fields.js";

// the statement's fields that name actors, each a picker of its own
const ACTOR_LISTS = [
  ["addressees", "Addressees"],
  ["targets", "Targets"],
  ["mentions", "Mentions"],
] as const;

/** The statement form, in the shape curators write; every value is what the curator last typed. */
export function StatementForm(props: RecordFormProps) {
  const { input, data, messages } = props;
  const actors = actorOptions(data);
  const newActor = one(input, "newActor") === "on" ? one(input, "actor-id") : "";
  const speakers: [string, string][] = newActor
    ? [...actors, [newActor, `${one(input, "actor-name")} (${newActor}, new)`]]
    : actors;
  // an act of communication is an event with a medium: say which, so the picker reads as such
  const events: [string, string][] = data.events.map((e) => [
    e.id,
    `${e.title} (${e.id}${e.medium ? `, ${e.medium}` : ""})`,
  ]);
  return (
    <form method="post" action={props.action} class="statement-form">
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="replacing" value={one(input, "replacing")} />
      <Text
        name="id"
        input={input}
        label="Id"
        messages={messages}
        hint="lowercase words joined by hyphens"
      />
      <Select
        name="speaker"
        label="Speaker"
        value={one(input, "speaker")}
        options={speakers}
        none="(no speaker named)"
        messages={messages}
      />
      <ActorFields
        input={input}
        messages={messages}
        optional="Create this actor too, as the statement's speaker"
      />
      <Select
        name="act"
        label="Speech act"
        value={one(input, "act")}
        messages={messages}
        options={Object.entries(SPEECH_ACTS).map(([id, a]) => [
          id,
          `${a.label}${a.cameo ? ` (CAMEO ${a.cameo.code})` : ""}`,
        ])}
      />
      <LongText
        name="gist"
        input={input}
        label="Gist"
        rows={3}
        hint="only what every attestation supports, in neutral words"
        messages={messages}
      />
      <EvidenceFields input={input} messages={messages} />
      <fieldset>
        <legend>How this source carries it</legend>
        <Select
          name="quotation"
          label="Quotation"
          value={one(input, "quotation")}
          messages={messages}
          options={["direct", "partial", "indirect", "paraphrase"].map((q) => [q, q])}
        />
        <Select
          name="attribution"
          label="Attribution"
          value={one(input, "attribution")}
          messages={messages}
          options={["named", "unnamed", "outlet", "none"].map((q) => [q, q])}
        />
        <QuoteText
          name="speakerName"
          input={input}
          label="Words naming the speaker"
          messages={messages}
        />
        <QuoteText name="cue" input={input} label="Reporting cue" messages={messages} />
        <Select
          name="occasionKind"
          label="Occasion"
          value={one(input, "occasionKind")}
          none="(not said)"
          messages={messages}
          options={OccasionKindSchema.options.map((k) => [k, k])}
        />
        <Text
          name="occasionQuote"
          input={input}
          label="Words of the occasion"
          messages={messages}
        />
      </fieldset>
      <DateFields input={input} messages={messages} />
      <fieldset>
        <legend>Who and what it concerns</legend>
        <Select
          name="communication"
          label="Act of communication (event)"
          value={one(input, "communication")}
          none="(none)"
          options={events}
          messages={messages}
        />
        {ACTOR_LISTS.map(([name, label]) => (
          <Pick
            name={name}
            label={label}
            values={many(input, name)}
            options={actors}
            messages={messages}
          />
        ))}
        <Pick
          name="about"
          label="About (events)"
          values={many(input, "about")}
          options={events}
          messages={messages}
        />
      </fieldset>
      <button type="submit">Save statement</button>
    </form>
  );
}
