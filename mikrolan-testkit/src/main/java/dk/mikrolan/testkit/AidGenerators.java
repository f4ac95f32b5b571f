package dk.mikrolan.testkit;

import dk.mikrolan.aid.AidRates;
import dk.mikrolan.aid.DeMinimisCommand;
import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.EurConversion;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for de minimis aid: valid CVR numbers, undertakings, records built from
 * grant and cancellation events (events are facts, so no ceiling is applied there), and command
 * sequences for one record.
 *
 * <p>Every value is drawn from the randomness source, so QuickTheories shrinks failures.
 */
public final class AidGenerators {

  private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

  private AidGenerators() {}

  /**
   * Returns valid CVR numbers: a drawn seven-digit prefix, moved up to the next one whose check
   * digit exists, and that check digit.
   *
   * @return the generator, never null
   */
  public static Gen<Cvr> cvrs() {
    return in -> cvr(in);
  }

  /**
   * Returns undertakings: registered businesses and participants before registration.
   *
   * @return the generator, never null
   */
  public static Gen<UndertakingId> undertakings() {
    return in -> undertaking(in, (int) draw(in, 0, 9_999));
  }

  /**
   * Returns up to six records of different undertakings, each with up to eight grants (DKK 0 to
   * 500,000 of aid, dates 2024–2031, rates around 7.46 DKK per euro) and some cancellations.
   * Case ids are unique across the records.
   *
   * @return the generator, never null
   */
  public static Gen<List<DeMinimisRecord>> records() {
    return in -> {
      List<DeMinimisRecord> records = new ArrayList<>();
      int count = (int) draw(in, 0, 6);
      for (int u = 0; u < count; u++) {
        DeMinimisRecord record = DeMinimisRecord.empty(undertaking(in, u));
        int grants = (int) draw(in, 0, 8);
        for (int g = 0; g < grants; g++) {
          CaseId caseId = CaseId.of("U" + u + "-C" + g);
          LocalDate date = LocalDate.of(2024, 1, 1).plusDays(draw(in, 0, 2_900));
          DkkAmount gge = DkkAmount.ofOre(draw(in, 0, 50_000_000));
          BigDecimal rate = BigDecimal.valueOf(draw(in, 73_000, 76_000), 4);
          record = record.evolve(new DeMinimisEvent.AidGranted(caseId, date, gge, rate, EurConversion.toEur(gge, rate),
              new BigDecimal("0.0631"), new BigDecimal("0.0331"), DeMinimisRecord.REGULATION, "751"));
          if (draw(in, 0, 4) == 0) {
            record = record.evolve(new DeMinimisEvent.AidCancelled(caseId, date.plusDays(draw(in, 0, 60)), "not paid out", java.util.Optional.of("751")));
          }
        }
        records.add(record);
      }
      return records;
    };
  }

  /**
   * Returns up to {@code maxSteps} commands for one record: grants of up to EUR 200,000 (at 7.46
   * DKK per euro) to ten cases, dated 2024–2031 in any order — so grants are recorded late and
   * the EUR 300,000 ceiling is reached — and now and then a cancellation.
   *
   * @param maxSteps the largest number of commands, at least 1
   * @param rates the rates every grant names, not null
   * @return the generator, never null
   */
  public static Gen<List<DeMinimisCommand>> commands(int maxSteps, AidRates rates) {
    return in -> {
      List<DeMinimisCommand> commands = new ArrayList<>();
      int count = (int) draw(in, 1, maxSteps);
      for (int i = 0; i < count; i++) {
        CaseId caseId = CaseId.of("C" + draw(in, 0, 9));
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(draw(in, 0, 2_900));
        if (draw(in, 0, 5) == 0) {
          commands.add(new DeMinimisCommand.CancelAid("751", caseId, date, "not paid out"));
        } else {
          DkkAmount gge = DkkAmount.ofOre(draw(in, 0, 200_000L * 746 + 99));
          commands.add(new DeMinimisCommand.RecordAid(caseId, date, gge, new BigDecimal("7.46"), rates, "751"));
        }
      }
      return commands;
    };
  }

  private static UndertakingId undertaking(RandomnessSource in, int number) {
    return draw(in, 0, 2) == 0 ? UndertakingId.of("751", ParticipantId.of("P-" + number)) : UndertakingId.of(cvr(in));
  }

  private static Cvr cvr(RandomnessSource in) {
    for (long prefix = draw(in, 1_000_000, 9_999_999); ; prefix = prefix == 9_999_999 ? 1_000_000 : prefix + 1) {
      String digits = Long.toString(prefix);
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (digits.charAt(i) - '0') * CVR_WEIGHTS[i];
      }
      int check = (11 - sum % 11) % 11;
      if (check < 10) {
        return Cvr.parse(digits + check);
      }
    }
  }

  private static long draw(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }
}
