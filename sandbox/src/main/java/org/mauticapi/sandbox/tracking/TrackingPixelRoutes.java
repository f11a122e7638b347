package org.mauticapi.sandbox.tracking;

import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /mtracking.gif}, outside the API and without authentication, as Mautic
 * serves it: the visit is recorded and the answer is a transparent 1x1 GIF whatever
 * happened.
 */
@Configuration(proxyBeanMethods = false)
class TrackingPixelRoutes {

	/** Mautic's pixel ({@code TrackingPixelHelper}): a transparent 1x1 GIF, 43 bytes. */
	private static final byte[] PIXEL = Base64.getDecoder()
		.decode("R0lGODlhAQABAJAAAP8AAAAAACH5BAUQAAAALAAAAAABAAEAAAICBAEAOw==");

	@Bean
	RouterFunction<ServerResponse> trackingPixelRoute(PageHitTracker tracker) {
		return RouterFunctions.route().GET("/mtracking.gif", (request) -> pixel(request, tracker)).build();
	}

	private static Mono<ServerResponse> pixel(ServerRequest request, PageHitTracker tracker) {
		Map<String, String> query = new LinkedHashMap<>();
		request.queryParams().forEach((name, values) -> query.put(name, values.get(values.size() - 1)));
		String ip = request.remoteAddress()
			.map(InetSocketAddress::getAddress)
			.map((address) -> address.getHostAddress())
			.orElse(null);
		String site = request.uri().getScheme() + "://" + request.uri().getAuthority();
		return Mono.fromRunnable(() -> tracker.hit(query, request.headers().firstHeader("User-Agent"), ip, site))
			.then(ServerResponse.ok()
				.contentType(MediaType.IMAGE_GIF)
				.cacheControl(CacheControl.noCache().mustRevalidate())
				.bodyValue(PIXEL));
	}

}
