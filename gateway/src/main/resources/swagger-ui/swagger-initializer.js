// The gateway's own spec, relative to this page, and no call to the public online validator. ApiDocsRoutes fills in
// the two values below when it serves this script.
window.onload = function () {
  // On the embedded sandbox, its demo credentials, so that "Try it out" answers at the first click; otherwise null.
  const sandboxCredentials = /*SANDBOX_CREDENTIALS*/;
  // The query parameters Mautic reads as PHP arrays of clauses (x-mautic-serialization: php-array).
  const phpArrayParameters = /*PHP_ARRAY_PARAMETERS*/;

  // Swagger UI sends a list of objects as JSON (where={"col":...}); Mautic reads where[0][col]=...
  function flatten(prefix, value, query) {
    if (value !== null && typeof value === "object") {
      Object.entries(value).forEach(([key, item]) => flatten(prefix + "[" + key + "]", item, query));
    } else {
      query.append(prefix, value === null ? "" : String(value));
    }
  }

  function phpArrays(request) {
    const url = new URL(request.url, window.location.href);
    phpArrayParameters.forEach((name) => {
      const values = url.searchParams.getAll(name);
      if (values.length === 0) {
        return;
      }
      url.searchParams.delete(name);
      const clauses = values.flatMap((value) => {
        try {
          const parsed = JSON.parse(value);
          return Array.isArray(parsed) ? parsed : [parsed];
        } catch (notJson) {
          return [value];
        }
      });
      clauses.forEach((clause, index) => flatten(name + "[" + index + "]", clause, url.searchParams));
    });
    request.url = url.toString();
    return request;
  }

  window.ui = SwaggerUIBundle({
    url: "../openapi.yaml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    requestInterceptor: phpArrays,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
    onComplete: function () {
      if (sandboxCredentials !== null) {
        window.ui.preauthorizeBasic("basicAuth", sandboxCredentials[0], sandboxCredentials[1]);
      }
    }
  });
};
