package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of every call that sends a destination: {@code {"destination": {...}}} (an update, a new
 * destination, or the changes a connection test lays over a saved one).
 */
record DestinationBody(@JsonProperty("destination") Object destination) {}
