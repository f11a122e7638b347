package org.mauticapi.gateway.support;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A gateway in front of a {@link FakeMautic}, with a GraphQL tester that sends the demo
 * credentials: a JUnit extension registered on a static field, so one per test class, the
 * fake reset before each test and both stopped after the class.
 */
public final class GraphQlOnFakeMautic implements BeforeEachCallback, AfterAllCallback, AutoCloseable {

	/** The demo credentials, admin / mautic, as HTTP Basic. */
	public static final String AUTHORIZATION = "Basic YWRtaW46bWF1dGlj";

	private final WireMockServer mautic;

	private final RunningGateway gateway;

	private GraphQlOnFakeMautic(WireMockServer mautic, RunningGateway gateway) {
		this.mautic = mautic;
		this.gateway = gateway;
	}

	/**
	 * Starts the fake Mautic and a gateway in front of it.
	 * @param settings further gateway settings, as for {@link RunningGateway#start}
	 * @return the running pair
	 */
	public static GraphQlOnFakeMautic start(String... settings) {
		WireMockServer mautic = FakeMautic.start();
		List<String> all = new ArrayList<>(List.of("mautic.base-url=" + FakeMautic.url(mautic)));
		all.addAll(List.of(settings));
		return new GraphQlOnFakeMautic(mautic, RunningGateway.start(all.toArray(String[]::new)));
	}

	public WireMockServer mautic() {
		return this.mautic;
	}

	public RunningGateway gateway() {
		return this.gateway;
	}

	public HttpGraphQlTester.Builder<?> graphQl() {
		return HttpGraphQlTester.create(this.gateway.client().mutate().baseUrl(this.gateway.url() + "/graphql").build())
			.mutate()
			.header("Authorization", AUTHORIZATION);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.mautic.resetAll();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	@Override
	public void close() {
		this.gateway.close();
		this.mautic.stop();
	}

}
