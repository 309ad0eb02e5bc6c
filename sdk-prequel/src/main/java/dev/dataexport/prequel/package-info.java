/**
 * The Prequel client: {@link dev.dataexport.prequel.PrequelClient}, the partial {@link
 * dev.dataexport.prequel.DestinationUpdate} with typed vendor blocks (package {@code
 * dev.dataexport.prequel.config}), and the {@link dev.dataexport.prequel.Destination} response
 * model.
 */
package dev.dataexport.prequel;
