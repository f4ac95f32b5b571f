package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.ReportScope;
import dk.mikrolan.report.Share;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The programme report (every role): as JSON, and as {@code text/csv} that Danish Excel opens
 * correctly — {@code ;} between fields, decimal comma, UTF-8 with a byte-order mark — written with
 * Commons CSV. Both are the core's {@link ProgrammeReport}, the same figures in two forms.
 */
@Path("api/v1/reports/programme")
public final class ReportResource {

  /** What Danish Excel reads without an import dialogue. */
  static final CSVFormat DANISH_EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').get();

  private final Mikrolan office;

  ReportResource(Mikrolan office) {
    this.office = office;
  }

  private record Asked(Set<String> municipalities, ReportScope scope, LocalDate asOf) {}

  private Asked asked(Actor actor, List<String> municipality, String cohort, String from, String to, String asOf) {
    Set<String> codes = new TreeSet<>(municipality.isEmpty() ? actor.municipalities() : municipality);
    if (codes.isEmpty() || codes.stream().anyMatch(c -> !MunicipalityCode.isValid(c))) {
      throw Exchange.invalid(List.of(Body.at("/municipality", RequestRule.NOT_A_MUNICIPALITY)));
    }
    ReportScope scope = new ReportScope(codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty(),
        Optional.ofNullable(cohort), Exchange.queryDate(from, "referredFrom"), Exchange.queryDate(to, "referredTo"));
    return new Asked(codes, scope, Exchange.queryDate(asOf, "asOf").orElseGet(office::today));
  }

  private ProgrammeReport report(SecurityContext s, List<String> m, String c, String f, String t, String a) {
    Actor actor = Authentication.actor(s);
    Asked q = asked(actor, m, c, f, t, a);
    return Exchange.answer(office.report(actor, q.municipalities(), q.scope(), q.asOf()));
  }

  /**
   * The report as JSON.
   *
   * @param s the caller
   * @param municipality the municipalities (default: all the caller's)
   * @param cohort only this cohort
   * @param referredFrom only cases referred on or after
   * @param referredTo only cases referred on or before
   * @param asOf the day (default today; not in the future)
   * @return the report
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonNode json(@Context SecurityContext s, @QueryParam("municipality") List<String> municipality,
      @QueryParam("cohort") String cohort, @QueryParam("referredFrom") String referredFrom,
      @QueryParam("referredTo") String referredTo, @QueryParam("asOf") String asOf) {
    ProgrammeReport r = report(s, municipality, cohort, referredFrom, referredTo, asOf);
    ObjectNode o = Views.object();
    o.put("asOf", r.asOf().toString());
    o.put("cases", r.cases());
    ObjectNode funnel = o.putObject("funnel");
    r.funnel().forEach((stage, n) -> funnel.put(stage.name(), n));
    ObjectNode exits = o.putObject("exits");
    r.exits().forEach(exits::put);
    o.put("loansGranted", r.loansGranted());
    o.set("amountGranted", Views.money(r.amountGranted()));
    o.set("amountDisbursed", Views.money(r.amountDisbursed()));
    o.set("onTime", share(r.onTime()));
    ObjectNode buckets = o.putObject("arrearsByBucket");
    r.arrearsByBucket().forEach((b, n) -> buckets.put(b.name(), n));
    o.set("writtenOff", Views.money(r.writtenOff()));
    ObjectNode supporting = o.putObject("selfSupporting");
    r.selfSupporting().forEach((months, sh) -> supporting.set(Integer.toString(months), share(sh)));
    ObjectNode byMonth = o.putObject("repaymentsByMonth");
    r.repaymentsByMonth().forEach((month, m) -> {
      ObjectNode figures = byMonth.putObject(month.toString());
      figures.set("due", Views.money(m.due()));
      figures.set("paid", Views.money(m.paid()));
    });
    return o;
  }

  /**
   * The report as CSV for Danish Excel: one row per figure, {@code Afsnit;Nøgle;Værdi}.
   *
   * @param s the caller @param municipality the municipalities @param cohort the cohort
   * @param referredFrom from @param referredTo to @param asOf the day
   * @return the CSV, UTF-8 with a byte-order mark
   */
  @GET
  @Produces("text/csv; qs=0.5; charset=UTF-8") // JSON unless the client asks for CSV
  public Response csv(@Context SecurityContext s, @QueryParam("municipality") List<String> municipality,
      @QueryParam("cohort") String cohort, @QueryParam("referredFrom") String referredFrom,
      @QueryParam("referredTo") String referredTo, @QueryParam("asOf") String asOf) {
    ProgrammeReport r = report(s, municipality, cohort, referredFrom, referredTo, asOf);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0xEF);
    bytes.write(0xBB);
    bytes.write(0xBF);
    try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), DANISH_EXCEL)) {
      csv.printRecord("Afsnit", "Nøgle", "Værdi");
      csv.printRecord("Rapport", "Opgjort pr.", r.asOf().toString());
      csv.printRecord("Sager", "I alt", r.cases());
      for (var e : r.funnel().entrySet()) {
        csv.printRecord("Tragt", e.getKey().name(), e.getValue());
      }
      for (var e : r.exits().entrySet()) {
        csv.printRecord("Afgang", e.getKey(), e.getValue());
      }
      csv.printRecord("Lån", "Bevilget (antal)", r.loansGranted());
      csv.printRecord("Lån", "Bevilget (kr.)", kroner(r.amountGranted()));
      csv.printRecord("Lån", "Udbetalt (kr.)", kroner(r.amountDisbursed()));
      csv.printRecord("Lån", "Eftergivet (kr.)", kroner(r.writtenOff()));
      csv.printRecord("Afdrag", "Til tiden (%)", percent(r.onTime()));
      for (var e : r.arrearsByBucket().entrySet()) {
        csv.printRecord("Restance", e.getKey().name(), e.getValue());
      }
      for (var e : r.selfSupporting().entrySet()) {
        csv.printRecord("Selvforsørgende", e.getKey() + " mdr. (%)", percent(e.getValue()));
      }
      for (var e : r.repaymentsByMonth().entrySet()) {
        csv.printRecord("Afdrag pr. måned", e.getKey() + " forfaldent (kr.)", kroner(e.getValue().due()));
        csv.printRecord("Afdrag pr. måned", e.getKey() + " betalt (kr.)", kroner(e.getValue().paid()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(bytes.toByteArray(), "text/csv; charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"programrapport-" + r.asOf() + ".csv\"").build();
  }

  private static ObjectNode share(Share s) {
    ObjectNode o = Views.object();
    o.put("count", s.count());
    o.put("of", s.of());
    o.put("percent", s.percent().toPlainString());
    return o;
  }

  /** An amount with a decimal comma and no grouping, which Danish Excel reads as a number. */
  static String kroner(DkkAmount amount) {
    return BigDecimal.valueOf(amount.ore(), 2).toPlainString().replace('.', ',');
  }

  static String percent(Share s) {
    return s.percent().toPlainString().replace('.', ',');
  }
}
