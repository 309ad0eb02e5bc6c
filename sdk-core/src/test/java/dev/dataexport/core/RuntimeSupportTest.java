package dev.dataexport.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime check every builder makes: a wrong Jackson or OkHttp is named, with the fix. */
class RuntimeSupportTest {
  @TempDir Path dir;

  private static Version jackson(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
  }

  @Test
  void jacksonBelowTheFloorIsNamedWithTheFix() {
    assertThat(ClientBuilder.RuntimeSupport.jacksonProblem("jackson-databind", jackson(2, 14, 3)))
        .isEqualTo(
            "dataexport-java needs Jackson 2.15.0 or newer, but jackson-databind 2.14.3 is on the"
                + " class path: import com.fasterxml.jackson:jackson-bom 2.15.0 or newer in your"
                + " dependencyManagement (or drop the pin that holds Jackson back)");
    assertThat(ClientBuilder.RuntimeSupport.jacksonProblem("jackson-core", jackson(1, 99, 0)))
        .contains("jackson-core 1.99.0");
  }

  @Test
  void jacksonAtOrAboveTheFloorPasses() {
    assertThat(ClientBuilder.RuntimeSupport.jacksonProblem("jackson-databind", jackson(2, 15, 0)))
        .isNull();
    assertThat(ClientBuilder.RuntimeSupport.jacksonProblem("jackson-databind", jackson(2, 21, 2)))
        .isNull();
    assertThat(ClientBuilder.RuntimeSupport.jacksonProblem("jackson-databind", jackson(3, 0, 0)))
        .isNull();
  }

  @Test
  void theBuildsOwnClassPathPasses() {
    assertThat(ClientBuilder.RuntimeSupport.findProblem(getClass().getClassLoader())).isNull();
  }

  @Test
  void theEmptyOkHttp5ArtifactIsNamedWithItsVersionAndTheFix() throws IOException {
    Path jar = dir.resolve("okhttp-5.5.1.jar");
    writeJar(jar, "META-INF/kotlin-project-structure-metadata.json");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(ClientBuilder.RuntimeSupport.okHttpProblem(loader))
          .isEqualTo(
              "dataexport-java found com.squareup.okhttp3:okhttp 5.5.1, which has no classes for"
                  + " Maven builds since OkHttp 5: add com.squareup.okhttp3:okhttp-jvm 5.5.1 (or"
                  + " import com.squareup.okhttp3:okhttp-bom 5.5.1 and depend on okhttp-jvm), as"
                  + " the README's OkHttp 5 section shows");
    }
  }

  @Test
  void noOkHttpAtAllIsSaidToo() throws IOException {
    // Another Kotlin multiplatform jar carries the same metadata file: not taken for OkHttp.
    Path jar = dir.resolve("okio-3.18.1.jar");
    writeJar(jar, "META-INF/kotlin-project-structure-metadata.json");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(ClientBuilder.RuntimeSupport.okHttpProblem(loader))
          .isEqualTo(
              "dataexport-java found no OkHttp on the class path (okhttp3.OkHttpClient is"
                  + " missing): depend on com.squareup.okhttp3:okhttp 4.12.0 or on okhttp-jvm 5.x");
    }
  }

  private static void writeJar(Path jar, String entry) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out)) {
      zip.putNextEntry(new JarEntry(entry));
      zip.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }
}
