/**
 * The parts of sdk-stigg behind its API: the vendor profile, the auth mode, the request builders,
 * the checks and the JSON readers. Public only so that the module's own packages (and the
 * benchmarks) can reach them; not API: anything here may change in any release.
 */
package dev.dataexport.stigg.internal;
