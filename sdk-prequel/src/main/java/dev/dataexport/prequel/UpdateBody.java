package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The request body {@code {"destination": {...}}}. */
record UpdateBody(@JsonProperty("destination") DestinationUpdate destination) {}
