// Asks before an irreversible or destructive action: a form with data-confirm="question" opens the
// layout's <dialog> with that question (in the page's language) and is sent only when confirmed.
// A static file, so the Content-Security-Policy needs no inline script.
document.addEventListener("DOMContentLoaded", () => {
  const dialog = document.getElementById("confirm-dialog");
  if (!dialog || typeof dialog.showModal !== "function") {
    return;
  }
  const message = dialog.querySelector(".confirm-dialog__message");
  const yes = dialog.querySelector(".confirm-dialog__confirm");
  const no = dialog.querySelector(".confirm-dialog__cancel");
  let pending = null;

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-confirm")) {
      return;
    }
    if (form.dataset.confirmed === "true") {
      return;
    }
    event.preventDefault();
    pending = form;
    message.textContent = form.getAttribute("data-confirm");
    dialog.showModal();
    no.focus();
  });

  yes.addEventListener("click", () => {
    const form = pending;
    pending = null;
    dialog.close();
    if (form) {
      form.dataset.confirmed = "true";
      form.submit();
    }
  });
  no.addEventListener("click", () => {
    pending = null;
    dialog.close();
  });
  dialog.addEventListener("cancel", () => {
    pending = null;
  });
});
