package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads one JSON object of a request body, property by property, collecting every problem with its
 * JSON Pointer instead of stopping at the first: a person fixing a form sees them all at once. The
 * contract's formats are read here and only here: money as {@code {"amount", "currency"}} with at
 * most two decimals and currency DKK, ISO dates from 2000 to 2100, UPPER_SNAKE_CASE enumerations,
 * rates as decimal strings from 0 to 1, and municipality codes as three-digit strings.
 */
final class Body {

  /** The body itself, as a violation's field; written out as the empty JSON Pointer. */
  static final String ROOT = "(body)";

  private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile("[0-9]?\\.?[0-9]{1,12}");
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,12})?");

  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  private final ObjectNode node;
  private final String pointer;
  private final List<Violation> violations;
  private final Set<String> known = new TreeSet<>();

  private Body(ObjectNode node, String pointer, List<Violation> violations) {
    this.node = node;
    this.pointer = pointer;
    this.violations = violations;
  }

  /**
   * Reads a request's body, which must be a JSON object.
   *
   * @param root the parsed body
   * @return the reader, or empty (with the violation recorded) when the body is not an object
   */
  static Optional<Body> of(JsonNode root, List<Violation> violations) {
    if (root instanceof ObjectNode object) {
      return Optional.of(new Body(object, "", violations));
    }
    violations.add(at(ROOT, RequestRule.WRONG_TYPE, "et JSON-objekt", "a JSON object"));
    return Optional.empty();
  }

  /** The violations collected so far, shared by every reader of the same body. */
  List<Violation> violations() {
    return violations;
  }

  /** Records a problem at a property of this object. */
  void problem(String name, Violation v) {
    violations.add(Violation.of(v.code(), path(name), v.danish(), v.english()));
  }

  /** Records a rule at a property of this object. */
  void problem(String name, RequestRule rule, Object... args) {
    violations.add(at(path(name), rule, args, args));
  }

  /** The object's properties, for a body whose keys are data (a policy file's). */
  Iterable<java.util.Map.Entry<String, JsonNode>> fields() {
    return node.properties();
  }

  /** Whether the property is present and not null. */
  boolean has(String name) {
    known.add(name);
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /**
   * Records every property this reader was not asked about as unknown. Call it after reading.
   */
  void refuseUnknown() {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(name, RequestRule.UNKNOWN_PROPERTY);
      }
    }
  }

  private Optional<JsonNode> value(String name, boolean required) {
    known.add(name);
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        problem(name, RequestRule.REQUIRED);
      }
      return Optional.empty();
    }
    return Optional.of(v);
  }

  Optional<String> text(String name, boolean required, int maxLength) {
    return value(name, required).flatMap(v -> {
      if (!v.isTextual()) {
        problem(name, RequestRule.WRONG_TYPE, "tekst", "text");
        return Optional.empty();
      } else if (v.asText().isBlank() || v.asText().length() > maxLength) {
        problem(name, RequestRule.TEXT_LENGTH, maxLength);
        return Optional.empty();
      }
      return Optional.of(v.asText());
    });
  }

  /** Text that may be empty (an attendance note, say), at most {@code maxLength} characters. */
  Optional<String> textOrEmpty(String name, int maxLength) {
    return value(name, false).flatMap(v -> {
      if (!v.isTextual()) {
        problem(name, RequestRule.WRONG_TYPE, "tekst", "text");
        return Optional.empty();
      } else if (v.asText().length() > maxLength) {
        problem(name, RequestRule.TEXT_LENGTH, maxLength);
        return Optional.empty();
      }
      return Optional.of(v.asText());
    });
  }

  Optional<Boolean> bool(String name, boolean required) {
    return value(name, required).flatMap(v -> {
      if (!v.isBoolean()) {
        problem(name, RequestRule.WRONG_TYPE, "true eller false", "true or false");
        return Optional.empty();
      }
      return Optional.of(v.asBoolean());
    });
  }

  Optional<Integer> integer(String name, boolean required, int min, int max) {
    return value(name, required).flatMap(v -> {
      if (!v.isIntegralNumber()) {
        problem(name, RequestRule.WRONG_TYPE, "et heltal", "a whole number");
        return Optional.empty();
      } else if (!v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
        problem(name, RequestRule.OUT_OF_RANGE, min, max);
        return Optional.empty();
      }
      return Optional.of(v.asInt());
    });
  }

  Optional<LocalDate> date(String name, boolean required) {
    return value(name, required).flatMap(v -> {
      if (!v.isTextual()) {
        problem(name, RequestRule.NOT_A_DATE);
        return Optional.empty();
      }
      LocalDate d;
      try {
        d = LocalDate.parse(v.asText());
      } catch (DateTimeParseException e) {
        problem(name, RequestRule.NOT_A_DATE);
        return Optional.empty();
      }
      if (d.isBefore(FIRST_DAY) || d.isAfter(LAST_DAY)) {
        problem(name, RequestRule.DATE_OUT_OF_RANGE);
        return Optional.empty();
      }
      return Optional.of(d);
    });
  }

  <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, boolean required) {
    return value(name, required).flatMap(v -> {
      String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      if (!v.isTextual()) {
        problem(name, RequestRule.UNKNOWN_VALUE, names);
        return Optional.empty();
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(v.asText())) {
          return Optional.of(e);
        }
      }
      problem(name, RequestRule.UNKNOWN_VALUE, names);
      return Optional.empty();
    });
  }

  /** A rate: a decimal string from 0 to 1 (a JSON number is refused: binary floating point). */
  Optional<BigDecimal> rate(String name, boolean required) {
    return value(name, required).flatMap(v -> {
      if (!v.isTextual()) {
        problem(name, RequestRule.NOT_A_RATE);
        return Optional.empty();
      }
      // Plain decimals only: an exponent such as 1E-999999999 would make the arithmetic run for ages.
      if (!RATE.matcher(v.asText()).matches()) {
        problem(name, RequestRule.NOT_A_RATE);
        return Optional.empty();
      }
      try {
        BigDecimal r = new BigDecimal(v.asText());
        if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) >= 0) {
          problem(name, RequestRule.NOT_A_RATE);
          return Optional.empty();
        }
        return Optional.of(r);
      } catch (NumberFormatException e) {
        problem(name, RequestRule.NOT_A_RATE);
        return Optional.empty();
      }
    });
  }

  /** A positive plain decimal such as an exchange rate, {@code "7.4604"}: no exponent, at most 12 decimals. */
  Optional<BigDecimal> decimal(String name, boolean required) {
    return value(name, required).flatMap(v -> {
      if (!v.isTextual() || !DECIMAL.matcher(v.asText()).matches() || new BigDecimal(v.asText()).signum() <= 0) {
        problem(name, RequestRule.NOT_AN_AMOUNT);
        return Optional.empty();
      }
      return Optional.of(new BigDecimal(v.asText()));
    });
  }

  Optional<String> municipality(String name, boolean required) {
    return value(name, required).flatMap(v -> {
      if (!v.isTextual() || !MunicipalityCode.isValid(v.asText())) {
        problem(name, RequestRule.NOT_A_MUNICIPALITY);
        return Optional.empty();
      }
      return Optional.of(v.asText());
    });
  }

  /** An identifier the core parses (a case id, a cohort id): its own check decides. */
  <T> Optional<T> id(String name, boolean required, Function<String, T> parse) {
    return text(name, required, 64).flatMap(t -> {
      try {
        return Optional.of(parse.apply(t));
      } catch (IllegalArgumentException e) {
        problem(name, RequestRule.MALFORMED);
        return Optional.empty();
      }
    });
  }

  Optional<Body> object(String name, boolean required) {
    return value(name, required).flatMap(v -> {
      if (v instanceof ObjectNode o) {
        return Optional.of(new Body(o, path(name), violations));
      }
      problem(name, RequestRule.WRONG_TYPE, "et JSON-objekt", "a JSON object");
      return Optional.empty();
    });
  }

  /** A list of objects, each read by {@code item}; empty items are left out. */
  <T> Optional<List<T>> objects(String name, boolean required, int maxItems, Function<Body, Optional<T>> item) {
    return value(name, required).flatMap(v -> {
      if (!v.isArray() || v.size() > maxItems) {
        problem(name, RequestRule.WRONG_TYPE, "en liste med højst " + maxItems, "a list of at most " + maxItems);
        return Optional.empty();
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        JsonNode e = v.get(i);
        if (e instanceof ObjectNode o) {
          Body b = new Body(o, path(name) + "/" + i, violations);
          item.apply(b).ifPresent(items::add);
        } else {
          violations.add(at(path(name) + "/" + i, RequestRule.WRONG_TYPE, "et JSON-objekt", "a JSON object"));
        }
      }
      return Optional.of(items);
    });
  }

  /** A list of texts, each 1–{@code maxLength} characters. */
  Optional<List<String>> strings(String name, boolean required, int maxItems, int maxLength) {
    return value(name, required).flatMap(v -> {
      if (!v.isArray() || v.size() > maxItems) {
        problem(name, RequestRule.WRONG_TYPE, "en liste med højst " + maxItems, "a list of at most " + maxItems);
        return Optional.empty();
      }
      List<String> items = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        JsonNode e = v.get(i);
        if (!e.isTextual() || e.asText().isBlank() || e.asText().length() > maxLength) {
          violations.add(at(path(name) + "/" + i, RequestRule.TEXT_LENGTH, maxLength));
        } else {
          items.add(e.asText());
        }
      }
      return Optional.of(items);
    });
  }

  /** Money: {@code {"amount": "1250.00" or 1250.00, "currency": "DKK"}}, at most two decimals. */
  Optional<DkkAmount> money(String name, boolean required) {
    return object(name, required).flatMap(m -> {
      Optional<DkkAmount> amount = m.value("amount", true).flatMap(a -> {
        BigDecimal value;
        try {
          value = a.isTextual() ? new BigDecimal(a.asText()) : a.isNumber() ? a.decimalValue() : null;
        } catch (NumberFormatException e) {
          value = null;
        }
        if (value == null || a.isTextual() && a.asText().length() > 20) {
          m.problem("amount", RequestRule.NOT_AN_AMOUNT);
          return Optional.empty();
        } else if (value.stripTrailingZeros().scale() > 2) {
          m.problem("amount", RequestRule.TOO_MANY_DECIMALS);
          return Optional.empty();
        }
        try {
          return Optional.of(DkkAmount.ofKroner(value));
        } catch (RuntimeException outOfRange) {
          m.problem("amount", RequestRule.NOT_AN_AMOUNT);
          return Optional.empty();
        }
      });
      Optional<String> currency = m.value("currency", true).flatMap(c -> {
        if (!c.isTextual() || !c.asText().equals("DKK")) {
          m.problem("currency", RequestRule.CURRENCY_NOT_DKK);
          return Optional.empty();
        }
        return Optional.of(c.asText());
      });
      m.refuseUnknown();
      return currency.isPresent() ? amount : Optional.empty();
    });
  }

  private String path(String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static Violation at(String pointer, RequestRule rule, Object... args) {
    return at(pointer, rule, args, args);
  }

  static Violation at(String pointer, RequestRule rule, Object[] danish, Object[] english) {
    Violation v = rule.violation(danish, english);
    return Violation.of(v.code(), pointer, v.danish(), v.english());
  }
}
