package dk.mikrolan.policy;

import dk.mikrolan.access.Action;
import dk.mikrolan.access.Role;
import dk.mikrolan.access.Withheld;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.InvalidInputException;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one policy version for {@link PolicyFile#read(Properties)}, collecting every problem.
 *
 * <p>Each key is read on its own; a key that cannot be read leaves its attribute at the default so
 * that the policy's own checks still run on everything else. A check that compares an attribute
 * which could not be read is dropped: it would report a consequence of the first problem, not a
 * second one.
 *
 * <p>Instances are used once and are not thread-safe.
 */
final class PolicyFileReader {

  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
  private static final Pattern AMOUNT = Pattern.compile("(?:DKK )?(-?\\d{1,12}(?:\\.\\d{1,2})?)");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(?:\\.\\d{1,12})?");

  // Stand-ins for required values that are missing or unreadable: they only let the remaining
  // checks run, and are never part of a valid result (the missing key is already a problem).
  private static final String PLACEHOLDER_CODE = "000";
  private static final String PLACEHOLDER_NAME = "-";
  private static final LocalDate PLACEHOLDER_DATE = LocalDate.of(2000, 1, 1);

  private final Properties properties;
  private final Set<String> unreadAttributes = new HashSet<>();
  private Vector<Violation> problems = Vector.empty();

  private PolicyFileReader(Properties properties) {
    this.properties = properties;
  }

  static Validation<Seq<Violation>, ProgrammePolicy> read(Properties properties) {
    return new PolicyFileReader(properties).read();
  }

  private Validation<Seq<Violation>, ProgrammePolicy> read() {
    reportUnknownKeys();
    ProgrammePolicy.Builder b = ProgrammePolicy.builder();
    b.municipalityCode(required(PolicyKey.MUNICIPALITY_CODE, this::token).getOrElse(PLACEHOLDER_CODE));
    b.municipalityName(required(PolicyKey.MUNICIPALITY_NAME, this::text).getOrElse(PLACEHOLDER_NAME));
    b.validFrom(required(PolicyKey.VALID_FROM, this::date).getOrElse(PLACEHOLDER_DATE));
    optional(PolicyKey.ELIGIBLE_BENEFITS, this::benefits).forEach(b::eligibleBenefits);
    optional(PolicyKey.LOAN_FLOOR, this::amount).forEach(b::loanFloor);
    optional(PolicyKey.LOAN_CEILING, this::amount).forEach(b::loanCeiling);
    optional(PolicyKey.MAX_INSTALMENTS, this::whole).forEach(b::maxInstalments);
    optional(PolicyKey.MAX_GRACE_MONTHS, this::whole).forEach(b::maxGraceMonths);
    optional(PolicyKey.COMPETENCE_MIN_MONTHS, this::whole).forEach(b::competenceMinMonths);
    optional(PolicyKey.COMPETENCE_MAX_MONTHS, this::whole).forEach(b::competenceMaxMonths);
    optional(PolicyKey.MANDATORY_COURSES, this::courses).forEach(b::mandatoryCourses);
    optional(PolicyKey.MIN_GUIDANCE_SESSIONS, this::whole).forEach(b::minGuidanceSessions);
    optional(PolicyKey.SEMINAR_DAYS, this::whole).forEach(b::seminarDays);
    optional(PolicyKey.SEMINAR_ALLOWED_ABSENCE_DAYS, this::whole).forEach(b::seminarAllowedAbsenceDays);
    optional(PolicyKey.ASSESSMENT_SCALE_MIN, this::whole).forEach(b::assessmentScaleMin);
    optional(PolicyKey.ASSESSMENT_SCALE_MAX, this::whole).forEach(b::assessmentScaleMax);
    optional(PolicyKey.ASSESSMENT_THRESHOLD, this::whole).forEach(b::assessmentThreshold);
    optional(PolicyKey.FUND_CEILING, this::amount).forEach(b::loanFundCeiling);
    optional(PolicyKey.FUND_REVOLVING, this::bool).forEach(b::revolvingFund);
    optional(PolicyKey.HEARING_DEADLINE_DAYS, this::whole).forEach(b::hearingDeadlineDays);
    complaintGuidance().forEach(b::complaintGuidance);
    optional(PolicyKey.JOURNAL_REFERENCE, this::text).forEach(b::journalReference);
    b.addAllBaseRates(baseRates());
    optional(PolicyKey.REFERENCE_MARGIN_BP, this::whole).forEach(b::referenceMarginBasisPoints);
    optional(PolicyKey.DE_MINIMIS_CEILING_EUR, this::decimal).forEach(b::deMinimisCeilingEur);
    optional(PolicyKey.LUMP_SUM_WARNING_ABOVE, this::amount).forEach(b::lumpSumWarningAbove);
    optional(PolicyKey.FOLLOW_UP_MONTHS, this::months).forEach(b::followUpMonths);
    optional(PolicyKey.SECOND_DECIDER_ABOVE, this::optionalAmount).forEach(b::secondDeciderAbove);
    b.addAllWithheld(withheld());
    try {
      ProgrammePolicy policy = b.build();
      return problems.isEmpty() ? Validation.valid(policy) : Validation.invalid(problems);
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        boolean consequence =
            PolicyViolation.ofCode(v.code())
                .filter(kind -> kind.involves().stream().anyMatch(unreadAttributes::contains))
                .isPresent();
        if (!consequence) {
          problems = problems.append(atKey(v, keyOf(v.field())));
        }
      }
      return Validation.invalid(problems);
    }
  }

  private void reportUnknownKeys() {
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (PolicyKey.ofKey(key).isEmpty() && !key.startsWith(PolicyKey.BASE_RATE_PREFIX)
          && !key.startsWith(PolicyKey.WITHHELD_PREFIX)) {
        problems = problems.append(PolicyFileViolation.POLICY_KEY_UNKNOWN.at(key, key));
      }
    }
  }

  private <T> Option<T> required(PolicyKey key, BiFunction<String, String, Option<T>> parser) {
    if (properties.getProperty(key.key()) == null) {
      problems = problems.append(PolicyFileViolation.POLICY_KEY_MISSING.at(key.key(), key.key()));
      unreadAttributes.add(key.attribute());
      return Option.none();
    }
    return optional(key, parser);
  }

  private <T> Option<T> optional(PolicyKey key, BiFunction<String, String, Option<T>> parser) {
    String value = properties.getProperty(key.key());
    if (value == null) {
      return Option.none();
    }
    Option<T> read = parser.apply(key.key(), value);
    if (read.isEmpty()) {
      unreadAttributes.add(key.attribute());
    }
    return read;
  }

  /** The four complaint keys are given together or not at all: half a guidance misleads. */
  private Option<ComplaintGuidance> complaintGuidance() {
    List<PolicyKey> given = PolicyKey.COMPLAINT.filter(k -> properties.getProperty(k.key()) != null);
    if (given.isEmpty()) {
      return Option.none();
    }
    Option<String> body = required(PolicyKey.COMPLAINT_APPEAL_BODY, this::text);
    Option<String> danish = required(PolicyKey.COMPLAINT_HOW_TO_DANISH, this::text);
    Option<String> english = required(PolicyKey.COMPLAINT_HOW_TO_ENGLISH, this::text);
    Option<Integer> weeks = required(PolicyKey.COMPLAINT_DEADLINE_WEEKS, this::whole);
    if (body.isEmpty() || danish.isEmpty() || english.isEmpty() || weeks.isEmpty()) {
      return Option.none();
    }
    Seq<Violation> refused =
        ComplaintGuidance.violations(body.get(), danish.get(), english.get(), weeks.get());
    if (!refused.isEmpty()) {
      problems = problems.appendAll(refused.map(v -> atKey(v, keyOf(v.field()))));
      return Option.none();
    }
    return Option.of(new ComplaintGuidance(body.get(), danish.get(), english.get(), weeks.get()));
  }

  private java.util.List<BaseRate> baseRates() {
    TreeMap<LocalDate, BaseRate> rates = new TreeMap<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (key.startsWith(PolicyKey.BASE_RATE_PREFIX)) {
        Option<LocalDate> from = date(key, key.substring(PolicyKey.BASE_RATE_PREFIX.length()));
        Option<BigDecimal> rate = decimal(key, properties.getProperty(key));
        if (from.isDefined() && rate.isDefined()) {
          try {
            rates.put(from.get(), new BaseRate(from.get(), rate.get()));
          } catch (InvalidInputException e) {
            problems = problems.appendAll(e.violations().map(v -> atKey(v, key)));
          }
        }
      }
    }
    return new ArrayList<>(rates.values());
  }

  /**
   * Reads the {@code permissions.withheld.<ROLE>} keys: each names a role and lists the actions
   * withheld from it. A key whose role or one of whose actions is unknown is left out whole, so
   * that a misspelling never withholds less than the file meant without saying so.
   */
  private java.util.List<Withheld> withheld() {
    java.util.List<Withheld> withheld = new ArrayList<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (!key.startsWith(PolicyKey.WITHHELD_PREFIX)) {
        continue;
      }
      String roleName = key.substring(PolicyKey.WITHHELD_PREFIX.length());
      Option<Role> role = List.of(Role.values()).find(r -> r.name().equals(roleName));
      if (role.isEmpty()) {
        problems = problems.append(PolicyFileViolation.POLICY_ROLE_UNKNOWN.at(
            key, key, roleName, List.of(Role.values()).mkString(", ")));
      }
      Option<java.util.List<String>> items = distinctItems(key, properties.getProperty(key));
      if (items.isEmpty()) {
        continue;
      }
      java.util.List<Withheld> ofKey = new ArrayList<>();
      boolean readable = role.isDefined();
      for (String item : items.get()) {
        Option<Action> action = List.of(Action.values()).find(a -> a.name().equals(item));
        if (action.isEmpty()) {
          problems = problems.append(PolicyFileViolation.POLICY_ACTION_UNKNOWN.at(key, key, item));
          readable = false;
        } else if (action.get() == Action.ADOPT_POLICY && role.isDefined()) {
          problems = problems.append(atKey(PolicyViolation.ADOPT_POLICY_WITHHELD.violation(role.get()), key));
          readable = false;
        } else if (role.isDefined()) {
          ofKey.add(Withheld.of(role.get(), action.get()));
        }
      }
      if (readable) {
        withheld.addAll(ofKey);
      }
    }
    return withheld;
  }

  /** An amount, or nothing for an empty value. */
  private Option<java.util.Optional<DkkAmount>> optionalAmount(String key, String value) {
    return value.isBlank() ? Option.of(java.util.Optional.empty()) : amount(key, value).map(java.util.Optional::of);
  }

  /** Free text is taken as written: the properties format already drops leading blanks. */
  private Option<String> text(String key, String value) {
    return Option.of(value);
  }

  private Option<String> token(String key, String value) {
    return Option.of(value.strip());
  }

  private Option<LocalDate> date(String key, String value) {
    try {
      return Option.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      return unreadable(PolicyFileViolation.POLICY_DATE_UNREADABLE, key, value);
    }
  }

  private Option<Integer> whole(String key, String value) {
    String v = value.strip();
    return WHOLE.matcher(v).matches()
        ? Option.of(Integer.parseInt(v))
        : unreadable(PolicyFileViolation.POLICY_NUMBER_UNREADABLE, key, value);
  }

  private Option<BigDecimal> decimal(String key, String value) {
    String v = value.strip();
    return DECIMAL.matcher(v).matches()
        ? Option.of(new BigDecimal(v))
        : unreadable(PolicyFileViolation.POLICY_DECIMAL_UNREADABLE, key, value);
  }

  private Option<DkkAmount> amount(String key, String value) {
    Matcher m = AMOUNT.matcher(value.strip());
    if (!m.matches()) {
      return unreadable(PolicyFileViolation.POLICY_AMOUNT_UNREADABLE, key, value);
    }
    try {
      return Option.of(DkkAmount.ofKroner(new BigDecimal(m.group(1))));
    } catch (InvalidInputException e) {
      problems = problems.appendAll(e.violations().map(v -> atKey(v, key)));
      return Option.none();
    }
  }

  private Option<Boolean> bool(String key, String value) {
    return switch (value.strip()) {
      case "true" -> Option.of(true);
      case "false" -> Option.of(false);
      default -> unreadable(PolicyFileViolation.POLICY_BOOLEAN_UNREADABLE, key, value);
    };
  }

  private Option<Set<BenefitType>> benefits(String key, String value) {
    Option<java.util.List<String>> items = distinctItems(key, value);
    if (items.isEmpty()) {
      return Option.none();
    }
    Set<BenefitType> benefits = EnumSet.noneOf(BenefitType.class);
    boolean readable = true;
    for (String item : items.get()) {
      Option<BenefitType> benefit = List.of(BenefitType.values()).find(t -> t.name().equals(item));
      if (benefit.isEmpty()) {
        problems = problems.append(
            PolicyFileViolation.POLICY_BENEFIT_UNKNOWN.at(
                key, key, item, List.of(BenefitType.values()).mkString(", ")));
        readable = false;
      } else {
        benefits.add(benefit.get());
      }
    }
    return readable ? Option.of(Collections.unmodifiableSet(benefits)) : Option.none();
  }

  private Option<Set<String>> courses(String key, String value) {
    return distinctItems(key, value)
        .map(items -> Collections.unmodifiableSet(new LinkedHashSet<>(items)));
  }

  private Option<java.util.List<Integer>> months(String key, String value) {
    Option<java.util.List<String>> items = items(key, value);
    if (items.isEmpty()) {
      return Option.none();
    }
    java.util.List<Integer> months = new ArrayList<>();
    for (String item : items.get()) {
      Option<Integer> month = whole(key, item);
      if (month.isEmpty()) {
        return Option.none();
      }
      months.add(month.get());
    }
    return Option.of(java.util.List.copyOf(months));
  }

  /** Splits a comma-separated list; an empty value is the empty list. */
  private Option<java.util.List<String>> items(String key, String value) {
    if (value.isBlank()) {
      return Option.of(java.util.List.of());
    }
    java.util.List<String> items = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      if (part.isBlank()) {
        return unreadable(PolicyFileViolation.POLICY_LIST_ITEM_EMPTY, key, value);
      }
      items.add(part.strip());
    }
    return Option.of(items);
  }

  /** Splits a list that stands for a set: an item named twice is a slip worth pointing out. */
  private Option<java.util.List<String>> distinctItems(String key, String value) {
    Option<java.util.List<String>> items = items(key, value);
    if (items.isDefined()) {
      Set<String> seen = new HashSet<>();
      for (String item : items.get()) {
        if (!seen.add(item)) {
          return unreadable(PolicyFileViolation.POLICY_LIST_ITEM_REPEATED, key, item);
        }
      }
    }
    return items;
  }

  private <T> Option<T> unreadable(PolicyFileViolation kind, String key, String value) {
    problems = problems.append(kind.at(key, key, value));
    return Option.none();
  }

  private static String keyOf(String attribute) {
    return PolicyKey.ofAttribute(attribute).map(PolicyKey::key).getOrElse(attribute);
  }

  private static Violation atKey(Violation v, String key) {
    return Violation.of(v.code(), key, v.danish(), v.english());
  }
}
