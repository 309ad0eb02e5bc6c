package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.DestinationUpdate;

/** The body of an update, {@code {"destination": {...}}}. */
record UpdateBody(@JsonProperty("destination") DestinationUpdate destination) {}
