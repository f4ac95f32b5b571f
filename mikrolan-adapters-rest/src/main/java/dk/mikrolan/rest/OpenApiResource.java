package dk.mikrolan.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of every route; no token. */
@Path("api/v1/openapi.json")
public final class OpenApiResource {

  private static final String DOCUMENT = "openapi.json";

  private final byte[] document;

  OpenApiResource() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException("The OpenAPI document is missing from the adapter's jar");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the document.
   *
   * @return the OpenAPI 3.1 document as JSON
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response document() {
    return Response.ok(document.clone(), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
