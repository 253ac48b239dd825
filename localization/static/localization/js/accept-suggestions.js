/*
 * One click to accept a suggestion in wagtail-localize's translation editor.
 *
 * Machine and translation-memory suggestions are not published until a translator confirms them
 * (localization/completeness.py). The editor's own way is "Edit" then "Save"; the "Accept" button added
 * next to each suggestion performs exactly those two clicks, so the editor's state, its API call and its
 * "Translated manually" comment stay wagtail-localize's. Which tools' suggestions await confirmation, and
 * the button's words in the admin's language, come from localization/views/suggestions.py.
 */
(() => {
  const editor = document.querySelector(".js-translation-editor");
  if (!editor) return;
  let props;
  try {
    props = JSON.parse(editor.dataset.props || "{}");
  } catch (error) {
    return;
  }
  const download = (props.links && props.links.downloadPofile) || "";
  const match = download.match(/\/translate\/(\d+)\//);
  if (!match) return;
  const adminBase = props.adminBaseUrl || "/admin/";

  const isOurs = (node) => node.closest("[data-accept-suggestion]") !== null;

  function actionsOf(segment) {
    return Array.from(segment.children).find((child) => child.tagName === "UL") || null;
  }

  function awaitsConfirmation(actions, tools) {
    const comment = actions.querySelector("li");
    const text = comment ? comment.textContent : "";
    return tools.some((tool) => text.includes(tool));
  }

  function editButton(actions) {
    return Array.from(actions.querySelectorAll("button")).find((button) => !isOurs(button)) || null;
  }

  function accept(segment) {
    const actions = actionsOf(segment);
    const edit = actions && editButton(actions);
    if (!edit) return;
    edit.click();
    // The segment re-renders in edit mode with Cancel and Save; Save is the last of the editor's buttons.
    const save = () => {
      const buttons = Array.from(segment.querySelectorAll("button")).filter((button) => !isOurs(button));
      const last = buttons[buttons.length - 1];
      if (segment.querySelector("textarea") && last) {
        last.click();
      } else {
        window.requestAnimationFrame(save);
      }
    };
    window.requestAnimationFrame(save);
  }

  function mark(data) {
    editor.querySelectorAll("li.complete").forEach((segment) => {
      const actions = actionsOf(segment);
      if (!actions) return;
      const existing = actions.querySelector("[data-accept-suggestion]");
      const wanted = !segment.querySelector("textarea") && awaitsConfirmation(actions, data.tools);
      if (wanted && !existing) {
        const item = document.createElement("li");
        item.dataset.acceptSuggestion = "";
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button button-small button-secondary";
        button.textContent = data.label;
        button.title = data.title;
        button.addEventListener("click", () => accept(segment));
        item.appendChild(button);
        actions.appendChild(item);
      } else if (!wanted && existing) {
        existing.remove();
      }
    });
  }

  fetch(`${adminBase}translations/${match[1]}/suggestions/`, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => {
      if (!data || !data.tools.length) return;
      mark(data);
      new MutationObserver(() => mark(data)).observe(editor, { childList: true, subtree: true });
    });
})();
