package org.mauticapi.conformance.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mauticapi.sandbox.SandboxServer;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.conformance.report.OperationCoverage;
import org.mauticapi.conformance.report.OperationStatus;
import org.mauticapi.conformance.support.SandboxBodies;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit catches deviations: a WireMock server passes everything through to the sandbox except one deliberately
 * deviant answer, and the kit must report that operation as failed (and nothing else, the control case shows
 * the proxy itself deviates in nothing).
 */
class DeviantMauticIT {

	private static SandboxServer sandbox;

	private static SandboxBodies bodies;

	private static WireMockServer deviant;

	@BeforeAll
	static void start() {
		sandbox = SandboxServer.start(0, Map.of("sandbox.seed", "demo"));
		bodies = new SandboxBodies(sandbox.baseUrl());
		deviant = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		deviant.start();
	}

	@AfterAll
	static void stop() {
		deviant.stop();
		sandbox.close();
	}

	@BeforeEach
	void passEverythingThroughToTheSandbox() {
		deviant.resetAll();
		deviant.stubFor(WireMock.any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(sandbox.baseUrl())));
	}

	@Test
	void reportsNoFailureWhenNothingDeviates() {
		RunResult result = runKit("@contacts or @segments or @segment-membership");

		assertThat(result.scenarios().failed()).isZero();
		assertThat(result.exitCode()).isZero();
	}

	@ParameterizedTest
	@MethodSource("deviations")
	void reportsTheDeviationAsAFailureOfItsOperation(Deviation deviation) {
		deviation.stub().accept(deviant, bodies);

		RunResult result = runKit(deviation.tags());

		OperationCoverage operation = result.coverage()
			.operations()
			.stream()
			.filter((line) -> line.operationId().equals(deviation.operationId()))
			.findFirst()
			.orElseThrow();
		assertThat(operation.status()).as(String.valueOf(operation.reason())).isEqualTo(OperationStatus.FAILED);
		assertThat(operation.reason()).isNotBlank();
		assertThat(result.exitCode()).isEqualTo(1);
	}

	static Stream<Arguments> deviations() {
		return Stream.of(
				deviation("a wrong status: 500 for a missing segment instead of 404", "getSegment", "@segments and @readonly",
						(server, sandbox) -> server.stubFor(get(urlPathMatching("/api/segments/\\d{9,}"))
							.willReturn(json(500, """
									{"errors": [{"code": 500, "message": "Internal error", "details": []}]}""")))),
				deviation("a missing required property: a segment without its name", "getSegment",
						"@segments and @readonly", (server, sandbox) -> {
							ObjectNode segment = sandbox.get("/segments/" + firstSegmentId(sandbox));
							((ObjectNode) segment.get("list")).remove("name");
							server.stubFor(get(urlPathMatching("/api/segments/\\d{1,8}")).willReturn(json(200, segment.toString())));
						}),
				deviation("a wrong type: the contact list's total as a number", "listContacts", "@contacts and @readonly",
						(server, sandbox) -> {
							ObjectNode page = sandbox.get("/contacts?limit=2");
							page.put("total", Long.parseLong(page.get("total").asString()));
							server.stubFor(listContacts().willReturn(json(200, page.toString())));
						}),
				deviation("a broken pagination total: fewer in total than on the page", "listContacts",
						"@contacts and @readonly", (server, sandbox) -> {
							ObjectNode page = sandbox.get("/contacts?limit=2");
							page.put("total", "1");
							server.stubFor(listContacts().willReturn(json(200, page.toString())));
						}),
				deviation("a renamed envelope key: segments under \"segments\" instead of \"lists\"", "listSegments",
						"@segments and @readonly", (server, sandbox) -> {
							ObjectNode page = sandbox.get("/segments?limit=3");
							page.set("segments", page.remove("lists"));
							server.stubFor(get(urlPathEqualTo("/api/segments")).withQueryParam("limit", WireMock.equalTo("3"))
								.willReturn(json(200, page.toString())));
						}),
				deviation("a non-Mautic error shape for a missing contact's notes", "listContactNotes", "@notes",
						(server, sandbox) -> server.stubFor(get(urlPathMatching("/api/contacts/\\d{9,}/notes"))
							.willReturn(json(404, """
									{"error": {"code": 404, "message": "Not found"}}""")))),
				deviation("no authentication: the contact list served without credentials", "listContacts",
						"@contacts and @readonly", (server, sandbox) -> server.stubFor(get(urlPathEqualTo("/api/contacts"))
							.withHeader("Authorization", absent())
							.willReturn(json(200, sandbox.get("/contacts?limit=2").toString())))),
				deviation("the documented {\"success\": true} instead of Mautic's 1", "addContactPoints", "@points",
						(server, sandbox) -> server.stubFor(post(urlPathMatching("/api/contacts/\\d+/points/plus/\\d+"))
							.willReturn(json(200, "{\"success\": true}")))),
				deviation("a wrong status: PUT of a missing contact answers 200 instead of 201", "replaceContact",
						"@contacts and @writes", (server, sandbox) -> server.stubFor(put(urlPathMatching("/api/contacts/\\d{9,}/edit"))
							.willReturn(json(200, sandbox.get("/contacts/" + firstContactId(sandbox)).toString())))),
				deviation("the deprecated events route served as documented", "getContactEvents", "@activity",
						(server, sandbox) -> server.stubFor(get(urlPathMatching("/api/contacts/\\d+/events"))
							.willReturn(json(200, """
									{"events": [], "filters": {"search": ""}, "order": ["", "ASC"], "types": {},
									 "total": 0, "page": 1, "limit": 25, "maxPages": 0}""")))),
				deviation("a segment membership under the documented key \"segments\"", "listContactSegments",
						"@memberships", (server, sandbox) -> server.stubFor(get(urlPathMatching("/api/contacts/\\d+/segments"))
							.willReturn(json(200, "{\"total\": 0, \"segments\": []}")))),
				deviation("owners as an object keyed by id instead of a list", "listContactOwners", "@lists",
						(server, sandbox) -> server.stubFor(get(urlPathEqualTo("/api/contacts/list/owners"))
							.willReturn(json(200, "{\"1\": {\"id\": 1, \"firstName\": \"Admin\", \"lastName\": \"User\"}}")))),
				deviation("an HTML error page instead of JSON", "listContactFields", "@lists",
						(server, sandbox) -> server.stubFor(get(urlPathEqualTo("/api/contacts/list/fields"))
							.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
								.withBody("<html><body>Internal Server Error</body></html>")))),
				deviation("a missing contact's segment add answers 200", "addContactToSegment", "@segment-membership",
						(server, sandbox) -> server.stubFor(post(urlPathMatching("/api/segments/\\d+/contact/\\d{9,}/add"))
							.willReturn(json(200, "{\"success\": 1}")))),
				deviation("the Mautic 404 for a missing contact answered with an empty body", "getContact",
						"@contacts and @readonly", (server, sandbox) -> server.stubFor(get(urlPathMatching("/api/contacts/\\d{9,}"))
							.willReturn(aResponse().withStatus(404)))));
	}

	private static RunResult runKit(String tags) {
		ConformanceConfig config = ConformanceConfig.allScenarios(URI.create(deviant.baseUrl()),
				new Credentials.Basic("admin", "mautic"), Path.of("target/conformance-reports/deviant")).withTags(tags);
		return new ConformanceRunner(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
			.run(config);
	}

	private static MappingBuilder listContacts() {
		return get(urlPathEqualTo("/api/contacts")).withQueryParam("limit", WireMock.equalTo("2"));
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static String firstSegmentId(SandboxBodies sandbox) {
		return sandbox.get("/segments?limit=1&minimal=true").get("lists").values().iterator().next().get("id").asString();
	}

	private static String firstContactId(SandboxBodies sandbox) {
		return sandbox.get("/contacts?limit=1&minimal=true").get("contacts").values().iterator().next().get("id").asString();
	}

	private static Arguments deviation(String name, String operationId, String tags,
			BiConsumer<WireMockServer, SandboxBodies> stub) {
		return Arguments.of(Named.of(name, new Deviation(operationId, tags, stub)));
	}

	/**
	 * One injected deviation.
	 *
	 * @param operationId the operation the kit must report as failed
	 * @param tags the scenarios to run
	 * @param stub how the deviant server deviates, given real answers of the sandbox
	 */
	record Deviation(String operationId, String tags, BiConsumer<WireMockServer, SandboxBodies> stub) {

	}

}
