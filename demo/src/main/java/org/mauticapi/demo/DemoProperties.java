package org.mauticapi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded sandbox's settings, under {@code mautic.sandbox.*}.
 *
 * @param seed its start data: {@code demo} (the default), {@code empty}, or a seed
 * script's file
 */
@ConfigurationProperties("mautic.sandbox")
public record DemoProperties(@DefaultValue(DemoProperties.DEFAULT_SEED) String seed) {

	static final String DEFAULT_SEED = "demo";

}
