import {
  EVENT_TYPES,
  FactualitySchema,
  OccasionKindSchema,
  ParticipantRoleSchema,
} from "@dossier/core";
import { many, one } from "../form-input.js";
import { DateFields } from "./date-fields.js";
import {
  actorOptions,
  EvidenceFields,
  LongText,
  Problems,
  type RecordFormProps,
  Select,
  Text,
} from "./fields.js";

const PARTICIPANT_ROWS = 4;

/** A new event, in the shape core's input schema gives it; an act of communication has a medium. */
export function EventForm(props: RecordFormProps) {
  const { input, data, messages } = props;
  const actors = actorOptions(data);
  const chosen = many(input, "participantActor");
  const roles = many(input, "participantRole");
  const rows = Math.max(PARTICIPANT_ROWS, chosen.length);
  return (
    <form method="post" action={props.action} class="record-form">
      <input type="hidden" name="version" value={props.version} />
      <Text name="id" input={input} label="Id" messages={messages} hint="ev- and a few words" />
      <Select
        name="type"
        label="Type"
        value={one(input, "type")}
        none="(choose a type)"
        options={Object.entries(EVENT_TYPES).map(([id, t]) => [
          id,
          `${t.label} (CAMEO ${t.cameo.code})`,
        ])}
        messages={messages}
      />
      <Text
        name="title"
        input={input}
        label="Title"
        messages={messages}
        hint="short, in neutral words"
      />
      <LongText
        name="summary"
        input={input}
        label="Summary"
        rows={3}
        hint="what happened, only as far as the sources support it"
        messages={messages}
      />
      <EvidenceFields input={input} messages={messages}>
        <Select
          name="factuality"
          label="This source reports it as"
          value={one(input, "factuality")}
          options={FactualitySchema.options.map((f) => [f, f])}
          messages={messages}
        />
        <Select
          name="by"
          label="Whose claim, plan or demand (unless the source's own voice)"
          value={one(input, "by")}
          none="(the source's own voice)"
          options={actors}
          messages={messages}
        />
      </EvidenceFields>
      <DateFields input={input} messages={messages} />
      <fieldset>
        <legend>Where, how and who</legend>
        <Select
          name="place"
          label="Place"
          value={one(input, "place")}
          none="(not said)"
          options={data.places.map((p) => [p.id, `${p.name} (${p.id})`])}
          messages={messages}
        />
        <Select
          name="medium"
          label="Medium, for an act of communication"
          value={one(input, "medium")}
          none="(not an act of communication)"
          options={OccasionKindSchema.options.map((k) => [k, k])}
          messages={messages}
        />
        <table class="participants">
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => (
              <tr>
                <td>
                  <select name="participantActor[]" aria-label={`Participant ${i + 1}`}>
                    <option value="">(none)</option>
                    {actors.map(([id, label]) => (
                      <option value={id} selected={chosen[i] === id}>
                        {label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select name="participantRole[]" aria-label={`Role of participant ${i + 1}`}>
                    {ParticipantRoleSchema.options.map((r) => (
                      <option value={r} selected={(roles[i] ?? "participant") === r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Problems field="participants" messages={messages} />
      </fieldset>
      <button type="submit">Save event</button>
    </form>
  );
}
