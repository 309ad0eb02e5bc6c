/**
 * Fleet operations: one change applied to many destinations with a plan first, bounded concurrency
 * that backs off together on the vendor's rate limit, per-item outcomes, a failure policy, progress
 * and a journal to resume from. Vendor-neutral: the vendor side supplies the calls and the
 * description of each request ({@link dev.dataexport.core.fleet.PlannedRequest}).
 */
package dev.dataexport.core.fleet;
