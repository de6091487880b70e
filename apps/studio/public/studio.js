// Maps a selection in the source text to offsets into the exact text, and shows the selection form.
// Each piece of the text carries data-start, its offset; the text nodes hold the text verbatim.
(() => {
  const text = document.getElementById("source-text");
  const form = document.getElementById("selection");
  if (!text || !form) return;

  function offsetOf(node, offset) {
    const piece = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const holder = piece?.closest("[data-start]");
    if (!holder || !text.contains(holder)) return undefined;
    if (node.nodeType !== Node.TEXT_NODE) {
      // the selection ends at an element boundary: before its offset-th child
      return Number(holder.dataset.start) + (offset > 0 ? holder.textContent.length : 0);
    }
    return Number(holder.dataset.start) + offset;
  }

  document.addEventListener("selectionchange", () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === undefined || end === undefined || end <= start) return;
    form.elements.start.value = String(start);
    form.elements.end.value = String(end);
    document.getElementById("selected-words").textContent = selection.toString();
    form.hidden = false;
  });
})();
