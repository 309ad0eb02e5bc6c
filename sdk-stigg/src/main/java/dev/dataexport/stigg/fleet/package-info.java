/**
 * Stigg fleet operations: {@link dev.dataexport.stigg.fleet.StiggFleet} gives a {@link
 * dev.dataexport.core.fleet.FleetOperation} over destination ids, or over the list a previous call
 * returned, whose plan shows the exact selection update each destination would get.
 */
package dev.dataexport.stigg.fleet;
