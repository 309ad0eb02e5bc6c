package dev.dataexport.spring.boot;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when dataexport.fakes.enabled is true or any property under a vendor's prefix is set, so
 * that setting a base URL or timeout without the credential is reported as a missing credential
 * instead of silently creating no bean, or when {@code dataexport.fakes.enabled} is true.
 */
abstract class VendorConfiguredCondition extends SpringBootCondition {
  private final String prefix;

  VendorConfiguredCondition(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Binder binder = Binder.get(context.getEnvironment());
    if (binder.bind(FakesProperties.PREFIX + ".enabled", Boolean.class).orElse(false)) {
      return ConditionOutcome.match(FakesProperties.PREFIX + ".enabled is true");
    }
    boolean set =
        binder
            .bind(prefix, Bindable.mapOf(String.class, Object.class))
            .map(Map::isEmpty)
            .map(empty -> !empty)
            .orElse(false);
    return set
        ? ConditionOutcome.match(prefix + ".* properties are set")
        : ConditionOutcome.noMatch("no " + prefix + ".* property is set");
  }

  /** {@code dataexport.stigg.*}. */
  static final class Stigg extends VendorConfiguredCondition {
    Stigg() {
      super(StiggProperties.PREFIX);
    }
  }

  /** {@code dataexport.launchdarkly.*}. */
  static final class LaunchDarkly extends VendorConfiguredCondition {
    LaunchDarkly() {
      super(LaunchDarklyProperties.PREFIX);
    }
  }

  /** {@code dataexport.prequel.*}. */
  static final class Prequel extends VendorConfiguredCondition {
    Prequel() {
      super(PrequelProperties.PREFIX);
    }
  }
}
