package org.mauticapi.conformance.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests to the target's {@code /api} root with rest-assured. Every request gets
 * its own specification built here: nothing is set on rest-assured's static defaults, so
 * runs against different targets never mix.
 */
public final class MauticHttp {

	// A target that hangs must not hang the run: each request gets at most this long.
	private static final int TIMEOUT_MILLIS = 30_000;

	private static final String USER_AGENT = "mautic-conformance-kit";

	private final URI baseUrl;

	private final Credentials credentials;

	private final @Nullable OAuth2Tokens tokens;

	private final RestAssuredConfig config = RestAssuredConfig.config()
		.httpClient(HttpClientConfig.httpClientConfig()
			.setParam("http.connection.timeout", TIMEOUT_MILLIS)
			.setParam("http.socket.timeout", TIMEOUT_MILLIS));

	public MauticHttp(URI baseUrl, Credentials credentials) {
		this.baseUrl = baseUrl;
		this.credentials = credentials;
		this.tokens = (credentials instanceof Credentials.ClientCredentials client)
				? new OAuth2Tokens(baseUrl, client, Clock.systemUTC()) : null;
	}

	/**
	 * The target's base URL, without {@code /api}.
	 * @return the base URL
	 */
	public URI baseUrl() {
		return this.baseUrl;
	}

	/**
	 * How the run authenticates.
	 * @return the credentials
	 */
	public Credentials credentials() {
		return this.credentials;
	}

	/**
	 * Sends one request.
	 * @param method the HTTP method
	 * @param path the path below {@code /api}, with an optional query string
	 * @param jsonBody a JSON request body, or {@code null}
	 * @param authentication which credentials to send
	 * @return the exchange
	 * @throws TargetException when the target cannot be reached
	 */
	public Exchange send(String method, String path, @Nullable String jsonBody, Authentication authentication) {
		RequestSpecification request = RestAssured.given()
			.config(this.config)
			.baseUri(this.baseUrl.toString().replaceAll("/+$", ""))
			.basePath("/api")
			.header("User-Agent", USER_AGENT)
			.header("Accept", "application/json");
		authenticate(request, authentication);
		if (jsonBody != null) {
			request.contentType("application/json").body(jsonBody);
		}
		int query = path.indexOf('?');
		if (query >= 0) {
			addQueryParameters(request, path.substring(query + 1));
		}
		Response response;
		try {
			response = request.request(method, (query >= 0) ? path.substring(0, query) : path);
		}
		catch (Exception ex) {
			// rest-assured throws connection failures (ConnectException, ...) undeclared,
			// through Groovy.
			throw new TargetException("Cannot reach " + this.baseUrl + ": " + ex.getMessage(), ex);
		}
		String text = response.asString();
		return new Exchange(method, path, jsonBody, authentication, response.statusCode(),
				response.header("Content-Type"), response.header("Mautic-Version"), text, JsonBodies.parse(text));
	}

	// The path's query string is written as a URL carries it (percent-encoded, as in
	// curl); rest-assured encodes
	// parameters itself, so they are handed over decoded, in order.
	private static void addQueryParameters(RequestSpecification request, String query) {
		for (String parameter : query.split("&")) {
			if (!parameter.isEmpty()) {
				String[] nameAndValue = parameter.split("=", 2);
				request.queryParam(decode(nameAndValue[0]), (nameAndValue.length == 2) ? decode(nameAndValue[1]) : "");
			}
		}
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private void authenticate(RequestSpecification request, Authentication authentication) {
		if (authentication == Authentication.NONE) {
			return;
		}
		boolean wrong = authentication == Authentication.WRONG;
		if (this.credentials instanceof Credentials.Basic basic) {
			request.auth().preemptive().basic(basic.username(), wrong ? basic.password() + "-wrong" : basic.password());
		}
		else if (this.tokens != null) {
			request.header("Authorization",
					"Bearer " + (wrong ? "not-a-token-the-target-issued" : this.tokens.accessToken()));
		}
	}

}
