package org.mauticapi.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.auth.ApiKeyFilter;
import org.mauticapi.gateway.config.GatewayConfigurationException;
import org.mauticapi.gateway.graphql.schema.DerivedSchema;
import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code mautic.graphql.custom-fields.typed}: the instance's custom fields, read at
 * start-up, become typed fields of {@code Contact} and the contact inputs; without
 * credentials or an answer the start fails naming the property.
 */
@ExtendWith(OutputCaptureExtension.class)
class GraphQlTypedCustomFieldsTests {

	private static final String FIELDS = "/api/contacts/list/fields";

	private static final String API_KEY = "typed-key";

	// As recorded with six custom fields, plus a company field, a core field, and aliases
	// GraphQL cannot take.
	private static final String FIELD_LIST = """
			{"44": {"id": 44, "label": "Loyalty Tier", "alias": "loyalty_tier", "type": "select", "object": "lead"},
			 "45": {"id": 45, "label": "Annual Spend", "alias": "annual_spend", "type": "number", "object": "lead"},
			 "46": {"id": 46, "label": "Newsletter", "alias": "newsletter_optin", "type": "boolean", "object": "lead"},
			 "47": {"id": 47, "label": "Contract Date", "alias": "contract_date", "type": "date", "object": "lead"},
			 "48": {"id": 48, "label": "Seen", "alias": "seen_at", "type": "datetime", "object": "lead"},
			 "49": {"id": 49, "label": "Interests", "alias": "interests", "type": "multiselect", "object": "lead"},
			 "6": {"id": 6, "label": "Email", "alias": "email", "type": "email", "object": "lead"},
			 "50": {"id": 50, "label": "Segments", "alias": "segments", "type": "text", "object": "lead"},
			 "51": {"id": 51, "label": "Odd", "alias": "2nd_phone", "type": "tel", "object": "lead"},
			 "41": {"id": 41, "label": "Revenue", "alias": "companyannual_revenue", "type": "number", "object": "company"}}""";

	private static WireMockServer mautic;

	private static RunningGateway gateway;

	private static HttpGraphQlTester graphQl;

	@BeforeAll
	static void start() {
		mautic = FakeMautic.start();
		mautic.stubFor(get(urlEqualTo(FIELDS)).willReturn(okJson(FIELD_LIST)));
		gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic), "mautic.auth.mode=service",
				"mautic.auth.username=svc", "mautic.auth.password=s3rvice", "mautic.api-keys[0]=" + API_KEY,
				"mautic.graphql.custom-fields.typed=true");
		graphQl = HttpGraphQlTester.create(gateway.client().mutate().baseUrl(gateway.url() + "/graphql").build())
			.mutate()
			.header(ApiKeyFilter.HEADER, API_KEY)
			.build();
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.stop();
	}

	@Test
	void theFieldsAreReadOnceWithTheGatewaysCredentials() {
		mautic.verify(1, getRequestedFor(urlEqualTo(FIELDS)).withHeader("Authorization", equalTo(
				"Basic " + Base64.getEncoder().encodeToString("svc:s3rvice".getBytes(StandardCharsets.UTF_8)))));
	}

	@Test
	void eachCustomFieldIsAFieldOfItsType() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson("""
				{"contact": {"id": 5, "fields": {"all": {"id": "5", "email": "c5@example.com", "loyalty_tier": "gold",
				  "annual_spend": "12500.5", "newsletter_optin": "1", "contract_date": "2026-11-01",
				  "seen_at": "2026-11-21 08:15:00", "interests": "ai|math", "segments": "x"}}}}""")));

		graphQl.document("""
				{ contact(id: 5) { email loyaltyTier annualSpend newsletterOptin contractDate seenAt interests } }""")
			.execute()
			.path("contact.email")
			.entity(String.class)
			.isEqualTo("c5@example.com")
			.path("contact.loyaltyTier")
			.entity(String.class)
			.isEqualTo("gold")
			.path("contact.annualSpend")
			.entity(Double.class)
			.isEqualTo(12500.5)
			.path("contact.newsletterOptin")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("contact.contractDate")
			.entity(String.class)
			.isEqualTo("2026-11-01")
			.path("contact.seenAt")
			.entity(String.class)
			.isEqualTo("2026-11-21T08:15:00Z")
			.path("contact.interests")
			.entityList(String.class)
			.containsExactly("ai", "math");
	}

	@Test
	void aliasesThatAreNoGraphQlNamesOrAnotherFieldAreLeftOutAndLogged(CapturedOutput output) {
		graphQl.document("{ __type(name: \"Contact\") { fields { name type { name kind ofType { name } } } } }")
			.execute()
			.path("__type.fields[?(@.name == 'companyannual_revenue')]")
			.pathDoesNotExist()
			.path("__type.fields[?(@.name == 'segments')].type.kind")
			.entityList(String.class)
			.containsExactly("LIST");
		assertThat(gateway.bean(DerivedSchema.class).sdl()).doesNotContain("2nd_phone")
			.contains("  annualSpend: Float\n", "  interests: [String!]\n", "  contractDate: Date\n");
		assertThat(output.getAll()).contains("left out as not GraphQL names: [2nd_phone]",
				"left out as another field of Contact has the name: [segments]");
	}

	@Test
	void theContactInputTakesThemTyped() {
		mautic.stubFor(
				post(urlEqualTo("/api/contacts/new")).willReturn(okJson("{\"contact\":{\"id\":7}}").withStatus(201)));

		graphQl.document("""
				mutation { createContact(contact: {email: "ada@example.com", loyaltyTier: "gold", annualSpend: 10.5,
				  newsletterOptin: true, contractDate: "2026-11-01", interests: ["ai", "math"]}) { id } }""")
			.execute()
			.path("createContact.id")
			.entity(Integer.class)
			.isEqualTo(7);
		mautic.verify(postRequestedFor(urlEqualTo("/api/contacts/new")).withRequestBody(equalToJson("""
				{"email": "ada@example.com", "loyalty_tier": "gold", "annual_spend": 10.5, "newsletter_optin": true,
				 "contract_date": "2026-11-01", "interests": ["ai", "math"]}""")));
	}

	@Test
	void withoutCredentialsAtStartUpTheStartFailsNamingTheProperty() {
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic),
					"mautic.graphql.custom-fields.typed=true"))
			.havingRootCause()
			.isInstanceOf(GatewayConfigurationException.class)
			.withMessageContaining("mautic.graphql.custom-fields.typed")
			.withMessageContaining("mautic.auth.mode=service");
	}

	@Test
	void whenMauticRefusesTheFieldsTheStartFailsNamingTheProperty() {
		WireMockServer refusing = FakeMautic.start();
		refusing
			.stubFor(get(urlEqualTo(FIELDS)).willReturn(unauthorized().withHeader("Content-Type", "application/json")
				.withBody("{\"errors\":[{\"code\":401,\"message\":\"API authorization denied.\"}]}")));
		try {
			assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> RunningGateway.start("mautic.base-url=" + FakeMautic.url(refusing),
						"mautic.graphql.custom-fields.typed=true", "mautic.graphql.custom-fields.username=u",
						"mautic.graphql.custom-fields.password=p"))
				.havingRootCause()
				.isInstanceOf(GatewayConfigurationException.class)
				.withMessageContaining("mautic.graphql.custom-fields.typed: the contact fields could not be read")
				.withMessageContaining("HTTP 401");
			refusing.verify(getRequestedFor(urlEqualTo(FIELDS)).withHeader("Authorization", equalTo("Basic dTpw")));
		}
		finally {
			refusing.stop();
		}
	}

}
