package dev.dataexport.examples.readme;

/** Runs the README's Spring Boot test sample ({@code @SpringBootTest} is inherited). */
class SpringBootReadmeSampleTest extends SpringBootReadmeSamples.ExportTest {}
