package dk.mikrolan.disclosure;

import dk.mikrolan.identity.Cpr;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Text;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An event or record as named text fields — for a review package, and for an event feed that
 * shows events without their CPR numbers: records by their components in declaration order,
 * immutable values by their attributes in name order, one-value ids by their value, lists by index
 * ({@code facts[0]}), nested values by path ({@code decision.justification.rules[0].source}).
 * Amounts read {@code DKK 1234.50}, dates ISO, texts in Danish, CPR numbers masked.
 */
public final class RecordFields {

  private static final int MAX_DEPTH = 8;

  private RecordFields() {}

  /**
   * Returns a record's fields as text, free text as written (a review reads what the case holds).
   *
   * @param value the event or record, not null
   * @return the fields, never null
   */
  public static List<ReviewField> of(Object value) {
    List<ReviewField> out = new ArrayList<>();
    add("", java.util.Objects.requireNonNull(value, "value"), out, 0);
    return List.copyOf(out);
  }

  /**
   * Returns a record's fields as text with every CPR number masked, those typed into free text
   * too ({@link Cpr#maskIn}): the form in which an event leaves for another system.
   *
   * @param value the event or record, not null
   * @return the fields, never null
   */
  public static List<ReviewField> masked(Object value) {
    return of(value).stream().map(f -> new ReviewField(f.name(), Cpr.maskIn(f.value()))).toList();
  }

  private static void add(String path, Object value, List<ReviewField> out, int depth) {
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> add(path, v, out, depth));
    } else if (value instanceof CharSequence || value instanceof Boolean || value instanceof Character
        || value instanceof Long || value instanceof Integer || value instanceof TemporalAccessor
        || value instanceof DkkAmount) {
      out.add(new ReviewField(path, value.toString()));
    } else if (value instanceof BigDecimal d) {
      out.add(new ReviewField(path, d.toPlainString()));
    } else if (value instanceof Enum<?> e) {
      out.add(new ReviewField(path, e.name()));
    } else if (value instanceof Cpr cpr) {
      out.add(new ReviewField(path, cpr.masked()));
    } else if (value instanceof Text t) {
      out.add(new ReviewField(path, t.danish()));
    } else if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object element : c) {
        add(path + "[" + i++ + "]", element, out, depth + 1);
      }
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> add(join(path, String.valueOf(k)), v, out, depth + 1));
    } else if (value != null && depth < MAX_DEPTH && value.getClass().isRecord()) {
      record(path, value, out, depth);
    } else if (value != null && depth < MAX_DEPTH && !attributes(value.getClass()).isEmpty()) {
      for (Method m : attributes(value.getClass())) {
        add(join(path, m.getName()), invoke(m, value), out, depth + 1);
      }
    } else if (value != null) {
      out.add(new ReviewField(path, value.toString()));
    }
  }

  private static void record(String path, Object value, List<ReviewField> out, int depth) {
    RecordComponent[] components = value.getClass().getRecordComponents();
    if (components.length == 1 && components[0].getName().equals("value")) {
      add(path, invoke(components[0].getAccessor(), value), out, depth + 1);
      return;
    }
    for (RecordComponent c : components) {
      add(join(path, c.getName()), invoke(c.getAccessor(), value), out, depth + 1);
    }
  }

  /**
   * The attributes of an immutable value: the public accessors of its abstract type (in mikrolan)
   * that the generated implementation overrides — abstract ones and those with a default alike.
   */
  private static List<Method> attributes(Class<?> type) {
    List<Method> found = new ArrayList<>();
    for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (!c.getPackageName().startsWith("dk.mikrolan")) {
        continue;
      }
      for (Method m : c.getDeclaredMethods()) {
        int mod = m.getModifiers();
        if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && m.getParameterCount() == 0
            && m.getReturnType() != void.class && !OBJECT_METHODS.contains(m.getName())
            && overrides(type, m) && found.stream().noneMatch(f -> f.getName().equals(m.getName()))) {
          found.add(m);
        }
      }
    }
    found.sort(Comparator.comparing(Method::getName));
    return found;
  }

  private static final java.util.Set<String> OBJECT_METHODS = java.util.Set.of("toString", "hashCode", "getClass");

  /** Whether the generated class below the abstract type implements the accessor itself. */
  private static boolean overrides(Class<?> type, Method m) {
    for (Class<?> c = type; c != null && c != m.getDeclaringClass(); c = c.getSuperclass()) {
      try {
        c.getDeclaredMethod(m.getName());
        return true;
      } catch (NoSuchMethodException notHere) {
        // look further up
      }
    }
    return false;
  }

  private static Object invoke(Method m, Object target) {
    try {
      m.setAccessible(true);
      return m.invoke(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Cannot read " + m.getName() + " of " + target.getClass().getSimpleName(), e);
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
