package org.mauticapi.conformance.deviation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mauticapi.sandbox.SandboxServer;

/**
 * A Mautic that deviates in one way at a time: WireMock in front of the embedded sandbox,
 * passing every request through except what the {@link Deviation} in force changes on the
 * way in or out.
 */
public final class DeviatingProxy implements AutoCloseable {

	// The request as the kit sent it, carried to the answer's transformer on the changed
	// request.
	private static final String ORIGINAL = "X-Conformance-Original";

	private final SandboxServer sandbox;

	private final WireMockServer server;

	private volatile Deviation deviation = Deviation.NONE;

	private DeviatingProxy(SandboxServer sandbox) {
		this.sandbox = sandbox;
		String upstream = sandbox.baseUrl();
		this.server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.bindAddress("127.0.0.1")
			.extensions(new Requests(), new Answers()));
		this.server.start();
		this.server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().proxiedFrom(upstream)));
	}

	/**
	 * Starts the sandbox with its demo data, and the proxy in front of it, each on a free
	 * loopback port.
	 * @return the proxy, deviating in nothing yet
	 */
	public static DeviatingProxy overDemoSandbox() {
		return new DeviatingProxy(SandboxServer.start(0, Map.of("sandbox.seed", "demo")));
	}

	/**
	 * The proxy's base URL: the deviating Mautic.
	 * @return the URL
	 */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/**
	 * The sandbox's own base URL, for runs that need a Mautic that does not deviate.
	 * @return the URL
	 */
	public String sandboxUrl() {
		return this.sandbox.baseUrl();
	}

	/**
	 * Puts a deviation in force, until the next.
	 * @param next the deviation
	 */
	public void deviate(Deviation next) {
		this.deviation = next;
	}

	@Override
	public void close() {
		this.server.stop();
		this.sandbox.close();
	}

	private static ProxiedRequest seen(Request request) {
		String url = request.getUrl();
		return new ProxiedRequest(request.getMethod().getName(), url.startsWith("/api") ? url.substring(4) : url,
				(request.getBodyAsString() != null) ? request.getBodyAsString() : "",
				(request.getHeader("Authorization") != null) ? request.getHeader("Authorization") : "");
	}

	private final class Requests implements RequestFilterV2 {

		@Override
		public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
			ProxiedRequest original = seen(request);
			ProxiedRequest changed = DeviatingProxy.this.deviation.request().apply(original);
			Request wrapped = RequestWrapper.create()
				.setMethod(RequestMethod.fromString(changed.method()))
				.transformAbsoluteUrl((url) -> url.substring(0, url.indexOf("/api") + 4) + changed.path())
				.transformBody((body) -> new Body(changed.body()))
				.addHeader(ORIGINAL, Json.write(original))
				.wrap(request);
			return RequestFilterAction.continueWith(wrapped);
		}

		@Override
		public boolean applyToAdmin() {
			return false;
		}

		@Override
		public boolean applyToStubs() {
			return true;
		}

		@Override
		public String getName() {
			return "deviating-requests";
		}

	}

	private final class Answers implements ResponseTransformerV2 {

		@Override
		public Response transform(Response response, ServeEvent serveEvent) {
			String originalJson = serveEvent.getRequest().getHeader(ORIGINAL);
			if (originalJson == null) {
				return response;
			}
			ProxiedRequest original = Json.read(originalJson, ProxiedRequest.class);
			String contentType = response.getHeaders().getContentTypeHeader().isPresent()
					? response.getHeaders().getContentTypeHeader().firstValue() : "";
			ProxiedAnswer answer = new ProxiedAnswer(response.getStatus(), contentType, response.getBodyAsString());
			ProxiedAnswer changed = DeviatingProxy.this.deviation.answer().apply(original, answer);
			if (changed.equals(answer)) {
				return response;
			}
			List<HttpHeader> headers = new ArrayList<>();
			response.getHeaders()
				.all()
				.stream()
				.filter((header) -> !header.keyEquals("Content-Type") && !header.keyEquals("Content-Length"))
				.forEach(headers::add);
			headers.add(new HttpHeader("Content-Type", changed.contentType()));
			return Response.Builder.like(response)
				.but()
				.status(changed.status())
				.headers(new HttpHeaders(headers))
				.body(changed.body())
				.build();
		}

		@Override
		public String getName() {
			return "deviating-answers";
		}

	}

}
