package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.PolicyFile;
import dk.mikrolan.policy.PolicyHistory;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A municipality's programme policy: the versions adopted, each as the keys of its policy file, and
 * a new version adopted by the ADMIN — written as a policy file's keys and read exactly as a file is
 * (every problem at once, each at its key), never retroactive.
 */
@Path("api/v1/policies/{municipality}")
@Produces(MediaType.APPLICATION_JSON)
public final class PolicyResource {

  private final Mikrolan office;

  PolicyResource(Mikrolan office) {
    this.office = office;
  }

  /**
   * The versions adopted, oldest first, each as its policy file's keys.
   *
   * @param s the caller
   * @param m the municipality
   * @return {@code {"versions": [{"validFrom", "file": {key: value}}]}}
   */
  @GET
  public JsonNode versions(@Context SecurityContext s, @PathParam("municipality") String m) {
    if (!MunicipalityCode.isValid(m)) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
    return view(Exchange.answer(office.policyVersions(Authentication.actor(s), m)));
  }

  /**
   * Adopts a new version, today (ADMIN): {@code {"file": {"key": "value", …}}} with the keys of a
   * policy file.
   *
   * @param s caller @param u address @param h headers @param m municipality
   * @param body the version's file
   * @return the municipality's versions after it
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response adopt(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, JsonNode body) {
    if (!MunicipalityCode.isValid(m)) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
    ProgrammePolicy policy = Exchange.read(body, b -> b.object("file", true).flatMap(file -> {
      Properties properties = new Properties();
      List<Violation> found = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : file.fields()) {
        if (e.getValue().isTextual()) {
          properties.setProperty(e.getKey(), e.getValue().asText());
        } else {
          file.problem(e.getKey(), RequestRule.WRONG_TYPE, "tekst", "text");
        }
        file.has(e.getKey());
      }
      Validation<Seq<Violation>, ProgrammePolicy> read = PolicyFile.read(properties);
      if (read.isInvalid()) {
        for (Violation v : read.getError()) {
          found.add(Violation.of(v.code(), "/file/" + v.field().replace("~", "~0").replace("/", "~1"), v.danish(),
              v.english()));
        }
        b.violations().addAll(found);
        return Optional.empty();
      } else if (!read.get().municipalityCode().equals(m)) {
        file.problem("municipality.code", RequestRule.NOT_A_MUNICIPALITY);
        return Optional.empty();
      }
      return Optional.of(read.get());
    }));
    Exchange ex = Exchange.of(office, s, u, h, body);
    return ex.<List<ProgrammePolicy>>run(false, PolicyHistory.streamId(m),
        (o, key) -> o.adoptPolicy(ex.actor(), policy),
        (versions, v) -> new Exchange.Reply(200, view(versions), Optional.empty(), Optional.empty()));
  }

  private static JsonNode view(List<ProgrammePolicy> versions) {
    ObjectNode out = Views.object();
    ArrayNode list = out.putArray("versions");
    for (ProgrammePolicy p : versions) {
      ObjectNode item = list.addObject();
      item.put("validFrom", p.validFrom().toString());
      ObjectNode file = item.putObject("file");
      Properties written = PolicyFile.write(p);
      TreeMap<String, String> sorted = new TreeMap<>();
      written.stringPropertyNames().forEach(k -> sorted.put(k, written.getProperty(k)));
      sorted.forEach(file::put);
    }
    return out;
  }
}
