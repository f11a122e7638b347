package org.mauticapi.gateway.graphql.transport;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How {@code /graphql} is served over HTTP ({@code mautic.graphql.http.*}).
 *
 * @param maxRequestSize the largest request body; a larger one is answered 413 with a
 * GraphQL error, unread
 * @param get whether queries may be sent with GET ({@code ?query=...&variables=...});
 * mutations never are
 * @param cors which browser origins may call {@code /graphql} from another site
 */
@ConfigurationProperties("mautic.graphql.http")
public record GraphQlHttpProperties(@DefaultValue("256KB") DataSize maxRequestSize, @DefaultValue("true") boolean get,
		@DefaultValue Cors cors) {

	public GraphQlHttpProperties {
		if (maxRequestSize.toBytes() < 1) {
			throw new IllegalArgumentException("mautic.graphql.http.max-request-size must be at least 1 byte");
		}
	}

	/**
	 * Cross-origin access to {@code /graphql} and its SDL; none unless origins are
	 * listed.
	 *
	 * @param allowedOrigins the origins (e.g. {@code https://app.example.com}, or
	 * {@code *}) whose pages may call the API; empty for none, and then no CORS header is
	 * sent
	 * @param allowedHeaders the request headers such a page may send
	 * @param allowCredentials whether the browser may send cookies or HTTP authentication
	 * it holds (never with {@code *})
	 * @param maxAge how long a browser may cache a preflight answer
	 */
	public record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue( {
			"Content-Type", "Accept", "Authorization", "X-Api-Key", "X-Request-Id", "X-Upstream-Stats",
			"X-Mautic-Upstream" }) List<String> allowedHeaders, @DefaultValue("false") boolean allowCredentials,
			@DefaultValue("30m") Duration maxAge){
	}

}
