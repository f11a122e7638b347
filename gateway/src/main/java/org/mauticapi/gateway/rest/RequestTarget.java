package org.mauticapi.gateway.rest;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.gateway.web.PathSpellings;

/**
 * Where a REST request goes, read from its raw request target
 * ({@code /upstreams/eu/api/contacts/7?limit=2}): the upstream named in the path, if any,
 * the path under {@code /api} decoded as Mautic's router decodes it
 * ({@code rawurldecode}), and the raw query string.
 *
 * <p>
 * Spellings that a web server in front of Mautic or Mautic's router could read as another
 * path than the gateway does are refused ({@link PathSpellings}), the same way as on
 * every other route of the gateway.
 *
 * @param upstream the upstream named by a {@code /upstreams/{name}} prefix, or null
 * @param rawPath the path from {@code /api} on, as sent (still encoded)
 * @param path the same path decoded
 * @param rawQuery the query string as sent, without {@code ?}, or null
 */
record RequestTarget(@Nullable String upstream, String rawPath, String path, @Nullable String rawQuery) {

	private static final String UPSTREAMS = "/upstreams/";

	/**
	 * Whether a raw request target is one the REST surface serves: {@code /api...} or
	 * {@code /upstreams/{name}/api...}, or one of the given paths of Mautic outside its
	 * API (with or without the upstream prefix).
	 * @param uri the raw request target
	 * @param forwardedPaths Mautic's pages outside {@code /api} that are forwarded too,
	 * exact paths
	 * @return whether it is a REST request
	 */
	static boolean isRest(String uri, Set<String> forwardedPaths) {
		String path = pathOf(uri);
		if (path.startsWith(UPSTREAMS)) {
			int slash = path.indexOf('/', UPSTREAMS.length());
			if (slash <= UPSTREAMS.length()) {
				return false;
			}
			path = path.substring(slash);
		}
		int query = path.indexOf('?');
		return isApi(path) || forwardedPaths.contains((query != -1) ? path.substring(0, query) : path);
	}

	/**
	 * Whether a path is under Mautic's API.
	 * @param path a path, raw or decoded
	 * @return whether it is {@code /api} or below
	 */
	static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api?");
	}

	/**
	 * Reads a raw request target.
	 * @param uri the request target as sent
	 * @return the target
	 * @throws GatewayError 400 for a path spelling Mautic could read differently
	 */
	static RequestTarget parse(String uri) {
		String withoutAuthority = pathOf(uri);
		int question = withoutAuthority.indexOf('?');
		int hash = withoutAuthority.indexOf('#');
		int end = (question != -1) ? question : (hash != -1) ? hash : withoutAuthority.length();
		String rawPath = withoutAuthority.substring(0, end);
		String rawQuery = (question != -1) ? withoutAuthority.substring(question + 1) : null;
		if (rawQuery != null && rawQuery.indexOf('#') != -1) {
			rawQuery = rawQuery.substring(0, rawQuery.indexOf('#'));
		}
		String upstream = null;
		if (rawPath.startsWith(UPSTREAMS)) {
			int slash = rawPath.indexOf('/', UPSTREAMS.length());
			upstream = rawPath.substring(UPSTREAMS.length(), slash);
			rawPath = rawPath.substring(slash);
		}
		return new RequestTarget(upstream, rawPath, PathSpellings.decode(rawPath), rawQuery);
	}

	// A request line may carry the absolute form (http://host/api/...): the path starts
	// after the authority.
	private static String pathOf(String uri) {
		if (uri.startsWith("/")) {
			return uri;
		}
		int scheme = uri.indexOf("://");
		if (scheme == -1) {
			return uri;
		}
		int slash = uri.indexOf('/', scheme + 3);
		return (slash == -1) ? "/" : uri.substring(slash);
	}

}
