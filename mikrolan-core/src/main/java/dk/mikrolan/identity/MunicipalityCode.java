package dk.mikrolan.identity;

import java.util.regex.Pattern;

/**
 * The form of a municipality's code (kommunekode): three digits, as Danmarks Statistik assigns
 * them ("101" København, "751" Aarhus). The one place the form is checked.
 */
public final class MunicipalityCode {

  private static final Pattern FORM = Pattern.compile("\\d{3}");

  private MunicipalityCode() {}

  /**
   * Returns whether a text is a municipality code.
   *
   * @param code the text, not null
   * @return whether it is three digits
   */
  public static boolean isValid(String code) {
    return FORM.matcher(code).matches();
  }

  /**
   * Checks a municipality code.
   *
   * @param code the code, not null
   * @return the code, never null
   * @throws IllegalArgumentException if it is not three digits
   */
  public static String require(String code) {
    if (!isValid(code)) {
      throw new IllegalArgumentException("A municipality code (kommunekode) is three digits: " + code);
    }
    return code;
  }
}
