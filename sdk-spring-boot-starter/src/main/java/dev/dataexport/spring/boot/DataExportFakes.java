package dev.dataexport.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Put on a Spring Boot test class (or a test configuration) to point all three client beans at the
 * sdk-testkit fakes: a {@code FakeStigg}, {@code FakeLaunchDarkly} and {@code FakePrequel} bean
 * each, started on loopback and closed with the context, whose URL, credential and recording
 * sleeper replace the properties' base URL and credential (the other {@code dataexport.*}
 * properties still apply). Needs {@code sdk-testkit} on the test class path; an application's own
 * fake or client bean is used instead of the one this would create.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(DataExportFakesAutoConfiguration.class)
public @interface DataExportFakes {}
