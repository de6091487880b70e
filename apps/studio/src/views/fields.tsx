import type { CheckMessage } from "../checks.js";
import type { FormInput } from "../statement-form.js";

// the form fields every record form shares; each shows the checks' messages for its field beside it
export const one = (input: FormInput, key: string) => {
  const v = input[key];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
};
export const many = (input: FormInput, key: string) => {
  const v = input[key];
  return Array.isArray(v) ? v : v ? [v] : [];
};

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

export function Select(props: {
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

export function Pick(props: {
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

export function Text(props: {
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
