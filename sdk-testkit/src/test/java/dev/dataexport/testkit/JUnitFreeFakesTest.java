package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.launchdarkly.DestinationKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The split between the JUnit-free fakes and their extensions: nothing a {@code main} program loads
 * names a JUnit type, and the extensions keep the users' API (seeding returns the extension, each
 * test gets a fresh server). consumer-check's {@code testkit-main} proves the same with JUnit
 * really absent.
 */
class JUnitFreeFakesTest {
  @ParameterizedTest
  @ValueSource(
      classes = {FakeStiggServer.class, FakeLaunchDarklyServer.class, FakePrequelServer.class})
  void serverClassesNameNoJUnitType(Class<?> server) {
    for (Class<?> type = server; type != null; type = type.getSuperclass()) {
      assertThat(typesOf(type)).noneMatch(name -> name.startsWith("org.junit"));
    }
  }

  @Test
  void extensionsExtendTheirServer() {
    assertThat(FakeStiggServer.class).isAssignableFrom(FakeStigg.class);
    assertThat(FakeLaunchDarklyServer.class).isAssignableFrom(FakeLaunchDarkly.class);
    assertThat(FakePrequelServer.class).isAssignableFrom(FakePrequel.class);
  }

  @Test
  void seedingReturnsTheExtensionSoAFieldInitializerCompiles() {
    FakeStigg stigg = new FakeStigg().addIntegration("int_1").addDestination("int_1", "d", "s3");
    FakeLaunchDarkly ld =
        new FakeLaunchDarkly()
            .addDestination(DestinationKey.of("p", "e", "i"), "segment", "n", true, Map.of());
    FakePrequel prequel = new FakePrequel().addDestination("dst_1", "postgres", null);
    assertThat(stigg.hasDestination("d")).isTrue();
    assertThat(ld.destinationKeys()).hasSize(1);
    assertThat(prequel.destinationCount()).isEqualTo(1);
  }

  @Test
  void extensionStartsBeforeAndStopsAfterEachTest() {
    FakeStigg stigg = new FakeStigg();
    stigg.beforeEach(null);
    String url = stigg.baseUrl();
    stigg.afterEach(null);
    // a stopped fake starts afresh (a new port) when used again
    assertThat(stigg.baseUrl()).startsWith("http://").isNotEqualTo(url);
    stigg.close();
  }

  @Test
  void serverWorksWithoutTheExtensionLifecycle() {
    try (FakePrequelServer prequel = new FakePrequelServer()) {
      prequel.addDestination("dst_1", "postgres", null);
      assertThat(prequel.client().destinations().get("dst_1").id()).isEqualTo("dst_1");
      assertThat(prequel.requestCount()).isEqualTo(1);
    }
    assertThatThrownBy(() -> new FakeStiggServer(null, "jwt", "env"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("apiKey must not be null");
  }

  private static List<String> typesOf(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Class<?> implemented : type.getInterfaces()) {
      names.add(implemented.getName());
    }
    for (var method : type.getDeclaredMethods()) {
      names.add(method.getReturnType().getName());
      for (Class<?> parameter : method.getParameterTypes()) {
        names.add(parameter.getName());
      }
    }
    return names;
  }
}
