// presswatch: starts Swagger UI on /docs (FastAPI's inline start-up script, moved here so the
// page runs under a Content-Security-Policy without inline scripts). Swagger UI's files come
// from the swagger-ui-bundle package, served by the app: nothing is fetched from elsewhere.
"use strict";

(function () {
  var root = document.getElementById("swagger-ui");
  if (!root || typeof window.SwaggerUIBundle !== "function") { return; }
  var url = root.getAttribute("data-openapi-url");
  fetch(url, { headers: { Accept: "application/json" } })
    .then(function (response) { return response.json(); })
    .then(function (spec) {
      // Swagger UI 4 refuses to render a document that says `openapi: 3.1.x` (FastAPI's);
      // everything this API's document uses reads the same as 3.0.
      if (/^3\.1\./.test(spec.openapi || "")) { spec.openapi = "3.0.3"; }
      window.ui = window.SwaggerUIBundle({
        spec: spec,
        dom_id: "#swagger-ui",
        layout: "BaseLayout",
        deepLinking: true,
        showExtensions: true,
        showCommonExtensions: true,
        validatorUrl: null,
        presets: [window.SwaggerUIBundle.presets.apis,
                  window.SwaggerUIStandalonePreset],
      });
    });
})();
