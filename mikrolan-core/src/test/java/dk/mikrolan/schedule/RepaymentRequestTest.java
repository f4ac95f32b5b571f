package dk.mikrolan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Bean Validation constraints a REST boundary sees on the request. */
class RepaymentRequestTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @Test
  void findsTheMissingRequiredFieldsOfABlankRequest() {
    Set<ConstraintViolation<RepaymentRequest>> violations =
        validator.validate(new RepaymentRequest(null, null, null, null, null, null, null));

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), v -> annotation(v))
        .containsExactlyInAnyOrder(
            tuple("principal", "NotNull"), tuple("firstDueDate", "NotNull"), tuple("frequency", "NotNull"));
  }

  @Test
  void findsAnInstalmentCountBelowOne() {
    Set<ConstraintViolation<RepaymentRequest>> violations = validator.validate(complete(0));

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), v -> annotation(v))
        .containsExactly(tuple("instalmentCount", "Positive"));
  }

  @Test
  void findsNothingWrongWithACompleteRequest() {
    assertThat(validator.validate(complete(12))).isEmpty();
  }

  private static RepaymentRequest complete(int count) {
    return new RepaymentRequest(
        Money.of(10_000, "DKK"), LocalDate.of(2026, 3, 2), Frequency.MONTHLY, count, null, null, null);
  }

  private static String annotation(ConstraintViolation<?> violation) {
    return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }
}
