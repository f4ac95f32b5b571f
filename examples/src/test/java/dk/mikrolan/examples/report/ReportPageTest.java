package dk.mikrolan.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.examples.walkthrough.Walkthrough;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.report.ProgrammeReport;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report page over the walkthrough's cohort: a bar for every stage, bucket and month with the
 * report's own figure, a text alternative and a table for every chart, Danish numbers, nothing
 * loaded or run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageTest {

  private ProgrammeReport report;
  private String page;

  @BeforeAll
  void render() {
    Walkthrough.Summary summary = Walkthrough.run(
        clock -> Mikrolan.builder(new InMemoryEventStore(), letter -> { }, clock).build(), Walkthrough.aarhus(),
        Walkthrough.DEFAULT_START, new PrintStream(OutputStream.nullOutputStream()));
    report = summary.report();
    page = ReportPage.of(report, "Aarhus <Kommune>");
  }

  private List<String[]> bars(String chart) {
    int from = page.indexOf("<svg id=\"chart-" + chart + "\"");
    String svg = page.substring(from, page.indexOf("</svg>", from));
    Matcher m = Pattern.compile("<rect class=\"bar\" (?:data-series=\"(\\w+)\" )?data-key=\"([^\"]+)\" data-value=\"([^\"]+)\"")
        .matcher(svg);
    List<String[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new String[] {m.group(1), m.group(2), m.group(3)});
    }
    return found;
  }

  @Test
  void theFunnelHasABarForEveryStageWithTheReportsFigure() {
    List<String[]> bars = bars("funnel");
    assertThat(bars).extracting(b -> b[1]).containsExactly("REFERRED", "SCREENING", "CAFE_MEETINGS",
        "COMPETENCE_DEVELOPMENT", "FINAL_SEMINAR", "APPROVED", "DISBURSED", "REPAYING", "CLOSED");
    for (String[] bar : bars) {
      assertThat(Long.parseLong(bar[2])).as(bar[1]).isEqualTo(report.funnel().get(Stage.valueOf(bar[1])));
    }
    assertThat(bars("exits")).extracting(b -> b[1] + "=" + b[2])
        .containsExactlyElementsOf(report.exits().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  @Test
  void repaymentsAndArrearsHaveTheReportsFiguresBarByBar() {
    List<String[]> repayments = bars("repayments");
    assertThat(repayments).hasSize(report.repaymentsByMonth().size() * 2).isNotEmpty();
    report.repaymentsByMonth().forEach((month, m) -> {
      assertThat(repayments).anySatisfy(b -> assertThat(b).containsExactly("due", month.toString(),
          BigDecimal.valueOf(m.due().ore(), 2).toPlainString()));
      assertThat(repayments).anySatisfy(b -> assertThat(b).containsExactly("paid", month.toString(),
          BigDecimal.valueOf(m.paid().ore(), 2).toPlainString()));
    });
    List<String[]> arrears = bars("arrears");
    assertThat(arrears).extracting(b -> b[1]).containsExactly("DAYS_1_30", "DAYS_31_60", "DAYS_61_90", "DAYS_90_PLUS");
    for (String[] bar : arrears) {
      assertThat(Long.parseLong(bar[2])).isEqualTo(report.arrearsByBucket().getOrDefault(ArrearsBucket.valueOf(bar[1]), 0L));
    }
    assertThat(bars("self-supporting")).extracting(b -> b[1]).containsExactly("6");
  }

  @Test
  void everyChartHasATextAlternativeAndATableAndNumbersAreDanish() {
    Matcher svgs = Pattern.compile("<svg id=\"chart-([\\w-]+)\" role=\"img\" aria-labelledby=\"([\\w-]+)-title \\2-desc\"")
        .matcher(page);
    List<String> charts = new ArrayList<>();
    while (svgs.find()) {
      charts.add(svgs.group(1));
      assertThat(page).contains("<title id=\"" + svgs.group(2) + "-title\">", "<desc id=\"" + svgs.group(2) + "-desc\">",
          "<table id=\"table-" + svgs.group(1) + "\">");
    }
    assertThat(charts).containsExactly("funnel", "exits", "repayments", "arrears", "self-supporting");
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"da\">").contains("Aarhus &lt;Kommune&gt;",
        "338.000,00 kr.", "Bevilget", "Afdrager til tiden", "Afgang efter årsag",
        "@media print", "@page{size:A4");
    assertThat(page).doesNotContain("<script", "http://", "https://", "Aarhus <Kommune>");
  }
}
