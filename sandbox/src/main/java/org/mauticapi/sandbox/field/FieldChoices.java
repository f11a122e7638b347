package org.mauticapi.sandbox.field;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The values timezone, locale and region fields accept: the choices of Mautic 5.1.0's
 * {@code TimezoneType}, {@code LocaleType} and {@code RegionType}
 * ({@code FormFieldHelper::getTimezonesChoices}, {@code getLocaleChoices} and
 * {@code getRegionChoices}, every group flattened), dumped from Mautic as
 * {@code sandbox/field-choices.json}. Any other value is the form's "This value is not
 * valid." (100-fresh field-value-validation).
 */
final class FieldChoices {

	static final Set<String> TIMEZONES;

	static final Set<String> LOCALES;

	static final Set<String> REGIONS;

	static {
		try (InputStream in = new ClassPathResource("sandbox/field-choices.json").getInputStream()) {
			JsonNode choices = JsonMapper.shared().readTree(in);
			TIMEZONES = values(choices.path("timezones"));
			LOCALES = values(choices.path("locales"));
			REGIONS = values(choices.path("regions"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private FieldChoices() {
	}

	private static Set<String> values(JsonNode list) {
		Set<String> values = new HashSet<>();
		list.forEach((value) -> values.add(value.asString()));
		return Set.copyOf(values);
	}

}
