package dk.mikrolan.rest;

import dk.mikrolan.rules.RuleText;
import dk.mikrolan.rules.ViolationKind;

/**
 * What the adapter finds wrong with a request's body or parameters before the domain sees it. The
 * codes are stable and documented in the README; each violation names its place in the body as a
 * JSON Pointer.
 */
enum RequestRule implements ViolationKind {
  /** A required property is missing or null. */
  REQUIRED("Skal udfyldes.", "Is required."),
  /** A property the route does not know: a typo must not fall back to a default. */
  UNKNOWN_PROPERTY("Egenskaben findes ikke her.", "Unknown property."),
  /** The value has the wrong JSON type. */
  WRONG_TYPE("Skal være %1$s.", "Must be %2$s."), // the Danish and the English name of the type
  /** Not an ISO-8601 date. */
  NOT_A_DATE("Skal være en dato som 2027-03-26.", "Must be a date such as 2027-03-26."),
  /** A date outside 2000–2100. */
  DATE_OUT_OF_RANGE("Datoen skal ligge i årene 2000–2100.", "The date must lie in the years 2000–2100."),
  /** Not one of the enumeration's values. */
  UNKNOWN_VALUE("Skal være en af %s.", "Must be one of %s."),
  /** Not a decimal amount. */
  NOT_AN_AMOUNT("Skal være et beløb som \"1250.00\".", "Must be an amount such as \"1250.00\"."),
  /** More than two decimals. */
  TOO_MANY_DECIMALS("Højst to decimaler.", "At most two decimals."),
  /** A currency other than DKK. */
  CURRENCY_NOT_DKK("Valutaen skal være DKK.", "The currency must be DKK."),
  /** Not a rate: a decimal string from 0 to 1. */
  NOT_A_RATE("Skal være en sats som \"0.07\" fra 0 til 1.", "Must be a rate such as \"0.07\" from 0 to 1."),
  /** A number outside its range. */
  OUT_OF_RANGE("Skal ligge mellem %s og %s.", "Must lie between %s and %s."),
  /** Text longer than allowed, or blank where text is needed. */
  TEXT_LENGTH("Skal have 1–%s tegn.", "Must have 1–%s characters."),
  /** Not a three-digit municipality code. */
  NOT_A_MUNICIPALITY("Skal være en kommunekode med tre cifre som \"751\".",
      "Must be a three-digit municipality code such as \"751\"."),
  /** A malformed identifier. */
  MALFORMED("Har ikke den rette form.", "Is malformed.");

  private final RuleText text;

  RequestRule(String danish, String english) {
    this.text = new RuleText("request", danish, english);
  }

  @Override
  public RuleText text() {
    return text;
  }
}
