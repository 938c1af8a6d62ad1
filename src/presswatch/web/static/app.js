// presswatch: the one script of the web app. Copy-citation buttons, and the browse pages'
// filters folded on a phone; nothing needs JS (without it the filters stay open).
"use strict";

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  // Fallback for plain-HTTP hosts other than localhost: a hidden textarea and execCommand.
  return new Promise(function (resolve, reject) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (ok) { resolve(); } else { reject(new Error("copy refused")); }
  });
}

document.addEventListener("click", function (event) {
  var button = event.target.closest("button.cite");
  if (!button) { return; }
  var text = button.getAttribute("data-cite") || "";
  var label = button.textContent;
  window.presswatchLastCitation = text;  // read by the browser tests
  copyText(text).then(function () {
    button.textContent = button.getAttribute("data-copied") || "✓";
    button.classList.add("done");
  }, function () {
    window.prompt("", text);  // last resort: let the reader copy it by hand
  }).finally(function () {
    setTimeout(function () { button.textContent = label; button.classList.remove("done"); },
               2000);
  });
});

document.addEventListener("DOMContentLoaded", function () {
  var panel = document.querySelector("details.filters-panel");
  if (panel && window.matchMedia("(max-width: 48rem)").matches) { panel.open = false; }
});
