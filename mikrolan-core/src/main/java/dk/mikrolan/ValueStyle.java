package dk.mikrolan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of mikrolan's value types.
 *
 * <p>Generated {@code Immutable*} classes are package-private and overshadowed: callers see only
 * the public abstract type, its {@code of}/{@code parse} factories and its nested {@code Builder}.
 * Builders are strict (each attribute set once) and the generated code uses the JDK only.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
