import type { Child } from "hono/jsx";
import type { CheckMessage } from "../checks.js";
import type { StudioData } from "../context.js";
import { type FormInput, many, one } from "../form-input.js";

// the form fields every record form shares; each shows the checks' messages for its field beside it

/** What a record's form shows: the curator's input, the file version it was read at, the checks' say. */
export interface RecordFormProps {
  action: string;
  input: FormInput;
  version: string;
  data: StudioData;
  messages: CheckMessage[];
}

/** Actors as a picker lists them: name and id. */
export const actorOptions = (data: StudioData): [string, string][] =>
  data.actors.map((a) => [a.id, `${a.name} (${a.id})`]);

export function Problems(props: { field: string; messages: CheckMessage[] }) {
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

/** A labelled control, its hint, and the checks' messages for it; the control's id is `f-<name>`. */
function Field(props: {
  name: string;
  label: string;
  hint?: string | undefined;
  messages: CheckMessage[];
  children: Child;
}) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      {props.children}
      {props.hint && <small>{props.hint}</small>}
      <Problems field={props.name} messages={props.messages} />
    </div>
  );
}

export function Select(props: {
  name: string;
  value: string;
  options: [string, string][];
  label: string;
  messages: CheckMessage[];
  none?: string;
}) {
  return (
    <Field {...props}>
      <select name={props.name} id={`f-${props.name}`}>
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.options.map(([value, label]) => (
          <option value={value} selected={value === props.value}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Pick(props: {
  name: string;
  values: string[];
  options: [string, string][];
  label: string;
  messages: CheckMessage[];
}) {
  return (
    <Field {...props}>
      <select name={`${props.name}[]`} id={`f-${props.name}`} multiple size={4}>
        {props.options.map(([value, label]) => (
          <option value={value} selected={props.values.includes(value)}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface TextProps {
  name: string;
  input: FormInput;
  label: string;
  messages: CheckMessage[];
  hint?: string;
}

export function Text(props: TextProps) {
  return (
    <Field {...props}>
      <input name={props.name} id={`f-${props.name}`} value={one(props.input, props.name)} />
    </Field>
  );
}

/** Words quoted from the source, with their occurrence carried in a hidden field beside them. */
export function QuoteText(props: TextProps) {
  return (
    <>
      <Text {...props} />
      <input
        type="hidden"
        name={`${props.name}Occurrence`}
        value={one(props.input, `${props.name}Occurrence`)}
      />
    </>
  );
}

export function LongText(props: TextProps & { rows: number }) {
  return (
    <Field {...props}>
      <textarea name={props.name} id={`f-${props.name}`} rows={props.rows}>
        {one(props.input, props.name)}
      </textarea>
    </Field>
  );
}

/** The source's exact words a record rests on, a row each with its occurrence, and one row empty. */
export function EvidenceFields(props: {
  input: FormInput;
  messages: CheckMessage[];
  /** what else the fieldset holds: how this source carries the record */
  children?: Child;
}) {
  const occurrences = many(props.input, "occurrence");
  return (
    <fieldset>
      <legend>Evidence (the source's exact words)</legend>
      {[...many(props.input, "evidence"), ""].map((words, i) => (
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
      <Problems field="evidence" messages={props.messages} />
      {props.children}
    </fieldset>
  );
}
