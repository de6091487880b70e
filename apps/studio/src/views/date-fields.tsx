import { PartOfDaySchema } from "@dossier/core";
import type { CheckMessage } from "../checks.js";
import { type FormInput, one } from "../form-input.js";
import { QuoteText, Select, Text } from "./fields.js";

/** A record's date, with the line that says how it was resolved, as a reader will be told. */
export function DateFields(props: { input: FormInput; messages: CheckMessage[] }) {
  const { input, messages } = props;
  return (
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
      <QuoteText name="dateWords" input={input} label="Words" messages={messages} />
      <Text name="dateAnchor" input={input} label="Anchor" messages={messages} />
      <Text name="dateReasoning" input={input} label="Reasoning" messages={messages} />
      <p class="resolution" data-testid="date-resolution">
        {one(input, "dateValue") || "no date"} ({one(input, "datePrecision") || "?"}) from{" "}
        {one(input, "dateBasis") || "?"}
        {one(input, "dateWords") ? `: “${one(input, "dateWords")}”` : ""}
      </p>
    </fieldset>
  );
}
