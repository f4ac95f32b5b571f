package dk.mikrolan.aid;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.money.DkkAmount;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The de minimis records as rows for the national register of de minimis aid (Regulation (EU)
 * 2023/2831 art. 6 asks Member States to keep a central register from 2026), and as CSV text.
 *
 * <p>One row per grant that is not cancelled. A participant's grant before registration has no
 * CVR number; the host decides whether and how to report it. The CSV follows RFC 4180: a header
 * row, commas, CRLF line ends, fields quoted only when they hold a comma, quote or line end;
 * amounts in plain decimal form with a point ({@code 1234.50}), dates in ISO form. {@link
 * #parse(String)} reads back what {@link #csv(Iterable)} writes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeMinimisExport {

  /** The CSV header row, without its line end. */
  public static final String HEADER =
      "undertaking_key,cvr,grant_date,aid_dkk,aid_eur,regulation,granting_authority,case_id";

  private static final String CRLF = "\r\n";
  private static final int COLUMNS = 8;

  /**
   * One grant as the register needs it.
   *
   * @param undertakingKey the undertaking's key ({@link UndertakingId#streamKey()}), never a CPR number
   * @param cvr the CVR number, empty before registration
   * @param grantDate the grant date
   * @param aidDkk the aid (gross grant equivalent) in DKK
   * @param aidEur the aid in euro, scale 2
   * @param regulation the regulation the aid was granted under
   * @param grantingAuthority the municipality's code
   * @param caseId the case
   */
  public record Row(
      String undertakingKey,
      Optional<Cvr> cvr,
      LocalDate grantDate,
      DkkAmount aidDkk,
      BigDecimal aidEur,
      String regulation,
      String grantingAuthority,
      CaseId caseId) {
    /** Checks the parts are present. */
    public Row {
      Objects.requireNonNull(undertakingKey, "undertakingKey");
      Objects.requireNonNull(cvr, "cvr");
      Objects.requireNonNull(grantDate, "grantDate");
      Objects.requireNonNull(aidDkk, "aidDkk");
      Objects.requireNonNull(aidEur, "aidEur");
      Objects.requireNonNull(regulation, "regulation");
      Objects.requireNonNull(grantingAuthority, "grantingAuthority");
      Objects.requireNonNull(caseId, "caseId");
    }
  }

  private DeMinimisExport() {}

  /**
   * Returns the rows of several records, ordered by grant date, then undertaking key, then case.
   *
   * @param records the records, not null
   * @return the rows, unmodifiable, never null
   */
  public static java.util.List<Row> rows(Iterable<DeMinimisRecord> records) {
    return java.util.List.copyOf(List.ofAll(records)
        .flatMap(DeMinimisExport::rowsOf)
        .sorted(Comparator.comparing(Row::grantDate)
            .thenComparing(Row::undertakingKey)
            .thenComparing(r -> r.caseId().value()))
        .asJava());
  }

  private static List<Row> rowsOf(DeMinimisRecord record) {
    UndertakingId u = record.undertaking();
    return io.vavr.collection.List.ofAll(record.grants()).map(g -> new Row(
        u.streamKey(), u.cvr(), g.grantDate(), g.gge(), g.ggeEur(), g.regulation(), g.grantingAuthority(), g.caseId()));
  }

  /**
   * Returns the rows as CSV text with a header row.
   *
   * @param rows the rows, not null
   * @return the text, ending with a line end, never null
   */
  public static String csv(Iterable<Row> rows) {
    StringBuilder out = new StringBuilder(HEADER).append(CRLF);
    for (Row r : rows) {
      String[] fields = {
        r.undertakingKey(),
        r.cvr().map(Cvr::toString).orElse(""),
        r.grantDate().toString(),
        r.aidDkk().toBigDecimal().toPlainString(),
        r.aidEur().toPlainString(),
        r.regulation(),
        r.grantingAuthority(),
        r.caseId().value()
      };
      for (int i = 0; i < fields.length; i++) {
        out.append(i == 0 ? "" : ",").append(quoted(fields[i]));
      }
      out.append(CRLF);
    }
    return out.toString();
  }

  private static String quoted(String field) {
    boolean needs = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /**
   * Reads rows back from CSV text as {@link #csv(Iterable)} writes it.
   *
   * @param text the text, with the header row, not null
   * @return the rows in the order of the text, never null
   * @throws IllegalArgumentException if the header, a row's number of fields or a value is wrong;
   *     the message names the line
   */
  public static java.util.List<Row> parse(String text) {
    java.util.List<java.util.List<String>> records = records(text);
    if (records.isEmpty() || !String.join(",", records.get(0)).equals(HEADER)) {
      throw new IllegalArgumentException("Line 1 is not the header " + HEADER);
    }
    java.util.List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      java.util.List<String> f = records.get(i);
      if (f.size() != COLUMNS) {
        throw new IllegalArgumentException("Line " + (i + 1) + " has " + f.size() + " fields, not " + COLUMNS);
      }
      try {
        rows.add(new Row(
            f.get(0),
            f.get(1).isEmpty() ? Optional.empty() : Optional.of(Cvr.parse(f.get(1))),
            LocalDate.parse(f.get(2)),
            DkkAmount.ofKroner(new BigDecimal(f.get(3))),
            new BigDecimal(f.get(4)),
            f.get(5),
            f.get(6),
            CaseId.of(f.get(7))));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Line " + (i + 1) + " has a value that cannot be read", e);
      }
    }
    return java.util.List.copyOf(rows);
  }

  /** Splits RFC 4180 text into records of fields; accepts CRLF or LF line ends. */
  private static java.util.List<java.util.List<String>> records(String text) {
    java.util.List<java.util.List<String>> records = new ArrayList<>();
    java.util.List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        records.add(fields);
        fields = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Line " + (records.size() + 1) + " ends inside a quoted field");
    }
    if (any) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
