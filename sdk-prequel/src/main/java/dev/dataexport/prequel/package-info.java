/**
 * The Prequel client: {@link dev.dataexport.prequel.PrequelClient}, its {@link
 * dev.dataexport.prequel.Destinations} and {@link dev.dataexport.prequel.Transfers} calls, the
 * partial {@link dev.dataexport.prequel.DestinationUpdate} and the full {@link
 * dev.dataexport.prequel.NewDestination} with typed vendor blocks (package {@code
 * dev.dataexport.prequel.config}), the paged lists ({@link dev.dataexport.prequel.Page}, {@link
 * dev.dataexport.prequel.AutoPager}), the response models ({@link
 * dev.dataexport.prequel.Destination}, {@link dev.dataexport.prequel.Transfer}, {@link
 * dev.dataexport.prequel.ConnectionTest}) and {@link dev.dataexport.prequel.PrequelErrorCode}.
 */
@DataExportStyle
package dev.dataexport.prequel;

import dev.dataexport.core.spi.DataExportStyle;
