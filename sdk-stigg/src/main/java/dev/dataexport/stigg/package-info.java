/**
 * The Stigg client: {@link dev.dataexport.stigg.StiggClient} and the data-export destination
 * selection update ({@code PATCH /api/v1/data-export/destinations/{destinationId}}), with its
 * request and response models.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    // Keeps @org.immutables.value.Generated off the generated classes: users compile without
    // Immutables on the
    // classpath, and javac warns about the missing annotation type (an empty list would mean "allow
    // all").
    allowedClasspathAnnotations = Override.class)
package dev.dataexport.stigg;

import org.immutables.value.Value;
