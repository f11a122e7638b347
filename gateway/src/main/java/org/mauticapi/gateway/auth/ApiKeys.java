package org.mauticapi.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.gateway.upstream.Upstream;

/**
 * In service mode the gateway calls Mautic with its own credentials, so it must know who
 * is calling: a request to an upstream in service mode needs one of the configured keys
 * in {@code X-Api-Key}, else 401 without an upstream call. Keys are compared in constant
 * time and never logged.
 */
@Component
public class ApiKeys {

	/** The header callers put their gateway API key in. */
	public static final String HEADER = "X-Api-Key";

	private final List<byte[]> keys;

	public ApiKeys(GatewayProperties properties) {
		this.keys = properties.apiKeys().stream().map((key) -> key.getBytes(StandardCharsets.UTF_8)).toList();
	}

	/**
	 * Lets a request to an upstream through, or refuses it.
	 * @param upstream the request's upstream
	 * @param presented the caller's {@code X-Api-Key}, or null
	 * @throws GatewayError 401 when the upstream is in service mode and the key is
	 * missing or unknown
	 */
	public void check(Upstream upstream, @Nullable String presented) {
		if (!upstream.serviceMode()) {
			return;
		}
		if (presented == null) {
			throw GatewayError.typed(401,
					"API authorization denied: send a gateway API key in the " + HEADER + " header", "access_denied");
		}
		if (!known(presented.getBytes(StandardCharsets.UTF_8))) {
			throw GatewayError.typed(401,
					"API authorization denied: the " + HEADER + " header does not carry a key this gateway knows",
					"access_denied");
		}
	}

	/**
	 * Lets a request to something only operators should see through, or refuses it: with
	 * keys configured, a known key is needed.
	 * @param presented the caller's {@code X-Api-Key}, or null
	 * @throws GatewayError 401 when keys are configured and the key is missing or unknown
	 */
	public void checkConfigured(@Nullable String presented) {
		if (this.keys.isEmpty()) {
			return;
		}
		if (presented == null || !known(presented)) {
			throw GatewayError.typed(401,
					"API authorization denied: send a gateway API key in the " + HEADER + " header", "access_denied");
		}
	}

	/**
	 * Lets a request for operators' details through only with a known key, even when no
	 * key is configured.
	 * @param presented the caller's {@code X-Api-Key}, or null
	 * @throws GatewayError 401 unless the key is known
	 */
	public void checkKnown(@Nullable String presented) {
		if (this.keys.isEmpty()) {
			throw GatewayError.typed(401, "API authorization denied: these details are shown to a caller with a "
					+ "gateway API key, and none is configured (mautic.api-keys)", "access_denied");
		}
		checkConfigured(presented);
	}

	/**
	 * Whether a key is one this gateway knows.
	 * @param presented the key
	 * @return whether it is known
	 */
	public boolean known(String presented) {
		return known(presented.getBytes(StandardCharsets.UTF_8));
	}

	private boolean known(byte[] presented) {
		boolean found = false;
		for (byte[] key : this.keys) {
			found |= MessageDigest.isEqual(key, presented);
		}
		return found;
	}

}
