package org.mauticapi.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import org.mauticapi.gateway.config.GatewayConfigurationException;
import org.mauticapi.gateway.graphql.schema.InstanceField;
import org.mauticapi.gateway.upstream.Upstream;
import org.mauticapi.gateway.upstream.UpstreamAnswer;
import org.mauticapi.gateway.upstream.UpstreamFailure;
import org.mauticapi.gateway.upstream.UpstreamRequest;

/**
 * Reads the contact fields of the default upstream at start-up
 * ({@code GET /api/contacts/list/fields}), for
 * {@code mautic.graphql.custom-fields.typed}. It needs credentials before any caller: the
 * gateway's own in service mode, else {@code mautic.graphql.custom-fields.username} and
 * {@code .password}. When it cannot read them, the start fails naming the property: a
 * schema that lacked the typed fields depending on whether Mautic answered at start-up
 * would break the clients that use them at random.
 */
final class InstanceFields {

	private static final Logger logger = LoggerFactory.getLogger(InstanceFields.class);

	private static final String PROPERTY = "mautic.graphql.custom-fields.typed";

	private static final String PATH = "/api/contacts/list/fields";

	private InstanceFields() {
	}

	static List<InstanceField> read(Upstream upstream, CustomFieldsProperties properties) {
		String authorization = null;
		if (!upstream.serviceMode()) {
			if (properties.username() == null || properties.password() == null) {
				throw new GatewayConfigurationException(PROPERTY, "reading the custom fields at start-up needs "
						+ "credentials, and in passthrough mode the gateway has none: set mautic.auth.mode=service, or "
						+ "mautic.graphql.custom-fields.username and mautic.graphql.custom-fields.password");
			}
			authorization = "Basic " + Base64.getEncoder()
				.encodeToString((properties.username() + ":" + properties.password()).getBytes(StandardCharsets.UTF_8));
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		UpstreamAnswer answer;
		try {
			answer = upstream
				.call(new UpstreamRequest("listContactFields", HttpMethod.GET, PATH, headers, null, authorization,
						"gateway-start-up"))
				.block(Duration.ofMinutes(2));
		}
		catch (UpstreamFailure failure) {
			throw unreadable(upstream, failure.getMessage());
		}
		if (answer == null || answer.status() != 200) {
			throw unreadable(upstream, "it answered HTTP " + ((answer != null) ? answer.status() : "nothing"));
		}
		List<InstanceField> fields = new ArrayList<>();
		if (JsonMapper.shared().readValue(answer.body(), Object.class) instanceof Map<?, ?> byId) {
			byId.values().forEach((definition) -> {
				// Mautic lists the company fields too (its object filter is not applied).
				if (definition instanceof Map<?, ?> field && "lead".equals(field.get("object"))
						&& field.get("alias") instanceof String alias) {
					fields.add(new InstanceField(alias, String.valueOf(field.get("type"))));
				}
			});
		}
		logger.info("Read [{}] contact fields of upstream [{}] for typed GraphQL fields", fields.size(),
				upstream.displayUrl());
		return fields;
	}

	private static GatewayConfigurationException unreadable(Upstream upstream, String why) {
		return new GatewayConfigurationException(PROPERTY,
				"the contact fields could not be read from " + PATH + " of " + upstream.displayUrl() + " (" + why
						+ "); check that Mautic is reachable and the credentials "
						+ "may list fields, or switch the property off");
	}

}
