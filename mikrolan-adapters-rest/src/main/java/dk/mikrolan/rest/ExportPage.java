package dk.mikrolan.rest;

import dk.mikrolan.disclosure.ExemptionGround;
import dk.mikrolan.disclosure.ReviewField;
import dk.mikrolan.disclosure.ReviewItem;
import dk.mikrolan.disclosure.ReviewMark;
import dk.mikrolan.office.CaseExport;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review package as one self-contained HTML page in Danish: who and why, a summary of the
 * marks by ground, then every item with its fields, each mark named beside it and a name it points
 * at highlighted. Everything the case holds is escaped; the page loads nothing and runs no script.
 */
final class ExportPage {

  private static final Map<ReviewItem.Kind, String> KINDS = new EnumMap<>(Map.of(
      ReviewItem.Kind.CASE_EVENT, "Sagshændelse",
      ReviewItem.Kind.DECISION, "Afgørelse",
      ReviewItem.Kind.LOAN_EVENT, "Lånekonto",
      ReviewItem.Kind.COHORT_RECORD, "Hold",
      ReviewItem.Kind.AID_RECORD, "De minimis-støtte",
      ReviewItem.Kind.LETTER, "Brev",
      ReviewItem.Kind.CPR_READING, "Opslag af CPR-nummer"));

  private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;"
      + "padding:0 1rem;line-height:1.45;color:#1a1a1a}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}"
      + "h3{font-size:1rem;margin:0 0 .25rem}article{border:1px solid #999;border-radius:4px;padding:.75rem;"
      + "margin:.75rem 0;break-inside:avoid}article.marked{border:3px solid #8a4b00}"
      + "table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.2rem .4rem;"
      + "border-bottom:1px solid #ddd}th{width:30%;font-weight:600}td{white-space:pre-wrap;word-break:break-word}"
      + "mark{background:#ffe08a;color:#000;outline:1px solid #8a4b00}.note{background:#fff4e0;padding:.5rem;"
      + "border-left:4px solid #8a4b00}.meta{color:#444;font-size:.9rem}dt{font-weight:600}dd{margin:0 0 .4rem}"
      + "@media print{article{border-color:#000}}";

  private ExportPage() {}

  static String of(CaseExport e) {
    StringBuilder b = new StringBuilder(8192);
    String title = "Aktindsigt i sag " + e.ref().caseId().value() + " (kommune " + e.ref().municipalityCode() + ")";
    b.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"robots\" content=\"noindex\">\n<title>").append(esc(title)).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<h1>").append(esc(title)).append("</h1>\n");
    b.append("<p class=\"note\"><strong>Til gennemgang.</strong> Pakken rummer alt, hvad sagen indeholder. ")
        .append("Markeringer viser, hvad der kan være undtaget fra aktindsigt; sagsbehandleren vurderer hver ")
        .append("markering, før noget udleveres (forvaltningsloven §§ 12–15 c).</p>\n");
    b.append("<dl>\n");
    item(b, "Deltager", e.name() + " (" + e.participant().participantId().value() + ")");
    item(b, "CPR-nummer", e.cpr().fullNumber());
    item(b, "Formål", e.purpose());
    item(b, "Udtrukket", e.exportedOn().toString());
    item(b, "Dokumenter", e.items().size() + ", heraf " + e.items().stream().filter(ReviewItem::isMarked).count()
        + " med markeringer");
    b.append("</dl>\n");

    Map<ExemptionGround, Integer> counts = new EnumMap<>(ExemptionGround.class);
    e.items().forEach(i -> i.marks().forEach(m -> counts.merge(m.ground(), 1, Integer::sum)));
    b.append("<h2>Markeringer</h2>\n");
    if (counts.isEmpty()) {
      b.append("<p>Intet er markeret.</p>\n");
    } else {
      b.append("<table>\n<caption>Markeringer efter grund</caption>\n<thead><tr><th scope=\"col\">Grund</th>")
          .append("<th scope=\"col\">Antal</th><th scope=\"col\">Hjemmel</th></tr></thead>\n<tbody>\n");
      counts.forEach((ground, n) -> b.append("<tr><td>").append(esc(ground.text().danish())).append("</td><td>")
          .append(n).append("</td><td>").append(esc(ground.source())).append("</td></tr>\n"));
      b.append("</tbody>\n</table>\n");
    }

    b.append("<h2>Sagens dokumenter</h2>\n");
    for (ReviewItem i : e.items()) {
      b.append("<article id=\"item-").append(i.number()).append('"');
      if (i.isMarked()) {
        b.append(" class=\"marked\"");
      }
      b.append(">\n<h3>").append(i.number()).append(". ").append(esc(KINDS.get(i.kind()))).append(": ")
          .append(esc(i.type()));
      i.date().ifPresent(d -> b.append(" — ").append(d));
      b.append("</h3>\n<p class=\"meta\">Kilde: ").append(esc(i.source()));
      i.by().ifPresent(by -> b.append(" · Registreret af: ").append(esc(by)));
      b.append("</p>\n");
      if (i.isMarked()) {
        b.append("<ul class=\"note\">\n");
        for (ReviewMark m : i.marks()) {
          b.append("<li><strong>Mulig undtagelse:</strong> ").append(esc(m.ground().text().danish()));
          m.field().ifPresent(f -> b.append(" I feltet <code>").append(esc(f)).append("</code>"));
          m.excerpt().ifPresent(x -> b.append(": »").append(esc(x)).append("«"));
          b.append(" (").append(esc(m.ground().source())).append(")</li>\n");
        }
        b.append("</ul>\n");
      }
      b.append("<table>\n<thead><tr><th scope=\"col\">Felt</th><th scope=\"col\">Indhold</th></tr></thead>\n<tbody>\n");
      for (ReviewField f : i.fields()) {
        b.append("<tr><th scope=\"row\">").append(esc(f.name())).append("</th><td>")
            .append(highlighted(f, i.marks())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</article>\n");
    }
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void item(StringBuilder b, String term, String value) {
    b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  /** The field's value escaped, each excerpt a mark points at in it wrapped in {@code <mark>}. */
  private static String highlighted(ReviewField f, List<ReviewMark> marks) {
    List<String> excerpts = marks.stream().filter(m -> m.field().filter(f.name()::equals).isPresent())
        .flatMap(m -> m.excerpt().stream()).filter(x -> !x.isEmpty()).distinct().toList();
    if (excerpts.isEmpty()) {
      return esc(f.value());
    }
    Pattern any = Pattern.compile(String.join("|", excerpts.stream().map(Pattern::quote).toList()),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Matcher m = any.matcher(f.value());
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (m.find()) {
      out.append(esc(f.value().substring(at, m.start()))).append("<mark>").append(esc(m.group())).append("</mark>");
      at = m.end();
    }
    return out.append(esc(f.value().substring(at))).toString();
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
