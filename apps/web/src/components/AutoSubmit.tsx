"use client";

import { useEffect, useRef } from "react";

/** Submits its form when a choice changes; without script, the form's button does the same. */
export function AutoSubmit() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const submit = (e: Event) => {
      if (e.target instanceof HTMLSelectElement) form.requestSubmit();
    };
    form.addEventListener("change", submit);
    form.dataset.enhanced = "true";
    return () => form.removeEventListener("change", submit);
  }, []);
  return <span ref={ref} hidden />;
}
