/**
 * Writing the API model out: {@link io.mcdewey.export.ModelJson}, McDewey's own versioned interchange format, which
 * reads back into the model, and {@link io.mcdewey.export.OpenApiExport}, an OpenAPI 3.1 description in JSON or
 * YAML. Both are deterministic: the same model always gives the same bytes.
 */
package io.mcdewey.export;
