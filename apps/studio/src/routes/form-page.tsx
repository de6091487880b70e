import type { Context } from "hono";
import type { Env } from "../app.js";
import type { CheckMessage } from "../checks.js";
import type { StudioData } from "../context.js";
import type { FormInput } from "../form-input.js";
import { ActorForm } from "../views/actor-fields.js";
import { EventForm } from "../views/event-form.js";
import { RecordPage, sourcePath } from "../views/record-page.js";
import { StatementForm } from "../views/statement-form.js";

// each form posts back to its own page: /stories/<story>/sources/<source>/<kind>
const FORMS = {
  statement: { title: "Statement", Form: StatementForm },
  event: { title: "New event", Form: EventForm },
  actor: { title: "New actor", Form: ActorForm },
};

export interface FormPage {
  story: string;
  source: string;
  input: FormInput;
  /** the version of the record's file the form was read at */
  version: string;
  data: StudioData;
  messages: CheckMessage[];
  notes?: string[];
}

/** A record's form for a source, answered with the status of a refused save (409, 422) if any. */
export function formPage(
  c: Context<Env>,
  kind: keyof typeof FORMS,
  p: FormPage,
  status: 200 | 409 | 422 = 200,
) {
  const { title, Form } = FORMS[kind];
  return c.html(
    <RecordPage
      title={title}
      story={p.story}
      source={p.source}
      messages={p.messages}
      notes={p.notes}
    >
      <Form
        action={`${sourcePath(p.story, p.source)}/${kind}`}
        input={p.input}
        version={p.version}
        data={p.data}
        messages={p.messages}
      />
    </RecordPage>,
    status,
  );
}
