import { OccasionKindSchema, PartOfDaySchema, SPEECH_ACTS } from "@dossier/core";
import type { CheckMessage } from "../checks.js";
import type { StudioData } from "../context.js";
import type { FormInput } from "../statement-form.js";

const one = (input: FormInput, key: string) => {
  const v = input[key];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
};
const many = (input: FormInput, key: string) => {
  const v = input[key];
  return Array.isArray(v) ? v : v ? [v] : [];
};

function Problems(props: { field: string; messages: CheckMessage[] }) {
  const mine = props.messages.filter((m) => m.field === props.field);
  if (!mine.length) return null;
  return (
    <ul class="field-errors" id={`${props.field}-errors`}>
      {mine.map((m) => (
        <li>
          <code>{m.path}</code> {m.message}
        </li>
      ))}
    </ul>
  );
}

function Select(props: {
  name: string;
  value: string;
  options: [string, string][];
  label: string;
  messages: CheckMessage[];
  none?: string;
}) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <select name={props.name} id={`f-${props.name}`}>
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.options.map(([value, label]) => (
          <option value={value} selected={value === props.value}>
            {label}
          </option>
        ))}
      </select>
      <Problems field={props.name} messages={props.messages} />
    </div>
  );
}

function Pick(props: {
  name: string;
  values: string[];
  options: [string, string][];
  label: string;
  messages: CheckMessage[];
}) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <select name={`${props.name}[]`} id={`f-${props.name}`} multiple size={4}>
        {props.options.map(([value, label]) => (
          <option value={value} selected={props.values.includes(value)}>
            {label}
          </option>
        ))}
      </select>
      <Problems field={props.name} messages={props.messages} />
    </div>
  );
}

function Text(props: {
  name: string;
  input: FormInput;
  label: string;
  messages: CheckMessage[];
  hint?: string;
}) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <input name={props.name} id={`f-${props.name}`} value={one(props.input, props.name)} />
      {props.hint && <small>{props.hint}</small>}
      <Problems field={props.name} messages={props.messages} />
    </div>
  );
}

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
  const events: [string, string][] = data.events.map((e) => [e.id, `${e.title} (${e.id})`]);
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
        options={actors}
        none="(no speaker named)"
        messages={messages}
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
      <fieldset class="date">
        <legend>Date</legend>
        <Text
          name="dateValue"
          input={input}
          label="Value"
          messages={messages}
          hint="2020, 2020-01 or 2020-01-05"
        />
        <Select
          name="datePrecision"
          label="Precision"
          value={one(input, "datePrecision")}
          messages={messages}
          options={["year", "month", "day", "time"].map((p) => [p, p])}
        />
        <Select
          name="datePartOfDay"
          label="Part of day"
          value={one(input, "datePartOfDay")}
          none="(not said)"
          messages={messages}
          options={PartOfDaySchema.options.map((p) => [p, p])}
        />
        <Select
          name="dateBasis"
          label="Resolved from"
          value={one(input, "dateBasis")}
          messages={messages}
          options={[
            ["publication", "the publication date"],
            ["relative", "words like “on Sunday”"],
            ["explicit", "a date the text states"],
            ["context", "a context note"],
          ]}
        />
        <Text name="dateWords" input={input} label="Words" messages={messages} />
        <Text name="dateAnchor" input={input} label="Anchor" messages={messages} />
        <Text name="dateReasoning" input={input} label="Reasoning" messages={messages} />
        <p class="resolution" data-testid="date-resolution">
          {one(input, "dateValue") || "no date"} ({one(input, "datePrecision") || "?"}) from{" "}
          {one(input, "dateBasis") || "?"}
          {one(input, "dateWords") ? `: “${one(input, "dateWords")}”` : ""}
        </p>
      </fieldset>
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
