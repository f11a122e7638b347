package org.mauticapi.client;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.spec.client.model.ContactGetResponse;
import org.mauticapi.spec.client.model.ContactListItem;
import org.mauticapi.spec.client.model.ContactListResponse;
import org.mauticapi.spec.client.model.FilterGlue;
import org.mauticapi.spec.client.model.FilterObject;
import org.mauticapi.spec.client.model.FilterOperator;
import org.mauticapi.spec.client.model.FilterPropertiesInput;
import org.mauticapi.spec.client.model.SegmentCreate;
import org.mauticapi.spec.client.model.SegmentFilterInput;
import org.mauticapi.spec.client.model.SegmentResponse;
import org.mauticapi.spec.client.model.WhereClause;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.web.reactive.function.client.WebClientResponseException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the generated Java client talks to a server answering the spec's own
 * examples, and decodes them, quirks included.
 */
class JavaClientRoundTripTests {

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	@RegisterExtension
	static WireMockExtension mautic = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private MauticApiClient client;

	@BeforeEach
	void setUp() {
		this.client = MauticApiClient.forBaseUrl(mautic.baseUrl());
		this.client.setUsername("admin");
		this.client.setPassword("secret");
	}

	@Test
	void getsAContactWithCredentials() {
		JsonNode contact = example("/contacts/{id}", "get", "200", "documented").path("contact");
		mautic.stubFor(get("/api/contacts/47").willReturn(json(200, JSON.objectNode().set("contact", contact))));

		ContactGetResponse response = this.client.contacts().getContact(47L, null).block();

		assertThat(response.getContact().getId()).isEqualTo(47);
		assertThat(response.getContact().getFields().getAll().getId()).as("fields.all.id is a string").isEqualTo("47");
		assertThat(response.getContact().getFields().getAll().getAdditionalProperty("email").asString())
			.isEqualTo(contact.path("fields").path("all").path("email").asString());
		assertThat(response.getContact().getIpAddresses()).isNotEmpty();
		mautic.verify(getRequestedFor(urlPathEqualTo("/api/contacts/47")).withHeader("Authorization",
				equalTo("Basic YWRtaW46c2VjcmV0")));
	}

	@Test
	void listsContactsWithAWhereFilterInPhpArraySyntax() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).withQueryParam("where[0][col]", equalTo("email"))
			.withQueryParam("where[0][expr]", equalTo("eq"))
			.withQueryParam("where[0][val]", equalTo("jim@his-site.com"))
			.willReturn(json(200, example("/contacts", "get", "200", "documented"))));
		WhereClause byEmail = new WhereClause().col("email")
			.expr(WhereClause.ExprEnum.EQ)
			.val(JSON.stringNode("jim@his-site.com"));

		ContactListResponse response = list(List.of(byEmail));

		assertThat(response.getTotal()).as("total is a string in this list only").isEqualTo("1");
		assertThat(response.getContacts()).containsOnlyKeys("47");
	}

	@Test
	void sendsCompositeWhereClausesNested() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).withQueryParam("where[0][expr]", equalTo("orX"))
			.withQueryParam("where[0][val][0][col]", equalTo("city"))
			.withQueryParam("where[0][val][1][val]", equalTo("Helsinki"))
			.willReturn(json(200, example("/contacts", "get", "200", "empty"))));
		JsonNode cities = JSON.arrayNode()
			.add(JSON.objectNode().put("col", "city").put("expr", "eq").put("val", "Boston"))
			.add(JSON.objectNode().put("col", "city").put("expr", "eq").put("val", "Helsinki"));

		ContactListResponse response = list(List.of(new WhereClause().expr(WhereClause.ExprEnum.OR_X).val(cities)));

		assertThat(response.getTotal()).isEqualTo("0");
		assertThat(response.getContacts()).as("{} when empty").isEmpty();
	}

	@Test
	void keepsTheServersOrderOfIdKeyedContacts() {
		JsonNode page = example("/contacts", "get", "200", "select");
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(json(200, page)));

		ContactListResponse response = list(null);

		assertThat(response.getContacts().keySet()).containsExactlyElementsOf(page.path("contacts").propertyNames());
		assertThat(response.getContacts().values()).extracting(ContactListItem::getId).doesNotContainNull();
	}

	@Test
	void createsASegmentWithFilters() {
		JsonNode request = example("/segments/new", "post", "request", "recordedSelectIn");
		mautic.stubFor(post("/api/segments/new").withRequestBody(equalToJson(request.toString()))
			.willReturn(json(201, example("/segments/new", "post", "201", "recordedSelectIn"))));
		JsonNode filter = request.path("filters").get(0);
		SegmentFilterInput tier = new SegmentFilterInput().glue(FilterGlue.AND)
			.field(filter.path("field").asString())
			._object(FilterObject.LEAD)
			.type(filter.path("type").asString())
			.operator(FilterOperator.fromValue(filter.path("operator").asString()))
			.properties(new FilterPropertiesInput().filter(filter.path("properties").path("filter")));
		SegmentCreate segment = new SegmentCreate().name(request.path("name").asString())
			.alias(request.path("alias").asString())
			.description(request.path("description").asString())
			.isPublished(request.path("isPublished"))
			.isGlobal(request.path("isGlobal"))
			.filters(List.of(tier));

		SegmentResponse response = this.client.segments().createSegment(segment).block();

		assertThat(response.getList().getId()).isPositive();
		assertThat(response.getList().getName()).isEqualTo(request.path("name").asString());
		assertThat(response.getList().getFilters()).singleElement()
			.satisfies((decoded) -> assertThat(decoded.getOperator()).isEqualTo(tier.getOperator()));
	}

	@Test
	void leavesUnsetPropertiesOutButSendsExplicitNulls() {
		mautic.stubFor(
				post("/api/segments/new").withRequestBody(equalToJson("{\"name\": \"Blank\", \"description\": null}"))
					.willReturn(json(201, example("/segments/new", "post", "201", "recordedSelectIn"))));

		SegmentResponse response = this.client.segments()
			.createSegment(new SegmentCreate().name("Blank").description(null))
			.block();

		assertThat(response).isNotNull();
	}

	@Test
	void surfacesMauticErrorsWithTheirBody() {
		mautic
			.stubFor(get("/api/contacts/999999").willReturn(json(404, example("/contacts/{id}", "get", "404", null))));

		assertThatExceptionOfType(WebClientResponseException.NotFound.class)
			.isThrownBy(() -> this.client.contacts().getContact(999999L, null).block())
			.satisfies((ex) -> assertThat(ex.getResponseBodyAsString()).contains("\"errors\""));
	}

	private ContactListResponse list(List<WhereClause> where) {
		return this.client.contacts()
			.listContacts(null, null, null, null, null, null, null, null, where, null, null)
			.block();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, JsonNode body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString());
	}

	/**
	 * An example from the spec: a response's, or (status "request") the request body's;
	 * the first if unnamed.
	 */
	private static JsonNode example(String path, String method, String status, String name) {
		JsonNode operation = CONTRACT.document().path("paths").path(path).path(method);
		JsonNode holder = status.equals("request") ? operation.path("requestBody")
				: operation.path("responses").path(status);
		JsonNode examples = CONTRACT.resolve(holder).path("content").path("application/json").path("examples");
		JsonNode example = (name != null) ? examples.path(name) : examples.values().iterator().next();
		assertThat(example.isMissingNode()).as("example %s of %s %s %s", name, method, path, status).isFalse();
		return CONTRACT.resolve(example).path("value");
	}

}
