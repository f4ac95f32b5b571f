package dk.mikrolan.jdbc;

import dk.mikrolan.loan.ArrearsBucket;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The arrears buckets in SQL, read from {@link ArrearsBucket}'s own limits so that the SQL
 * restates none: a CASE that numbers the bucket of a loan's oldest due date, and its date
 * bounds for a date. Changing the enum changes the SQL.
 */
final class ArrearsBucketSql {

  /** The buckets of loans in arrears, in order; {@link #BUCKET_OF_OLDEST_DUE} numbers them from 1. */
  static final List<ArrearsBucket> IN_ARREARS =
      Arrays.stream(ArrearsBucket.values()).filter(b -> b != ArrearsBucket.NONE).toList();

  /**
   * One WHEN per bucket in {@link #IN_ARREARS} over a column {@code oldest_due}: the due date lies
   * between the bucket's date bounds. Its parameters are bound by {@link #bindBounds}.
   */
  static final String BUCKET_OF_OLDEST_DUE = bucketOfOldestDue();

  private ArrearsBucketSql() {}

  private static String bucketOfOldestDue() {
    StringBuilder sql = new StringBuilder("CASE");
    for (int k = 0; k < IN_ARREARS.size(); k++) {
      sql.append(" WHEN oldest_due <= ?");
      if (IN_ARREARS.get(k).maxDaysPastDue().isPresent()) {
        sql.append(" AND oldest_due >= ?");
      }
      sql.append(" THEN ").append(k + 1);
    }
    return sql.append(" END").toString();
  }

  /**
   * Binds the date bounds of {@link #BUCKET_OF_OLDEST_DUE} for a date: a bucket of n..m days past
   * due holds the oldest due dates from {@code asOf − m} to {@code asOf − n}.
   *
   * @return the index of the next parameter
   */
  static int bindBounds(PreparedStatement statement, int first, LocalDate asOf) throws SQLException {
    int parameter = first;
    for (ArrearsBucket b : IN_ARREARS) {
      statement.setObject(parameter++, asOf.minusDays(b.minDaysPastDue()));
      OptionalLong max = b.maxDaysPastDue();
      if (max.isPresent()) {
        statement.setObject(parameter++, asOf.minusDays(max.getAsLong()));
      }
    }
    return parameter;
  }
}
