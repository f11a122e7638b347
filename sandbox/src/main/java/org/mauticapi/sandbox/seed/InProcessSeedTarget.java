package org.mauticapi.sandbox.seed;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.AbstractServerHttpResponse;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sandbox's own request handler, called in this process: the requests take the same
 * way through the filters, the controllers and the error handling as over HTTP, without a
 * socket, an HTTP codec or a client on either side. Seeding the demo data this way takes
 * a fraction of the time, which the gateway's start-up waits for.
 */
final class InProcessSeedTarget implements SeedTarget {

	private static final InetSocketAddress LOOPBACK = new InetSocketAddress("127.0.0.1", 0);

	private final HttpHandler handler;

	private final String authorization;

	InProcessSeedTarget(HttpHandler handler, String username, String password) {
		this.handler = handler;
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(username, password);
		this.authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
	}

	@Override
	public Mono<SeedAnswer> send(SeedRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.AUTHORIZATION, this.authorization);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		byte[] body = (request.body() != null) ? JsonMapper.shared().writeValueAsBytes(request.body()) : new byte[0];
		if (request.body() != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
			headers.setContentLength(body.length);
		}
		// As a client sends it: the script's paths are written unencoded.
		URI uri = UriComponentsBuilder.fromUriString("http://127.0.0.1" + request.path()).encode().build().toUri();
		InMemoryResponse response = new InMemoryResponse();
		return this.handler
			.handle(new InMemoryRequest(HttpMethod.valueOf(request.method()), uri, headers, body), response)
			.then(Mono.fromSupplier(() -> new SeedAnswer(response.status(), response.text())));
	}

	@Override
	public String description() {
		return "the sandbox, in process";
	}

	private static final class InMemoryRequest extends AbstractServerHttpRequest {

		private final byte[] body;

		InMemoryRequest(HttpMethod method, URI uri, HttpHeaders headers, byte[] body) {
			super(method, uri, null, headers);
			this.body = body;
		}

		@Override
		protected MultiValueMap<String, HttpCookie> initCookies() {
			return new LinkedMultiValueMap<>();
		}

		@Override
		protected @Nullable SslInfo initSslInfo() {
			return null;
		}

		@Override
		public InetSocketAddress getRemoteAddress() {
			return LOOPBACK;
		}

		@Override
		public InetSocketAddress getLocalAddress() {
			return LOOPBACK;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getNativeRequest() {
			return (T) this;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return (this.body.length == 0) ? Flux.empty()
					: Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(this.body)));
		}

	}

	private static final class InMemoryResponse extends AbstractServerHttpResponse {

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		InMemoryResponse() {
			super(DefaultDataBufferFactory.sharedInstance);
		}

		int status() {
			return (getStatusCode() != null) ? getStatusCode().value() : 200;
		}

		String text() {
			return this.body.toString(StandardCharsets.UTF_8);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getNativeResponse() {
			return (T) this;
		}

		@Override
		protected Mono<Void> writeWithInternal(Publisher<? extends DataBuffer> body) {
			return Flux.from(body).doOnNext((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				this.body.writeBytes(bytes);
				DataBufferUtils.release(buffer);
			}).then();
		}

		@Override
		protected Mono<Void> writeAndFlushWithInternal(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return Flux.from(body).concatMap(this::writeWithInternal).then();
		}

		@Override
		protected void applyStatusCode() {
		}

		@Override
		protected void applyHeaders() {
		}

		@Override
		protected void applyCookies() {
		}

	}

}
