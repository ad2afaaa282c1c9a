// Scout's only script: progressive enhancement, the page works without it.
// Forms with data-loading show a busy state while the next page loads;
// forms with data-confirm ask first; a stage change saves at once.
"use strict";
document.addEventListener("submit", function (e) {
  var f = e.target;
  var msg = f.getAttribute("data-confirm");
  if (msg && !window.confirm(msg)) { e.preventDefault(); return; }
  f.setAttribute("aria-busy", "true");
  var b = f.querySelector("button[type=submit]");
  var loading = f.getAttribute("data-loading");
  if (b && loading) { b.textContent = loading; }
  document.body.classList.add("loading");
});
document.addEventListener("change", function (e) {
  var t = e.target;
  if (t.matches && t.matches("select.stage") && t.form) {
    t.form.requestSubmit ? t.form.requestSubmit() : t.form.submit();
  }
});
