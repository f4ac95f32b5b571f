package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The served OpenAPI document: valid by a real parser, describing exactly the routes the resources
 * serve, and matching real responses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

  private JerseyServer server;
  private MikrolanRest rest;
  private OpenAPI document;

  @BeforeAll
  void start() {
    rest = new Fixture().rest;
    server = new JerseyServer(rest);
    Api.Answer a = server.api.get("api/v1/openapi.json", null);
    assertThat(a.status()).isEqualTo(200);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(a.text(), null, options);
    assertThat(parsed.getMessages()).as("the parser's complaints").isEmpty();
    document = parsed.getOpenAPI();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void isOpenApi31WithABearerScheme() {
    assertThat(document.getOpenapi()).isEqualTo("3.1.0");
    assertThat(document.getComponents().getSecuritySchemes()).containsKey("bearer");
  }

  private Set<String> served() {
    return Routes.served(rest);
  }

  private Set<String> documented() {
    Set<String> routes = new TreeSet<>();
    for (Map.Entry<String, PathItem> p : document.getPaths().entrySet()) {
      p.getValue().readOperationsMap().keySet().forEach(verb -> routes.add(verb.name() + " " + p.getKey()));
    }
    return routes;
  }

  @Test
  void documentsExactlyTheRoutesThatExist() {
    assertThat(served()).isNotEmpty();
    assertThat(documented()).isEqualTo(served());
  }

  @Test
  void everyOperationHasAnIdAndEveryErrorIsAProblem() {
    for (Map.Entry<String, PathItem> p : document.getPaths().entrySet()) {
      for (Operation o : p.getValue().readOperations()) {
        assertThat(o.getOperationId()).as(p.getKey()).isNotBlank();
        o.getResponses().forEach((status, r) -> {
          if (status.startsWith("4") || status.startsWith("5") && !p.getKey().equals("/health")) {
            assertThat(r.getContent()).as("%s %s", p.getKey(), status).containsKey("application/problem+json");
          }
        });
      }
    }
  }

  @Test
  void realResponsesMatchTheirSchemas() {
    List<String> wrong = new ArrayList<>();
    check(wrong, "SchedulePreview", server.api.post("api/v1/schedule-previews", Fixture.CASEWORKER, """
        {"principal": {"amount": "1000.50", "currency": "DKK"}, "firstDueDate": "2027-01-31",
         "frequency": "QUARTERLY", "instalmentCount": 3, "rounding": "WHOLE_KRONER"}""").json());
    check(wrong, "AidEquivalent", server.api.post("api/v1/aid-equivalents", Fixture.CASEWORKER, """
        {"principal": {"amount": "10000.00", "currency": "DKK"}, "firstDueDate": "2027-03-26",
         "frequency": "MONTHLY", "instalmentAmount": {"amount": "500", "currency": "DKK"},
         "disbursementDate": "2027-01-26", "referenceRate": "0.07", "discountRate": "0.04"}""").json());
    check(wrong, "Health", server.api.get("health", null).json());
    check(wrong, "ProgrammeReport", server.api.get("api/v1/reports/programme", Fixture.AUDITOR).json());
    check(wrong, "PolicyVersions", server.api.get("api/v1/policies/751", Fixture.AUDITOR).json());
    check(wrong, "Fund", server.api.get("api/v1/funds/751/2027", Fixture.AUDITOR).json());
    assertThat(server.api.post("api/v1/cases", Fixture.CASEWORKER, Journey.PARTICIPANT, "Idempotency-Key", "oa-1")
        .status()).isEqualTo(201);
    assertThat(server.api.post(Journey.CASE + "/notes", Fixture.CASEWORKER, "{\"text\": \"Ringede\"}",
        "Idempotency-Key", "oa-2").status()).isEqualTo(200);
    check(wrong, "CaseExport", server.api.post(Journey.CASE + "/exports", Fixture.DECIDER,
        "{\"purpose\": \"Aktindsigt\"}").json());
    check(wrong, "EventPage", server.api.get("api/v1/events?limit=3", Fixture.AUDITOR).json());
    check(wrong, "Problem", server.api.post("api/v1/schedule-previews", Fixture.CASEWORKER, "{\"y\": 1}").json());
    check(wrong, "Problem", server.api.get("api/v1/nothing", Fixture.CASEWORKER).json());
    assertThat(wrong).isEmpty();
  }

  private void check(List<String> wrong, String schema, JsonNode value) {
    validate(wrong, "#/" + schema, document.getComponents().getSchemas().get(schema), value);
  }

  /** A structural check of a value against a schema: types, required and unknown properties, enums, arrays. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private void validate(List<String> wrong, String at, Schema schema, JsonNode value) {
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      validate(wrong, at, document.getComponents().getSchemas().get(name), value);
      return;
    }
    Set<String> types = schema.getTypes() != null ? schema.getTypes()
        : schema.getType() != null ? Set.of(schema.getType()) : Set.of();
    if (!types.isEmpty() && types.stream().noneMatch(t -> is(t, value))) {
      wrong.add(at + " is not " + types + ": " + value);
      return;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()
        && schema.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(value.asText()))) {
      wrong.add(at + " is not one of " + schema.getEnum() + ": " + value);
    }
    if (schema.getConst() != null && !String.valueOf(schema.getConst()).equals(value.asText())) {
      wrong.add(at + " is not " + schema.getConst());
    }
    if (value.isObject()) {
      Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
      if (schema.getRequired() != null) {
        for (Object r : schema.getRequired()) {
          if (!value.has((String) r)) {
            wrong.add(at + " lacks " + r);
          }
        }
      }
      for (Map.Entry<String, JsonNode> f : value.properties()) {
        Schema s = properties.get(f.getKey());
        if (s == null) {
          if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
            wrong.add(at + " has an undocumented " + f.getKey());
          }
        } else {
          validate(wrong, at + "/" + f.getKey(), s, f.getValue());
        }
      }
    } else if (value.isArray() && schema.getItems() != null) {
      for (int i = 0; i < value.size(); i++) {
        validate(wrong, at + "/" + i, schema.getItems(), value.get(i));
      }
    }
  }

  private static boolean is(String type, JsonNode v) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> false;
    };
  }
}
