import { ActorKindSchema, AliasVariantSchema } from "@dossier/core";
import type { CheckMessage } from "../checks.js";
import { type FormInput, one } from "../form-input.js";
import { LongText, QuoteText, type RecordFormProps, Select, Text } from "./fields.js";

/**
 * A new actor's fields (core's actor input schema: id, name, kind, description, and the words that
 * name it as its first alias). Inside the statement form, a box says whether to create it.
 */
export function ActorFields(props: {
  input: FormInput;
  messages: CheckMessage[];
  /** inside another record's form: the actor is made only when this box is ticked */
  optional?: string;
}) {
  const { input, messages } = props;
  // inside another form it stays folded until wanted: open when proposed or when it has problems
  const open =
    !props.optional ||
    one(input, "newActor") === "on" ||
    messages.some((m) => m.field.startsWith("actor"));
  return (
    <details class="new-actor" open={open}>
      <summary>{props.optional ? "New actor (a speaker not yet on file)" : "New actor"}</summary>
      {props.optional && (
        <label class="check">
          <input
            type="checkbox"
            name="newActor"
            value="on"
            checked={one(input, "newActor") === "on"}
          />{" "}
          {props.optional}
        </label>
      )}
      <Text name="actor-id" input={input} label="Actor id" messages={messages} />
      <Text
        name="actor-name"
        input={input}
        label="Name"
        messages={messages}
        hint="in a standard romanisation"
      />
      <Select
        name="actor-kind"
        label="Kind"
        value={one(input, "actor-kind")}
        options={ActorKindSchema.options.map((k) => [k, k])}
        messages={messages}
      />
      <LongText
        name="actor-description"
        input={input}
        label="Description"
        rows={2}
        hint="who or what this is, in a sentence"
        messages={messages}
      />
      <QuoteText
        name="actorWords"
        input={input}
        label="Words naming it in this source"
        messages={messages}
        hint="kept as its first alias, so a reader can check the name"
      />
      <Select
        name="actorVariant"
        label="Those words are"
        value={one(input, "actorVariant")}
        options={AliasVariantSchema.options.map((k) => [k, k])}
        messages={messages}
      />
    </details>
  );
}

/** A new actor on its own, from words selected in a source. */
export function ActorForm(props: RecordFormProps) {
  return (
    <form method="post" action={props.action} class="record-form">
      <input type="hidden" name="version" value={props.version} />
      <ActorFields input={props.input} messages={props.messages} />
      <button type="submit">Save actor</button>
    </form>
  );
}
