import { OccasionKindSchema, SPEECH_ACTS } from "@dossier/core";
import type { CheckMessage } from "../checks.js";
import type { StudioData } from "../context.js";
import type { FormInput } from "../statement-form.js";
import { ActorFields } from "./actor-fields.js";
import { DateFields } from "./date-fields.js";
import { many, one, Pick, Problems, Select, Text } from "./fields.js";

/** The statement form, in the shape curators write; every value is what the curator last typed. */
export function StatementForm(props: {
  action: string;
  input: FormInput;
  version: string;
  data: StudioData;
  messages: CheckMessage[];
}) {
  const { input, data, messages } = props;
  const actors: [string, string][] = data.actors.map((a) => [a.id, `${a.name} (${a.id})`]);
  const newActor = one(input, "newActor") === "on" ? one(input, "actor-id") : "";
  const speakers: [string, string][] = newActor
    ? [...actors, [newActor, `${one(input, "actor-name")} (${newActor}, new)`]]
    : actors;
  // an act of communication is an event with a medium: say which, so the picker reads as such
  const events: [string, string][] = data.events.map((e) => [
    e.id,
    `${e.title} (${e.id}${e.medium ? `, ${e.medium}` : ""})`,
  ]);
  const evidence = [...many(input, "evidence"), ""];
  const occurrences = many(input, "occurrence");
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
      <div class="field">
        <label for="f-gist">Gist</label>
        <textarea name="gist" id="f-gist" rows={3}>
          {one(input, "gist")}
        </textarea>
        <small>only what every attestation supports, in neutral words</small>
        <Problems field="gist" messages={messages} />
      </div>
      <fieldset>
        <legend>Evidence (the source's exact words)</legend>
        {evidence.map((words, i) => (
          <div class="evidence-row">
            <textarea name="evidence[]" rows={2} aria-label={`Evidence ${i + 1}`}>
              {words}
            </textarea>
            <input
              name="occurrence[]"
              value={occurrences[i] ?? ""}
              aria-label={`Occurrence of evidence ${i + 1}`}
              placeholder="occurrence"
              size={4}
            />
          </div>
        ))}
        <Problems field="evidence" messages={messages} />
      </fieldset>
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
        <Text
          name="speakerName"
          input={input}
          label="Words naming the speaker"
          messages={messages}
        />
        <input
          type="hidden"
          name="speakerNameOccurrence"
          value={one(input, "speakerNameOccurrence")}
        />
        <Text name="cue" input={input} label="Reporting cue" messages={messages} />
        <input type="hidden" name="cueOccurrence" value={one(input, "cueOccurrence")} />
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
        <Pick
          name="addressees"
          label="Addressees"
          values={many(input, "addressees")}
          options={actors}
          messages={messages}
        />
        <Pick
          name="targets"
          label="Targets"
          values={many(input, "targets")}
          options={actors}
          messages={messages}
        />
        <Pick
          name="mentions"
          label="Mentions"
          values={many(input, "mentions")}
          options={actors}
          messages={messages}
        />
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
