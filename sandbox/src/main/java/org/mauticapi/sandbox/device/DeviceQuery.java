package org.mauticapi.sandbox.device;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.mauticapi.sandbox.error.MauticApiException;

/**
 * The parameters of {@code GET /contacts/{id}/devices} read as Mautic's {@code LeadApiController::getDevicesAction}
 * hands them to its device repository: {@code start}, {@code limit} (default 30, 0 for all), {@code orderBy} (a
 * {@code d.} property, default {@code d.dateAdded}) and {@code orderByDir} (default DESC). The device repository
 * has no search columns, so {@code search} filters nothing. What Doctrine cannot build is its generic 500.
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

	/** MySQL's default collation: text compared without case, other values naturally. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Comparator<Comparable> COLLATION = (left, right) -> (left instanceof String a
			&& right instanceof String b) ? a.compareToIgnoreCase(b) : left.compareTo(right);

	static DeviceQuery parse(Map<String, List<String>> query) {
		return new DeviceQuery(number(first(query, "start", "0")), number(first(query, "limit", "30")),
				order(first(query, "orderBy", "d.dateAdded"), first(query, "orderByDir", "DESC")));
	}

	/** The page of the devices. */
	List<Device> page(List<Device> devices) {
		List<Device> sorted = devices.stream().sorted(this.order).toList();
		int from = Math.min(this.start, sorted.size());
		int to = (this.limit == 0) ? sorted.size() : (int) Math.min(sorted.size(), (long) from + this.limit);
		return sorted.subList(from, to);
	}

	private static String first(Map<String, List<String>> query, String name, String fallback) {
		List<String> values = query.get(name);
		return (values == null || values.isEmpty()) ? fallback : values.get(0);
	}

	private static int number(String text) {
		if (!text.trim().matches("\\d{1,9}")) {
			throw MauticApiException.serverError();
		}
		return Integer.parseInt(text.trim());
	}

	/** The requested order, ties by id; SQL sorts nulls first ascending and text without case. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparator<Device> order(String column, String direction) {
		Function<Device, Comparable<?>> key = COLUMNS.get(column);
		String dir = direction.toUpperCase(Locale.ROOT);
		if (key == null || !(dir.equals("ASC") || dir.equals("DESC"))) {
			throw MauticApiException.serverError();
		}
		Comparator<Device> byColumn = Comparator.comparing((device) -> (Comparable) key.apply(device),
				Comparator.nullsFirst(COLLATION));
		if (dir.equals("DESC")) {
			byColumn = byColumn.reversed();
		}
		return byColumn.thenComparingLong(Device::id);
	}

}
