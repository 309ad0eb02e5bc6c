package dev.dataexport.prequel.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of sdk-prequel: JDK collections only, package-private implementations
 * hidden behind the abstract types (which also name themselves in {@code toString()}), no copy
 * methods, and no annotation that needs Immutables at a consumer's compile time.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // Only @Override: Immutables' own @Generated lives in a compile-only jar, and consumers
    // compiling against the
    // generated classes would warn that it is missing (fatal under -Werror).
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface PrequelStyle {}
