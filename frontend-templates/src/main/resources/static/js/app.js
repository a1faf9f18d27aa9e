// Small progressive enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // Collapsible main navigation on narrow screens.
  const toggle = document.querySelector(".main-nav__toggle");
  const list = document.getElementById("main-nav-list");
  if (toggle && list) {
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      list.classList.toggle("is-open", !open);
    });
  }
  // Forms that ask before they act (<form data-confirm="question">): see confirm.js.
});

// JSON API calls from pages use the session plus the CSRF token the layout exposes.
window.bcfFetch = (url, options = {}) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  const headers = new Headers(options.headers || {});
  if (token && header) {
    headers.set(header.content, token.content);
  }
  headers.set("Accept-Language", document.documentElement.lang || "zh-CN");
  return fetch(url, { ...options, headers, credentials: "same-origin" });
};
