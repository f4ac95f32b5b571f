package dk.mikrolan.policy;

import java.time.LocalDate;

/** Something that comes into force on a date and stays in force until a later version does. */
public interface Dated {

  /**
   * Returns the first day this version is in force.
   *
   * @return the date, never null
   */
  LocalDate validFrom();
}
