package org.mauticapi.gateway.config;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * How configuration is printed without its secrets.
 */
public final class Redaction {

	private Redaction() {
	}

	/**
	 * A secret as it may be printed: whether it is set, never its value.
	 * @param secret the secret
	 * @return {@code ******} or {@code (unset)}
	 */
	public static String secret(@Nullable String secret) {
		return (secret == null || secret.isEmpty()) ? "(unset)" : "******";
	}

	/**
	 * A URL without the user information it may carry
	 * ({@code https://user:password@host}) and without its query.
	 * @param url the URL
	 * @return the printable URL
	 */
	public static String url(@Nullable URI url) {
		if (url == null) {
			return "(unset)";
		}
		String host = (url.getHost() != null) ? url.getHost() : "";
		String port = (url.getPort() != -1) ? ":" + url.getPort() : "";
		String path = (url.getRawPath() != null) ? url.getRawPath() : "";
		return url.getScheme() + "://" + host + port + path;
	}

}
