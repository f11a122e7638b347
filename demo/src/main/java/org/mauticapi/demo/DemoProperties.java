package org.mauticapi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded sandbox's settings, under {@code mautic.sandbox.*}.
 *
 * @param seed its start data: {@code demo} (the default) or {@code empty}
 */
@ConfigurationProperties("mautic.sandbox")
public record DemoProperties(@DefaultValue("demo") String seed) {
}
