/**
 * Prequel fleet operations: {@link dev.dataexport.prequel.fleet.PrequelFleet} gives a {@link
 * dev.dataexport.core.fleet.FleetOperation} over destination ids or a query over the paged list,
 * planning the exact partial update each destination would get, secrets masked.
 */
package dev.dataexport.prequel.fleet;
