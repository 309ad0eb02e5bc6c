/**
 * The Stigg client: {@link dev.dataexport.stigg.StiggClient} and the whole data-export API under
 * {@code /api/v1/data-export} (destinations: create, selection update, delete; the model catalog;
 * syncs; scoped tokens), with its request and response models.
 */
// Each model is a public abstract class with its own Builder (every setter checks with the SDK's
// vocabulary) and a nested, package-private `@Value.Immutable(builder = false, copy = false)
// abstract static class AbstractX extends X {}`, from which Immutables generates ImmutableX with
// the factory `of` that Builder.build() calls. No generated builder: its setters are final and
// speak Immutables' messages, and its static builder() would clash with X.builder(). The attribute
// values sit on the package-private class, not on X, because javac warns (fatal under -Werror)
// when code compiled without Immutables on its class path meets annotation values it cannot
// resolve. internal/StiggJson reads each model into its Builder.
@DataExportStyle
package dev.dataexport.stigg;

import dev.dataexport.core.spi.DataExportStyle;
