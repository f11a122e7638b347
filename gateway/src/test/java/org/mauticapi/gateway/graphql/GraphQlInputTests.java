package org.mauticapi.gateway.graphql;

import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arguments beyond scalars: custom field values in contact inputs, and
 * {@code where}/{@code order} clauses sent as PHP arrays. Every request a field builds is
 * checked against the contract first; what it does not allow, or what would be ambiguous,
 * is {@code BAD_USER_INPUT} naming the place, and Mautic never sees it.
 */
class GraphQlInputTests {

	private static final String EMPTY_LIST = "{\"total\":\"0\",\"contacts\":{}}";

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start();

	private static final WireMockServer mautic = fixture.mautic();

	private static final HttpGraphQlTester graphQl = fixture.graphQl().build();

	@Test
	void customFieldValuesAreMergedIntoTheContactsBody() {
		mautic.stubFor(
				post(urlEqualTo("/api/contacts/new")).willReturn(okJson("{\"contact\":{\"id\":7}}").withStatus(201)));

		graphQl.document(
				"""
						mutation { createContact(contact: {email: "ada@example.com", fields: [{alias: "loyalty_tier", value: "gold"},
						  {alias: "annual_spend", value: "12500.5"}, {alias: "newsletter_optin", value: "1"},
						  {alias: "interests", values: ["ai", "math"]}, {alias: "favourite_colour", value: null}]}) { id } }""")
			.execute()
			.path("createContact.id")
			.entity(Integer.class)
			.isEqualTo(7);
		mautic.verify(1, postRequestedFor(urlEqualTo("/api/contacts/new")).withRequestBody(equalToJson("""
				{"email": "ada@example.com", "loyalty_tier": "gold", "annual_spend": "12500.5", "newsletter_optin": "1",
				 "interests": ["ai", "math"], "favourite_colour": null}""")));
	}

	@Test
	void aBatchEditCarriesCustomFieldValuesPerItem() {
		mautic.stubFor(patch(urlEqualTo("/api/contacts/batch/edit"))
			.willReturn(okJson("{\"contacts\":[{\"id\":5},{\"id\":6}],\"statusCodes\":[200,200]}")));

		graphQl.document(
				"""
						mutation { updateContacts(contacts: [{id: 5, fields: [{alias: "loyalty_tier", value: "gold"}]},
						  {id: 6, city: "Bern", fields: [{alias: "loyalty_tier", value: "silver"}]}]) { items { index statusCode } } }""")
			.execute()
			.path("updateContacts.items[*].statusCode")
			.entityList(Integer.class)
			.containsExactly(200, 200);
		mautic.verify(1, patchRequestedFor(urlEqualTo("/api/contacts/batch/edit")).withRequestBody(equalToJson("""
				[{"id": 5, "loyalty_tier": "gold"}, {"id": 6, "city": "Bern", "loyalty_tier": "silver"}]""")));
	}

	@ParameterizedTest
	@MethodSource("refusedInputs")
	void anInputThatCannotBeSentAsMeantIsRefusedNamingItsPlace(String document, String named) {
		graphQl.document(document)
			.execute()
			.errors()
			.satisfy(singleBadInput((error) -> assertThat(error.getMessage()).contains(named)));

		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	static List<Arguments> refusedInputs() {
		return List.of(refused("a custom field clashing with a typed field",
				"mutation { createContact(contact: {fields: [{alias: \"email\", value: \"x@example.com\"}]}) { id } }",
				"contact.fields[0].alias: \"email\" is a field of ContactInput; set it there"),
				refused("a key that is not an alias",
						"mutation { createContact(contact: {fields: [{alias: \"Loyalty Tier\", value: \"gold\"}]}) { id } }",
						"contact.fields[0].alias: \"Loyalty Tier\" is not a valid field alias"),
				refused("an alias given twice", """
						mutation { updateContacts(contacts: [{id: 5, fields: [{alias: "tier", value: "a"},
						  {alias: "tier", value: "b"}]}]) { items { index } } }""",
						"contacts[0].fields[1].alias: \"tier\" is given twice"),
				refused("a value given as text and as a list",
						"mutation { createContact(contact: {fields: [{alias: \"interests\", value: \"ai\", values: [\"ai\"]}]}) { id } }",
						"contact.fields[0]: give value or values, not both"),
				refused("a page size of 0", "{ contacts(first: 0) { totalCount } }", "first: 0 is not a page size"),
				refused("a negative page size", "{ contacts(first: -1) { totalCount } }",
						"first: -1 is not a page size"),
				refused("a cursor this API did not give", "{ contacts(after: \"garbage\") { totalCount } }",
						"after: \"garbage\" is not a cursor of this connection"),
				refused("an invalid email in a batch item",
						"mutation { createContacts(contacts: [{email: \"a@example.com\"}, {email: \"nope\"}]) { items { index } } }",
						"contacts[1].email: is not a valid email address"),
				refused("an email the contract does not allow",
						"mutation { createContact(contact: {email: \"not an address\"}) { id } }",
						"contact.email: is not a valid email address"),
				refused("an unknown where expression",
						"{ contacts(where: [{col: \"email\", expr: DROP, val: \"x\"}]) { totalCount } }",
						"is not a valid 'WhereExpression'"),
				refused("a nested clause without expression",
						"{ contacts(where: [{expr: OR_X, clauses: [{col: \"points\", expr: GTE, val: \"1\"}, {col: \"city\"}]}]) { totalCount } }",
						"where[0].clauses[1].expr: is required"),
				refused("a column that is not a column",
						"{ contacts(where: [{col: \"1=1; --\", expr: EQ, val: \"x\"}]) { totalCount } }",
						"where[0].col: does not match"),
				refused("two forms of one clause value",
						"{ contacts(where: [{expr: OR_X, val: \"x\", clauses: []}]) { totalCount } }",
						"where[0].clauses: give val or clauses, not both"),
				refused("an order clause without column", "{ contacts(order: [{dir: ASC}]) { totalCount } }",
						"order[0].col: is required"));
	}

	@Test
	void whereAndOrderClausesAreSentAsPhpArrays() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(okJson(EMPTY_LIST)));

		graphQl
			.document(
					"""
							{ contacts(first: 5, where: [{col: "email", expr: LIKE, val: "%@example.com"},
							    {expr: OR_X, clauses: [{col: "points", expr: BETWEEN, values: ["10", "20"]}, {col: "city", expr: IS_NULL}]}],
							  order: [{col: "lastname", dir: ASC}]) { totalCount } }""")
			.execute()
			.path("contacts.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		mautic.verify(1,
				getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("limit", equalTo("5"))
					.withQueryParam("where[0][col]", equalTo("email"))
					.withQueryParam("where[0][expr]", equalTo("like"))
					.withQueryParam("where[0][val]", equalTo("%@example.com"))
					.withQueryParam("where[1][expr]", equalTo("orX"))
					.withQueryParam("where[1][val][0][col]", equalTo("points"))
					.withQueryParam("where[1][val][0][expr]", equalTo("between"))
					.withQueryParam("where[1][val][0][val][0]", equalTo("10"))
					.withQueryParam("where[1][val][0][val][1]", equalTo("20"))
					.withQueryParam("where[1][val][1][col]", equalTo("city"))
					.withQueryParam("where[1][val][1][expr]", equalTo("isNull"))
					.withQueryParam("order[0][col]", equalTo("lastname"))
					.withQueryParam("order[0][dir]", equalTo("asc"))
					// The id breaks ties, so that pages keep one order.
					.withQueryParam("order[1][col]", equalTo("id"))
					.withQueryParam("order[1][dir]", equalTo("asc")));
	}

	@Test
	void contactPagesAreInATotalOrderWhateverOrderIsAskedFor() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(okJson("{\"total\":\"0\",\"contacts\":[]}")));

		graphQl.document(
				"{ a: contacts(first: 5) { totalCount } b: contacts(first: 5, orderBy: \"points\", orderByDir: DESC) { totalCount } }")
			.execute()
			.path("a.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);

		// Mautic's default (the most recently active first), then the id.
		mautic.verify(1,
				getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("order[0][col]", equalTo("last_active"))
					.withQueryParam("order[0][dir]", equalTo("desc"))
					.withQueryParam("order[1][col]", equalTo("id")));
		// orderBy becomes the first clause (order replaces it in Mautic).
		mautic.verify(1,
				getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("order[0][col]", equalTo("points"))
					.withQueryParam("order[0][dir]", equalTo("desc"))
					.withQueryParam("order[1][col]", equalTo("id"))
					.withoutQueryParam("orderBy"));
	}

	@Test
	void aSegmentsContactsAndTheSegmentListTakeWhereClausesToo() {
		mautic.stubFor(
				get(urlPathEqualTo("/api/segments/3")).willReturn(okJson("{\"list\":{\"id\":3,\"alias\":\"vip\"}}")));
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(okJson(EMPTY_LIST)));
		mautic.stubFor(get(urlPathEqualTo("/api/segments")).willReturn(okJson("{\"total\":0,\"lists\":[]}")));

		graphQl.document("""
				{ segmentById(id: 3) { contacts(where: [{col: "city", expr: EQ, val: "Bern"}]) { totalCount } }
				  segments(where: [{col: "isGlobal", expr: EQ, val: "1"}]) { totalCount } }""")
			.execute()
			.path("segmentById.contacts.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("segments.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		mautic.verify(1,
				getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("search", equalTo("segment:vip"))
					.withQueryParam("where[0][val]", equalTo("Bern")));
		mautic.verify(1,
				getRequestedFor(urlPathEqualTo("/api/segments")).withQueryParam("where[0][col]", equalTo("isGlobal")));
	}

	private static Arguments refused(String name, String document, String named) {
		return Arguments.of(Named.of(name, document), named);
	}

	private static Consumer<List<ResponseError>> singleBadInput(Consumer<ResponseError> check) {
		return (errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			check.accept(error);
		});
	}

}
