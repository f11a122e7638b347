package org.mauticapi.sandbox.web;

import tools.jackson.core.json.JsonWriteFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes JSON as Mautic's JMS serializer does: {@code /} escaped as {@code \/}, non-ASCII
 * as {@code \\uXXXX}.
 */
@Configuration(proxyBeanMethods = false)
public class MauticJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer mauticJsonWriting() {
		return (builder) -> builder.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, JsonWriteFeature.ESCAPE_NON_ASCII);
	}

}
