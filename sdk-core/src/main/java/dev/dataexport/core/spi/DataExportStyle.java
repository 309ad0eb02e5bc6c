package dev.dataexport.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every vendor module, put on each model package's {@code
 * package-info.java}: generated classes are package-private and hidden behind the abstract value
 * type, no {@code copy} methods, no Guava, and a missing required field fails with the SDK's own
 * message ({@code integrationId is required}, see {@link Checks.MissingFields}).
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = Checks.MissingFields.class,
    throwForNullPointer = Checks.NullField.class,
    // Only @Override: Immutables' own @Generated lives in a compile-only jar, and users compiling
    // against the generated classes would warn that it is missing (fatal under -Werror).
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface DataExportStyle {}
