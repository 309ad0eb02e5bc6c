/**
 * The Prequel client: {@link dev.dataexport.prequel.PrequelClient}, its {@link
 * dev.dataexport.prequel.Destinations} calls, the partial {@link
 * dev.dataexport.prequel.DestinationUpdate} with typed vendor blocks (package {@code
 * dev.dataexport.prequel.config}), the {@link dev.dataexport.prequel.Destination} response model
 * and {@link dev.dataexport.prequel.PrequelErrorCode}.
 */
@DataExportStyle
package dev.dataexport.prequel;

import dev.dataexport.core.spi.DataExportStyle;
