package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.office.Mikrolan;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /health}: 200 while the database answers, 503 with {@code Retry-After} while it does not; no token. */
@Path("health")
public final class HealthResource {

  private final Mikrolan office;

  HealthResource(Mikrolan office) {
    this.office = office;
  }

  /**
   * Reports the database's state.
   *
   * @return {@code {"status": "UP", "database": "UP"}}, or 503 with both DOWN
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    boolean up = office.storageAnswers();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", up ? "UP" : "DOWN");
    body.put("database", up ? "UP" : "DOWN");
    Response.ResponseBuilder r = Response.status(up ? 200 : 503).entity((JsonNode) body)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
    return up ? r.build() : r.header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER).build();
  }
}
