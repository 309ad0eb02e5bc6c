package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Prints the runtime versions of each compatibility leg into its report and checks that the leg
 * really runs on the versions it claims (a leg that silently kept the default classpath would prove
 * nothing).
 */
class RuntimeVersionsTest {
  @Test
  void runsOnTheVersionsOfItsLeg() {
    String okhttpJar =
        OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    String jackson = PackageVersion.VERSION.toString();
    int java = Runtime.version().feature();
    String leg = System.getProperty("compat.leg", "default");
    System.out.println(
        "leg "
            + leg
            + ": Java "
            + Runtime.version()
            + ", OkHttp "
            + okhttpJar
            + ", Jackson "
            + jackson);
    switch (leg) {
      case "okhttp5":
        assertThat(okhttpJar).contains("okhttp-jvm-5.");
        break;
      case "jackson-oldest":
        assertThat(jackson).startsWith("2.15.");
        break;
      case "jackson-newest":
        assertThat(PackageVersion.VERSION.getMinorVersion()).isGreaterThan(21);
        break;
      case "jdk25":
        assertThat(java).isEqualTo(25);
        break;
      default:
        assertThat(okhttpJar).contains("okhttp-4.12.0");
        assertThat(java).isEqualTo(17);
    }
  }
}
