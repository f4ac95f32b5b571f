package dk.mikrolan.rest;

import dk.mikrolan.office.Mikrolan;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The REST adapter, built once from the entry point and the host's {@link Authenticator}. It hands
 * out the {@link MikrolanRestFeature} (every provider, filter and exception mapper) and the
 * resources, or both together as a Jakarta REST {@link Application} that any runtime deploys:
 *
 * <pre>{@code
 * MikrolanRest rest = MikrolanRest.builder(office, BearerTokens.of(tokens)).build();
 * // Jersey:   new ResourceConfig().registerInstances(rest.application().getSingletons())
 * // RESTEasy: deployment.setApplication(rest.application())
 * }</pre>
 *
 * <p>Resources come with the Application rather than from the Feature because Jakarta REST lets a
 * Feature register providers only; Jersey serves resources a Feature registers, RESTEasy does not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MikrolanRest {

  /** The default limit of a request body, in bytes (1 MiB). */
  public static final long DEFAULT_BODY_LIMIT = 1L << 20;

  private final Mikrolan office;
  private final Authenticator authenticator;
  private final long bodyLimit;
  private final MikrolanRestFeature feature;
  private final List<Object> resources;

  private MikrolanRest(Builder b) {
    this.office = b.office;
    this.authenticator = b.authenticator;
    this.bodyLimit = b.bodyLimit;
    this.feature = new MikrolanRestFeature(authenticator, bodyLimit);
    LoanResource loans = new LoanResource(office);
    this.resources = List.of(new HealthResource(office), new OpenApiResource(), new CalculatorResource(office),
        new CaseResource(office), new CohortResource(office), new ParticipantResource(office), loans,
        new ArrearsResource(office, loans), new FundResource(office), new PolicyResource(office),
        new ReportResource(office), new ExportResource(office), new EventResource(office));
  }

  /**
   * Starts building the adapter.
   *
   * @param office the entry point, not null
   * @param authenticator the host's authentication, not null
   * @return a builder, never null
   */
  public static Builder builder(Mikrolan office, Authenticator authenticator) {
    return new Builder(office, authenticator);
  }

  /**
   * Returns the Feature that registers every provider, filter and exception mapper.
   *
   * @return the feature, never null
   */
  public MikrolanRestFeature feature() {
    return feature;
  }

  /**
   * Returns the resources, one instance each.
   *
   * @return the resources, never null
   */
  public List<Object> resources() {
    return resources;
  }

  /**
   * Returns the adapter as a Jakarta REST application: the feature and the resources.
   *
   * @return the application, never null
   */
  public Application application() {
    List<Object> components = new java.util.ArrayList<>(resources);
    components.add(feature);
    Set<Object> all = Set.copyOf(components);
    return new Application() {
      @Override
      @SuppressWarnings("deprecation") // the portable way to hand a runtime ready-made instances
      public Set<Object> getSingletons() {
        return all;
      }
    };
  }

  /** Builds {@link MikrolanRest}. This class is mutable and not thread-safe. */
  public static final class Builder {
    private final Mikrolan office;
    private final Authenticator authenticator;
    private long bodyLimit = DEFAULT_BODY_LIMIT;

    private Builder(Mikrolan office, Authenticator authenticator) {
      this.office = Objects.requireNonNull(office, "office");
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    /**
     * Sets the largest request body the routes accept (default 1 MiB); a larger one is a 413.
     *
     * @param bytes 1 KiB – 64 MiB
     * @return this builder
     */
    public Builder bodyLimit(long bytes) {
      if (bytes < 1024 || bytes > (64L << 20)) {
        throw new IllegalArgumentException("A body limit is 1 KiB – 64 MiB: " + bytes);
      }
      this.bodyLimit = bytes;
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return the adapter, never null
     */
    public MikrolanRest build() {
      return new MikrolanRest(this);
    }
  }
}
