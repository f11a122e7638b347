package org.mauticapi.sandbox.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the sandbox behaves.
 *
 * @param username the API user's name (HTTP Basic)
 * @param password the API user's password
 * @param seed {@code demo} (a believable data set), {@code empty}, or the path of a JSON
 * seed script
 * @param maxContacts how many contacts the store holds before it refuses creates
 * @param maxBodySize the largest request body accepted
 * @param mauticVersion the version sent in the {@code Mautic-Version} header
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(@DefaultValue("admin") String username, @DefaultValue("mautic") String password,
		@DefaultValue("demo") String seed, @DefaultValue("100000") int maxContacts,
		@DefaultValue("5MB") DataSize maxBodySize, @DefaultValue("5.1.0") String mauticVersion) {
}
