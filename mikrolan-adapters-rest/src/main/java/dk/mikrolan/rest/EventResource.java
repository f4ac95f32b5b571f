package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.disclosure.RecordFields;
import dk.mikrolan.disclosure.ReviewField;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.port.RecordedEvent;
import dk.mikrolan.read.EventFeed;
import dk.mikrolan.read.EventPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event feed for integrations — a data warehouse, an archive, an ERP — to follow every change
 * of the caller's municipalities in the store's global order, without polling each case. Each
 * event's data is its fields as text with every CPR number masked, those typed into notes too.
 * AUDITOR only: an integration runs as a system actor with that role.
 */
@Path("api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public final class EventResource {

  private final Mikrolan office;

  EventResource(Mikrolan office) {
    this.office = office;
  }

  /**
   * A page of events after a position.
   *
   * @param s the caller
   * @param municipalities the municipalities (default: all the caller's)
   * @param after the last position read (default 0, the start)
   * @param limit 1–500 (default 100)
   * @return {@code {"items": [...], "lastPosition", "more"}}: go on with {@code after=lastPosition}
   *     until {@code more} is false, then poll from there
   */
  @GET
  public JsonNode events(@Context SecurityContext s, @QueryParam("municipality") List<String> municipalities,
      @QueryParam("after") String after, @QueryParam("limit") String limit) {
    Actor actor = Authentication.actor(s);
    Set<String> codes = new TreeSet<>(municipalities.isEmpty() ? actor.municipalities() : municipalities);
    List<dk.mikrolan.rules.Violation> problems = new java.util.ArrayList<>();
    if (codes.isEmpty() || codes.stream().anyMatch(code -> !MunicipalityCode.isValid(code))) {
      problems.add(Body.at("/municipality", RequestRule.NOT_A_MUNICIPALITY));
    }
    long position = position(after, problems);
    int size = size(limit, problems);
    if (!problems.isEmpty()) {
      throw Exchange.invalid(problems);
    }
    EventPage page = Exchange.answer(office.events(actor, codes, position, size));
    ObjectNode out = Views.object();
    ArrayNode items = out.putArray("items");
    page.events().forEach(e -> items.add(event(e)));
    out.put("lastPosition", page.lastPosition());
    out.put("more", page.more());
    return out;
  }

  private static long position(String after, List<dk.mikrolan.rules.Violation> problems) {
    if (after == null) {
      return 0;
    }
    try {
      long p = Long.parseLong(after);
      if (p >= 0) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(Body.at("/after", RequestRule.MALFORMED));
    return 0;
  }

  private static int size(String limit, List<dk.mikrolan.rules.Violation> problems) {
    if (limit == null) {
      return 100;
    }
    try {
      int n = Integer.parseInt(limit);
      if (n >= 1 && n <= EventFeed.MAX_PAGE) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(Body.at("/limit", RequestRule.OUT_OF_RANGE, 1, EventFeed.MAX_PAGE));
    return 1;
  }

  private static ObjectNode event(EventPage.Entry entry) {
    RecordedEvent r = entry.recorded();
    ObjectNode o = Views.object();
    o.put("position", r.position());
    o.put("municipality", entry.municipalityCode());
    o.put("stream", r.stream().toString());
    o.put("version", r.version());
    o.put("type", r.event().getClass().getSimpleName());
    o.put("actor", r.actor());
    o.put("correlationId", r.correlationId());
    r.recordedAt().ifPresent(t -> o.put("recordedAt", t.toString()));
    ObjectNode data = o.putObject("data");
    for (ReviewField f : RecordFields.masked(r.event())) {
      data.put(f.name(), f.value());
    }
    return o;
  }
}
