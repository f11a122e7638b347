package org.mauticapi.sandbox.field;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The country names a country field accepts: Mautic 5.1.0's
 * {@code app/bundles/CoreBundle/Assets/json/countries.json}, copied as
 * {@code sandbox/countries.json}.
 */
final class Countries {

	static final Set<String> NAMES = load();

	private Countries() {
	}

	private static Set<String> load() {
		try (InputStream in = new ClassPathResource("sandbox/countries.json").getInputStream()) {
			Set<String> names = new LinkedHashSet<>();
			for (JsonNode name : JsonMapper.shared().readTree(in)) {
				names.add(name.asString());
			}
			return Set.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
