package dk.mikrolan.read;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.MunicipalityCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The orders of {@link ProgrammeReads}' lists and the cursors that page through them, shared by
 * every implementation so that each gives the same pages and the same cursors.
 *
 * <p>A cursor is {@code v1|<list>|<query>|<last row's key>} in URL-safe Base64 without padding.
 * The query part is a digest of the query (its municipalities, filters and date), so a cursor is
 * refused by any other query and does not show the query's values; the key is the position after
 * which the next page starts (keyset paging, never an offset). A cursor is a position, not a
 * permission: the rows still come only from the municipalities the query asks for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PageCursor {

  /**
   * The order of case lists: municipality code, then case id, each by {@link String#compareTo}.
   */
  public static final Comparator<CaseRef> CASE_ORDER =
      Comparator.comparing(CaseRef::municipalityCode).thenComparing(r -> r.caseId().value());

  /**
   * The order of arrears lists: the most days past due first, then {@link #CASE_ORDER}.
   */
  public static final Comparator<ArrearsEntry> ARREARS_ORDER =
      Comparator.comparingLong((ArrearsEntry e) -> e.arrears().daysPastDue()).reversed()
          .thenComparing(ArrearsEntry::ref, CASE_ORDER);

  private static final String VERSION = "v1";
  private static final String CASES = "cases";
  private static final String ARREARS = "arrears";
  private static final String REFUSED = "Malformed page cursor, or one from another query";

  private PageCursor() {}

  /**
   * Where an arrears page ends: the last row's days past due and case.
   *
   * @param daysPastDue the days past due, one or more
   * @param ref the case
   */
  public record ArrearsPosition(long daysPastDue, CaseRef ref) {

    /**
     * Checks the position.
     *
     * @throws IllegalArgumentException if the days are below one
     */
    public ArrearsPosition {
      Objects.requireNonNull(ref, "ref");
      if (daysPastDue < 1) {
        throw new IllegalArgumentException("A loan in arrears is one or more days past due: " + daysPastDue);
      }
    }

    /**
     * Returns whether an entry comes after this position in {@link #ARREARS_ORDER}.
     *
     * @param entry the entry, not null
     * @return whether it belongs on a later page
     */
    public boolean precedes(ArrearsEntry entry) {
      long days = entry.arrears().daysPastDue();
      return days < daysPastDue || (days == daysPastDue && CASE_ORDER.compare(entry.ref(), ref) > 0);
    }
  }

  /**
   * Returns the cursor that points after a case in a case list.
   *
   * @param query the list's query, not null
   * @param last the last case of the page, not null
   * @return the cursor, never null
   */
  public static String ofCases(CaseQuery query, CaseRef last) {
    return encode(CASES + "|" + shape(query) + "|" + last.municipalityCode() + "|" + last.caseId().value());
  }

  /**
   * Reads a case list's cursor: the case after which the page starts.
   *
   * @param query the list's query, not null
   * @param cursor the cursor, not null
   * @return the case, never null
   * @throws IllegalArgumentException if the cursor is malformed or belongs to another query (the
   *     message does not repeat it)
   */
  public static CaseRef casesAfter(CaseQuery query, String cursor) {
    String[] parts = decode(cursor, CASES, shape(query), 2);
    return ref(parts[3], parts[4]);
  }

  /**
   * Returns the cursor that points after an entry in an arrears list.
   *
   * @param municipalities the list's municipalities, not null
   * @param asOf the list's date, not null
   * @param last the last entry of the page, not null
   * @return the cursor, never null
   */
  public static String ofArrears(Set<String> municipalities, LocalDate asOf, ArrearsEntry last) {
    return encode(ARREARS + "|" + shape(municipalities, asOf) + "|" + last.arrears().daysPastDue() + "|"
        + last.ref().municipalityCode() + "|" + last.ref().caseId().value());
  }

  /**
   * Reads an arrears list's cursor: the position after which the page starts.
   *
   * @param municipalities the list's municipalities, not null
   * @param asOf the list's date, not null
   * @param cursor the cursor, not null
   * @return the position, never null
   * @throws IllegalArgumentException if the cursor is malformed or belongs to another query (the
   *     message does not repeat it)
   */
  public static ArrearsPosition arrearsAfter(Set<String> municipalities, LocalDate asOf, String cursor) {
    String[] parts = decode(cursor, ARREARS, shape(municipalities, asOf), 3);
    long days;
    try {
      days = Long.parseLong(parts[3]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(REFUSED);
    }
    if (days < 1) {
      throw new IllegalArgumentException(REFUSED);
    }
    return new ArrearsPosition(days, ref(parts[4], parts[5]));
  }

  private static CaseRef ref(String municipality, String caseId) {
    if (!MunicipalityCode.isValid(municipality)) {
      throw new IllegalArgumentException(REFUSED);
    }
    try {
      return CaseRef.of(municipality, CaseId.of(caseId));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(REFUSED);
    }
  }

  private static String shape(CaseQuery q) {
    return digest(CASES + "\n" + String.join(",", new TreeSet<>(q.municipalities())) + "\n"
        + q.stage().map(s -> "+" + s.name()).orElse("-") + "\n"
        + q.cohortId().map(c -> "+" + c).orElse("-") + "\n"
        + q.advisor().map(a -> "+" + a.value()).orElse("-"));
  }

  private static String shape(Set<String> municipalities, LocalDate asOf) {
    return digest(ARREARS + "\n" + String.join(",", new TreeSet<>(municipalities)) + "\n" + asOf);
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("Every Java platform has SHA-256", e);
    }
  }

  private static String encode(String body) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((VERSION + "|" + body).getBytes(StandardCharsets.UTF_8));
  }

  /** The parts of a cursor of a list and query: version, list, query, then {@code keyParts} more. */
  private static String[] decode(String cursor, String list, String shape, int keyParts) {
    Objects.requireNonNull(cursor, "cursor");
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(REFUSED);
    }
    String[] parts = text.split("\\|", -1);
    if (parts.length != 3 + keyParts || !parts[0].equals(VERSION) || !parts[1].equals(list)
        || !parts[2].equals(shape)) {
      throw new IllegalArgumentException(REFUSED);
    }
    return parts;
  }
}
