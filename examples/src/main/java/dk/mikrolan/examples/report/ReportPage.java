package dk.mikrolan.examples.report;

import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.money.DanishFormat;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.report.MonthlyRepayment;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.Share;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The programme report as one self-contained HTML page: the funnel from referral to disbursement
 * with the exits by reason, repayments against the schedule by month, loans in arrears by bucket,
 * and the share self-supporting at each follow-up point. Every chart is an inline SVG with a text
 * alternative and the same figures in a table beside it; bars carry their value as text and the
 * two series of the repayment chart differ in pattern as well as colour, so colour never carries
 * meaning alone (WCAG 2.1 AA, webtilgængelighedsloven). Danish labels and numbers ({@code 1.234,50
 * kr.}); readable on a phone, printable on A4. Nothing is loaded from elsewhere and no script runs.
 */
public final class ReportPage {

  /** The funnel's stages, as the report counts them, with their Danish names. */
  static final Map<Stage, String> STAGES = new EnumMap<>(Map.of(
      Stage.REFERRED, "Henvist", Stage.SCREENING, "Grov sortering", Stage.CAFE_MEETINGS, "Café-møder",
      Stage.COMPETENCE_DEVELOPMENT, "Kompetenceudvikling", Stage.FINAL_SEMINAR, "Afsluttende seminar",
      Stage.APPROVED, "Bevilget", Stage.DISBURSED, "Udbetalt", Stage.REPAYING, "Afdrager", Stage.CLOSED, "Afsluttet"));

  /** The exits' reasons (rule ids, or withdrawn) with their Danish names. */
  static final Map<String, String> EXITS = Map.of("TARGET_GROUP", "Uden for målgruppen", "BUSINESS_IDEA",
      "Ingen forretningsidé", "GENUINE_WISH", "Intet reelt ønske om selvstændighed", "COMPETENCES",
      "Personlige kompetencer", "COURAGE", "Gå-på-mod", "MARKET", "Intet marked", "FEASIBILITY",
      "Idéen kan ikke gennemføres", "PASSION", "Passion for idéen", "WITHDRAWN", "Trukket tilbage");

  static final Map<ArrearsBucket, String> BUCKETS = new EnumMap<>(Map.of(ArrearsBucket.DAYS_1_30, "1–30 dage",
      ArrearsBucket.DAYS_31_60, "31–60 dage", ArrearsBucket.DAYS_61_90, "61–90 dage",
      ArrearsBucket.DAYS_90_PLUS, "Over 90 dage"));

  private static final String[] MONTHS = {"jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.",
      "okt.", "nov.", "dec."};

  private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a1a1a;"
      + "background:#fff;margin:0 auto;max-width:62rem;padding:1rem;line-height:1.45}h1{font-size:1.6rem}"
      + "h2{font-size:1.25rem;margin-top:2rem}figure{margin:1rem 0}svg{width:100%;height:auto;max-width:60rem}"
      + "table{border-collapse:collapse;margin:.5rem 0 1rem;min-width:16rem}caption{text-align:left;font-weight:600;"
      + "padding:.25rem 0}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left}td.n{text-align:right;"
      + "font-variant-numeric:tabular-nums}.key{display:flex;gap:1.5rem;flex-wrap:wrap;margin:.25rem 0}"
      + ".key span{display:inline-flex;align-items:center;gap:.4rem}.sum{display:flex;flex-wrap:wrap;gap:1rem;padding:0;"
      + "list-style:none}.sum li{border:1px solid #767676;border-radius:4px;padding:.5rem .75rem}"
      + "a:focus,summary:focus{outline:3px solid #0b4f9c;outline-offset:2px}"
      + "@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0}h2{break-after:avoid}"
      + "figure,table{break-inside:avoid}}";

  /** Dark blue and a hatched dark orange: both pass 3:1 against white (WCAG 1.4.11). */
  private static final String BAR = "#0b4f9c";
  private static final String DUE = "#8a4b00";

  private ReportPage() {}

  /**
   * Renders a report.
   *
   * @param report the report, not null
   * @param municipalityName the municipality's name for the heading, not null
   * @return the page, never null
   */
  public static String of(ProgrammeReport report, String municipalityName) {
    StringBuilder b = new StringBuilder(16_384);
    String title = "Mikrolån: programrapport for " + municipalityName;
    b.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>").append(esc(title)).append("</h1>\n<p>Opgjort pr. ").append(date(report.asOf()))
        .append(". Tallene er programmets egne; hver figur har tallene i en tabel under sig.</p>\n");
    b.append("<ul class=\"sum\" aria-label=\"Nøgletal\">\n");
    summary(b, "Sager", Long.toString(report.cases()));
    summary(b, "Bevilgede lån", Long.toString(report.loansGranted()));
    summary(b, "Bevilget", DanishFormat.format(report.amountGranted()));
    summary(b, "Udbetalt", DanishFormat.format(report.amountDisbursed()));
    summary(b, "Afdrager til tiden", share(report.onTime()));
    summary(b, "Eftergivet", DanishFormat.format(report.writtenOff()));
    b.append("</ul>\n");
    funnel(b, report);
    repayments(b, report);
    arrears(b, report);
    selfSupporting(b, report);
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void summary(StringBuilder b, String label, String value) {
    b.append("<li>").append(esc(label)).append(": <strong>").append(esc(value)).append("</strong></li>\n");
  }

  private record Bar(String key, String label, long value, String text) {}

  private static void funnel(StringBuilder b, ProgrammeReport r) {
    List<Bar> bars = new ArrayList<>();
    STAGES.forEach((stage, name) -> {
      long n = r.funnel().getOrDefault(stage, 0L);
      bars.add(new Bar(stage.name(), name, n, Long.toString(n)));
    });
    b.append("<h2 id=\"tragt\">Fra henvisning til udbetaling</h2>\n");
    chart(b, "funnel", "Tragten: sager, der nåede hvert trin", bars, "Trin", "Sager");
    List<Bar> exits = new ArrayList<>();
    r.exits().forEach((reason, n) -> exits.add(new Bar(reason, EXITS.getOrDefault(reason, reason), n, Long.toString(n))));
    b.append("<h3>Afgang efter årsag</h3>\n");
    if (exits.isEmpty()) {
      b.append("<p>Ingen sager er afsluttet uden lån.</p>\n");
    } else {
      chart(b, "exits", "Sager afsluttet uden lån, efter årsag", exits, "Årsag", "Sager");
    }
  }

  private static void repayments(StringBuilder b, ProgrammeReport r) {
    b.append("<h2 id=\"afdrag\">Afdrag mod plan pr. måned</h2>\n");
    Map<YearMonth, MonthlyRepayment> months = r.repaymentsByMonth();
    if (months.isEmpty()) {
      b.append("<p>Der er endnu ingen afdrag at vise.</p>\n");
      return;
    }
    long max = 1;
    for (MonthlyRepayment m : months.values()) {
      max = Math.max(max, Math.max(m.due().ore(), m.paid().ore()));
    }
    int rowHeight = 44;
    int height = months.size() * rowHeight + 10;
    b.append("<figure>\n<div class=\"key\" aria-hidden=\"true\"><span><svg width=\"22\" height=\"14\">")
        .append(hatch()).append("<rect width=\"22\" height=\"14\" fill=\"url(#hatch)\" stroke=\"").append(DUE)
        .append("\"/></svg>Forfaldent efter plan</span><span><svg width=\"22\" height=\"14\"><rect width=\"22\" ")
        .append("height=\"14\" fill=\"").append(BAR).append("\"/></svg>Betalt</span></div>\n");
    b.append("<svg id=\"chart-repayments\" role=\"img\" aria-labelledby=\"repayments-title repayments-desc\" viewBox=\"0 0 ")
        .append("600 ").append(height).append("\">\n<title id=\"repayments-title\">Afdrag mod plan pr. måned</title>\n")
        .append("<desc id=\"repayments-desc\">For hver måned: forfaldent efter planen (skraveret) og betalt (fyldt).")
        .append(" Tallene står i tabellen under figuren.</desc>\n").append(hatch());
    int y = 5;
    for (Map.Entry<YearMonth, MonthlyRepayment> m : months.entrySet()) {
      String month = month(m.getKey());
      b.append("<text x=\"0\" y=\"").append(y + 24).append("\" font-size=\"13\">").append(esc(month)).append("</text>\n");
      bar(b, "due", m.getKey().toString(), m.getValue().due(), max, y, "url(#hatch)", DUE);
      bar(b, "paid", m.getKey().toString(), m.getValue().paid(), max, y + 19, BAR, BAR);
      y += rowHeight;
    }
    b.append("</svg>\n</figure>\n<table id=\"table-repayments\">\n<caption>Afdrag mod plan pr. måned</caption>\n")
        .append("<thead><tr><th scope=\"col\">Måned</th><th scope=\"col\">Forfaldent efter plan</th>")
        .append("<th scope=\"col\">Betalt</th></tr></thead>\n<tbody>\n");
    months.forEach((month, m) -> b.append("<tr><th scope=\"row\">").append(esc(month(month))).append("</th><td class=\"n\">")
        .append(esc(DanishFormat.format(m.due()))).append("</td><td class=\"n\">").append(esc(DanishFormat.format(m.paid())))
        .append("</td></tr>\n"));
    b.append("</tbody>\n</table>\n");
  }

  private static void bar(StringBuilder b, String series, String key, DkkAmount amount, long max, int y, String fill,
      String stroke) {
    long width = Math.max(amount.ore() == 0 ? 0 : 2, amount.ore() * 330 / max);
    b.append("<rect class=\"bar\" data-series=\"").append(series).append("\" data-key=\"").append(esc(key))
        .append("\" data-value=\"").append(BigDecimal.valueOf(amount.ore(), 2).toPlainString()).append("\" x=\"110\" y=\"")
        .append(y + 2).append("\" width=\"").append(width).append("\" height=\"16\" fill=\"").append(fill)
        .append("\" stroke=\"").append(stroke).append("\"/>\n<text x=\"").append(116 + width).append("\" y=\"")
        .append(y + 15).append("\" font-size=\"12\">").append(esc(DanishFormat.format(amount))).append("</text>\n");
  }

  private static String hatch() {
    return "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" "
        + "x2=\"0\" y2=\"6\" stroke=\"" + DUE + "\" stroke-width=\"3\"/></pattern></defs>";
  }

  private static void arrears(StringBuilder b, ProgrammeReport r) {
    List<Bar> bars = new ArrayList<>();
    BUCKETS.forEach((bucket, name) -> {
      long n = r.arrearsByBucket().getOrDefault(bucket, 0L);
      bars.add(new Bar(bucket.name(), name, n, Long.toString(n)));
    });
    b.append("<h2 id=\"restance\">Lån i restance</h2>\n<p>").append(share(r.onTime()))
        .append(" af lånene i afvikling betaler til tiden; resten står her efter, hvor længe de har været i restance.</p>\n");
    chart(b, "arrears", "Lån i restance efter antal dage", bars, "Restance", "Lån");
  }

  private static void selfSupporting(StringBuilder b, ProgrammeReport r) {
    b.append("<h2 id=\"selvforsorgende\">Selvforsørgende ved opfølgning</h2>\n");
    if (r.selfSupporting().isEmpty()) {
      b.append("<p>Der er endnu ingen opfølgninger.</p>\n");
      return;
    }
    List<Bar> bars = new ArrayList<>();
    r.selfSupporting().forEach((months, s) -> bars.add(new Bar(Integer.toString(months), months + " måneder efter udbetaling",
        s.percent().setScale(0, java.math.RoundingMode.HALF_EVEN).longValue(), share(s))));
    chart(b, "self-supporting", "Andel selvforsørgende ved hver opfølgning", bars, "Opfølgning", "Selvforsørgende");
  }

  /** A horizontal bar chart with a value label on every bar, and the same figures in a table. */
  private static void chart(StringBuilder b, String id, String title, List<Bar> bars, String keyHeading,
      String valueHeading) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    int rowHeight = 30;
    int height = bars.size() * rowHeight + 10;
    b.append("<figure>\n<svg id=\"chart-").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id)
        .append("-title ").append(id).append("-desc\" viewBox=\"0 0 600 ").append(height).append("\">\n<title id=\"")
        .append(id).append("-title\">").append(esc(title)).append("</title>\n<desc id=\"").append(id).append("-desc\">");
    List<String> parts = new ArrayList<>();
    bars.forEach(bar -> parts.add(bar.label() + ": " + bar.text()));
    b.append(esc(String.join("; ", parts))).append(".</desc>\n");
    int y = 5;
    for (Bar bar : bars) {
      long width = bar.value() == 0 ? 0 : Math.max(2, bar.value() * 300 / max);
      b.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\">").append(esc(bar.label()))
          .append("</text>\n<rect class=\"bar\" data-key=\"").append(esc(bar.key())).append("\" data-value=\"")
          .append(bar.value()).append("\" x=\"180\" y=\"").append(y + 3).append("\" width=\"").append(width)
          .append("\" height=\"18\" fill=\"").append(BAR).append("\"/>\n<text x=\"").append(186 + width).append("\" y=\"")
          .append(y + 17).append("\" font-size=\"13\">").append(esc(bar.text())).append("</text>\n");
      y += rowHeight;
    }
    b.append("</svg>\n</figure>\n<table id=\"table-").append(id).append("\">\n<caption>").append(esc(title))
        .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(keyHeading)).append("</th><th scope=\"col\">")
        .append(esc(valueHeading)).append("</th></tr></thead>\n<tbody>\n");
    bars.forEach(bar -> b.append("<tr><th scope=\"row\">").append(esc(bar.label())).append("</th><td class=\"n\">")
        .append(esc(bar.text())).append("</td></tr>\n"));
    b.append("</tbody>\n</table>\n");
  }

  static String share(Share s) {
    return s.percent().toPlainString().replace('.', ',') + " % (" + s.count() + " af " + s.of() + ")";
  }

  private static String month(YearMonth m) {
    return MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
  }

  private static String date(java.time.LocalDate d) {
    return d.getDayOfMonth() + ". " + MONTHS[d.getMonthValue() - 1].replace(".", "") + " " + d.getYear();
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
