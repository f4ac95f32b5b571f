package dk.mikrolan.examples.server;

import dk.mikrolan.access.Actor;
import dk.mikrolan.examples.report.ReportPage;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.ReportScope;
import dk.mikrolan.rest.Authenticator;
import dk.mikrolan.rest.Credentials;
import dk.mikrolan.rules.Refusal;
import io.vavr.control.Either;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /reports/programme.html?municipality=751}: the programme report as a page, for every
 * role that may read the report. Without a valid bearer token it answers 401 with a small login
 * page whose one script keeps the token in the browser's session storage only (never a cookie, never
 * the URL) and fetches the page with it.
 */
@Path("reports/programme.html")
public final class ReportPageResource {

  /** The login page's script: the token from the session, or from the form, sent as a bearer token. */
  static final String LOGIN_SCRIPT = "(function(){var k='mikrolan-token';"
      + "function show(t){fetch(location.href,{headers:{'Authorization':'Bearer '+t}}).then(function(r){"
      + "if(r.status===401){sessionStorage.removeItem(k);document.getElementById('fejl').textContent="
      + "'Nøglen blev ikke godkendt. Prøv igen.';return null;}return r.text();}).then(function(h){"
      + "if(h){document.open();document.write(h);document.close();}});}"
      + "var t=sessionStorage.getItem(k);if(t){show(t);}"
      + "document.getElementById('login').addEventListener('submit',function(e){e.preventDefault();"
      + "var v=document.getElementById('token').value.trim();if(v){sessionStorage.setItem(k,v);show(v);}});})();";

  private static final String LOGIN_CSP = "default-src 'none'; style-src 'unsafe-inline'; connect-src 'self'; "
      + "script-src 'sha256-" + sha256(LOGIN_SCRIPT) + "'";
  private static final String PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

  private final Mikrolan office;
  private final Authenticator login;

  ReportPageResource(Mikrolan office, Authenticator login) {
    this.office = office;
    this.login = login;
  }

  /**
   * The page, or the login page.
   *
   * @param headers the request's headers
   * @param municipality the municipality (default: the caller's, when it has one)
   * @return the page
   */
  @GET
  @Produces("text/html; charset=UTF-8")
  public Response page(@Context HttpHeaders headers, @QueryParam("municipality") String municipality) {
    Optional<Actor> actor = login.authenticate(new Credentials(
        Optional.ofNullable(headers.getHeaderString(HttpHeaders.AUTHORIZATION)), headers.getRequestHeaders()));
    if (actor.isEmpty()) {
      return html(401, loginPage(), LOGIN_CSP).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mikrolan\"").build();
    }
    String code = municipality != null ? municipality
        : actor.get().municipalities().size() == 1 ? actor.get().municipalities().iterator().next() : null;
    if (code == null || !MunicipalityCode.isValid(code)) {
      return html(400, message("Vælg en kommune", "Angiv kommunens kode i adressen, fx ?municipality=751."), PAGE_CSP)
          .build();
    }
    Either<Refusal, ProgrammeReport> report = office.report(actor.get(), Set.of(code), ReportScope.municipality(code),
        office.today());
    if (report.isLeft()) {
      boolean forbidden = report.getLeft().state().equals("FORBIDDEN");
      return html(forbidden ? 403 : 404, message(forbidden ? "Ingen adgang" : "Ikke fundet", forbidden
          ? "Din rolle må ikke læse programrapporten." : "Der er ingen programrapport for den kommune."), PAGE_CSP).build();
    }
    String name = office.policyVersions(actor.get(), code).map(versions -> versions.stream()
        .filter(p -> !p.validFrom().isAfter(office.today())).reduce((a, b) -> b).map(ProgrammePolicy::municipalityName)
        .orElse("kommune " + code)).getOrElse("kommune " + code);
    return html(200, ReportPage.of(report.get(), name), PAGE_CSP).build();
  }

  private static Response.ResponseBuilder html(int status, String body, String csp) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return Response.status(status).type("text/html; charset=UTF-8").entity(body).cacheControl(noStore)
        .header("Content-Security-Policy", csp).header("X-Content-Type-Options", "nosniff");
  }

  static String loginPage() {
    return "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Log ind: programrapport</title>\n"
        + "<style>body{font-family:system-ui,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
        + "label{display:block;margin:.5rem 0 .25rem}input{font:inherit;padding:.4rem;width:100%;box-sizing:border-box;"
        + "border:1px solid #595959}button{font:inherit;margin-top:.75rem;padding:.4rem 1rem;background:#0b4f9c;color:#fff;"
        + "border:0;border-radius:3px}input:focus,button:focus{outline:3px solid #0b4f9c;outline-offset:2px}</style>\n"
        + "</head>\n<body>\n<main>\n<h1>Programrapport</h1>\n<p>Log ind med din nøgle (bearer token). Den gemmes kun i"
        + " denne browserfane og slettes, når du lukker den.</p>\n<form id=\"login\">\n<label for=\"token\">Nøgle</label>\n"
        + "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\" required>\n"
        + "<button type=\"submit\">Vis rapporten</button>\n</form>\n<p id=\"fejl\" role=\"alert\"></p>\n</main>\n<script>"
        + LOGIN_SCRIPT + "</script>\n</body>\n</html>\n";
  }

  private static String message(String title, String text) {
    return "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
        + "</title>\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n<p>" + text + "</p>\n</main>\n</body>\n</html>\n";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
