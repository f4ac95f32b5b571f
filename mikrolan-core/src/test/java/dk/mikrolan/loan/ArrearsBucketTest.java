package dk.mikrolan.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ArrearsBucketTest {

  @Test
  void hasTheReportsLimits() {
    assertThat(ArrearsBucket.values()).extracting(b -> b.minDaysPastDue() + ".." + b.maxDaysPastDue())
        .containsExactly("0..OptionalLong[0]", "1..OptionalLong[30]", "31..OptionalLong[60]", "61..OptionalLong[90]",
            "91..OptionalLong.empty");
  }

  @Test
  void placesEachBoundaryDayByALiteralTable() {
    long[] days = {-1, 0, 1, 30, 31, 60, 61, 90, 91, 10_000};
    ArrearsBucket[] expected = {ArrearsBucket.NONE, ArrearsBucket.NONE, ArrearsBucket.DAYS_1_30, ArrearsBucket.DAYS_1_30,
        ArrearsBucket.DAYS_31_60, ArrearsBucket.DAYS_31_60, ArrearsBucket.DAYS_61_90, ArrearsBucket.DAYS_61_90,
        ArrearsBucket.DAYS_90_PLUS, ArrearsBucket.DAYS_90_PLUS};
    for (int i = 0; i < days.length; i++) {
      assertThat(ArrearsBucket.of(days[i])).as("%d days", days[i]).isEqualTo(expected[i]);
    }
  }

  @Test
  void bucketsFollowOneAnotherWithoutGapsAndOnlyTheLastIsOpenEnded() {
    ArrearsBucket[] buckets = ArrearsBucket.values();
    for (int i = 1; i < buckets.length; i++) {
      OptionalLong previousMax = buckets[i - 1].maxDaysPastDue();
      assertThat(previousMax).as("%s", buckets[i - 1]).isPresent();
      assertThat(buckets[i].minDaysPastDue()).isEqualTo(previousMax.getAsLong() + 1);
    }
    assertThat(buckets[buckets.length - 1].maxDaysPastDue()).isEmpty();
  }
}
