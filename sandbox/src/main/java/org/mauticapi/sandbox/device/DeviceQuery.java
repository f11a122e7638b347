package org.mauticapi.sandbox.device;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mauticapi.sandbox.state.RepositoryListing;

/**
 * The parameters of {@code GET /contacts/{id}/devices} read as Mautic's
 * {@code LeadApiController::getDevicesAction} hands them to its device repository:
 * {@code start}, {@code limit} (default 30, 0 for all), {@code orderBy} (a {@code d.}
 * property, default {@code d.dateAdded}) and {@code orderByDir} (default DESC). The
 * device repository has no search columns, so {@code search} filters nothing. What
 * Doctrine cannot build is its generic 500.
 *
 * @param start the first row
 * @param limit the page size, 0 for all
 * @param order the order
 */
record DeviceQuery(int start, int limit, Comparator<Device> order) {

	private static final Map<String, Function<Device, Comparable<?>>> COLUMNS = Map.of("d.id", Device::id,
			"d.dateAdded", Device::dateAdded, "d.device", Device::device, "d.deviceBrand", Device::deviceBrand,
			"d.deviceModel", Device::deviceModel, "d.deviceOsName", Device::deviceOsName, "d.deviceOsShortName",
			Device::deviceOsShortName, "d.deviceOsVersion", Device::deviceOsVersion, "d.deviceOsPlatform",
			Device::deviceOsPlatform);

	static DeviceQuery parse(Map<String, List<String>> query) {
		int start = RepositoryListing.number(RepositoryListing.first(query, "start", "0"));
		int limit = RepositoryListing.number(RepositoryListing.first(query, "limit", "30"));
		return new DeviceQuery(start, limit, order(RepositoryListing.first(query, "orderBy", "d.dateAdded"),
				RepositoryListing.first(query, "orderByDir", "DESC")));
	}

	/** The page of the devices. */
	List<Device> page(List<Device> devices) {
		return RepositoryListing.page(devices, this.order, this.start, this.limit);
	}

	private static Comparator<Device> order(String column, String direction) {
		return RepositoryListing.order(COLUMNS, column, direction, Device::id, true);
	}

}
