package org.mauticapi.conformance.http;

/**
 * How the kit authenticates to the target: a Mautic user over HTTP Basic, or an OAuth2
 * API client with the client-credentials grant (Mautic 4+).
 */
public sealed interface Credentials {

	/**
	 * A Mautic user's name and password, sent as HTTP Basic (Mautic's
	 * {@code api_enable_basic_auth} must be on).
	 *
	 * @param username the user name
	 * @param password the password
	 */
	record Basic(String username, String password) implements Credentials {

		@Override
		public String toString() {
			return "HTTP Basic as " + this.username;
		}

	}

	/**
	 * An OAuth2 client whose tokens come from {@code {baseUrl}/oauth/v2/token}.
	 *
	 * @param clientId the client's public id
	 * @param clientSecret the client's secret
	 */
	record ClientCredentials(String clientId, String clientSecret) implements Credentials {

		@Override
		public String toString() {
			return "OAuth2 client credentials of client " + this.clientId;
		}

	}

}
