package dk.mikrolan.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list: the items in the list's order, and the cursor that asks for the next page.
 *
 * @param items the items, in order, at most the limit asked for
 * @param nextCursor the cursor to pass as {@code after} for the next page; present only when more
 *     rows may follow
 * @param <T> the items' type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

  /**
   * Checks the page and copies its items.
   *
   * @throws NullPointerException if a component or an item is null
   */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }

  /**
   * Obtains a page from the rows an implementation fetched in the list's order, asking for one
   * more than the limit: the first {@code limit} rows are the items, and only when there was one
   * more does the page get a cursor, made from its last item.
   *
   * @param fetched the rows, in order, at most {@code limit + 1}, not null
   * @param limit the limit asked for, one or more
   * @param cursorOf makes the cursor that points after an item, not null
   * @param <T> the items' type
   * @return the page, never null
   * @throws IllegalArgumentException if more than {@code limit + 1} rows were fetched or the limit
   *     is below one
   */
  public static <T> Page<T> of(List<T> fetched, int limit, Function<? super T, String> cursorOf) {
    if (limit < 1 || fetched.size() > limit + 1) {
      throw new IllegalArgumentException("A page takes up to limit + 1 rows: " + fetched.size() + " for " + limit);
    }
    if (fetched.size() <= limit) {
      return new Page<>(fetched, Optional.empty());
    }
    List<T> items = fetched.subList(0, limit);
    return new Page<>(items, Optional.of(cursorOf.apply(items.get(limit - 1))));
  }
}
