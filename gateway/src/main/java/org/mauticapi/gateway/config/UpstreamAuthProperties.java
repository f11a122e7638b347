package org.mauticapi.gateway.config;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway authenticates to one upstream. In {@code passthrough} mode the caller's
 * {@code Authorization} header is forwarded; in {@code service} mode the gateway holds
 * the secrets (HTTP Basic, or OAuth2 client credentials when a client id is set) and
 * callers present a gateway API key instead.
 *
 * @param mode passthrough or service
 * @param username HTTP Basic user (service mode)
 * @param password HTTP Basic password (service mode)
 * @param clientId OAuth2 client id (service mode); when set, client credentials are used
 * instead of Basic
 * @param clientSecret OAuth2 client secret
 * @param tokenUrl OAuth2 token endpoint; Mautic's {@code /oauth/v2/token} under the base
 * URL when absent
 * @param scope OAuth2 scope, if the server wants one
 */
public record UpstreamAuthProperties(@DefaultValue("passthrough") Mode mode, @Nullable String username,
		@Nullable String password, @Nullable String clientId, @Nullable String clientSecret, @Nullable URI tokenUrl,
		@Nullable String scope) {

	/** Whose credentials reach the upstream. */
	public enum Mode {

		/** The caller's {@code Authorization} header is forwarded as it is. */
		PASSTHROUGH,

		/**
		 * The gateway's own credentials are sent; callers authenticate to the gateway
		 * with an API key.
		 */
		SERVICE

	}

	// Records print every component: this one must never print a secret, wherever it ends
	// up logged.
	@Override
	public String toString() {
		return "UpstreamAuth[mode=" + this.mode + ", username=" + this.username + ", password="
				+ Redaction.secret(this.password) + ", clientId=" + this.clientId + ", clientSecret="
				+ Redaction.secret(this.clientSecret) + ", tokenUrl=" + Redaction.url(this.tokenUrl) + "]";
	}

}
