package org.mauticapi.conformance.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.PatternFormat;
import com.networknt.schema.keyword.NonValidationKeyword;
import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.conformance.http.Exchange;

/**
 * Checks answers against the contract's response schemas, with formats asserted as Mautic
 * sends them. The contract itself leaves formats unchecked in answers; the kit checks
 * {@code date-time} strictly, because a client written against Mautic parses its dates
 * one way: PHP's {@code c} format, {@code 2024-10-24T10:11:12+00:00} (the JMS
 * serializer's {@code default_format} in mautic/mautic {@code app/config/config.php}).
 * Emails are not checked: an instance serves whatever older Mautic versions stored.
 */
public final class AnswerShapes {

	// Registered under this id, so that "#/components/..." references resolve without
	// I/O.
	private static final String DOCUMENT_ID = "https://contract.mauticapi.invalid/conformance.json";

	private static final String MAUTIC_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$";

	private final MauticApiContract contract;

	private final SchemaRegistry registry;

	public AnswerShapes(MauticApiContract contract) {
		this.contract = contract;
		Dialect dialect = Dialect.builder(Dialects.getOpenApi30())
			.format(PatternFormat.of("date-time", MAUTIC_DATE_TIME, null))
			.format(new AnyValue("email"))
			// The spec's own annotations (x-mautic-quirk...) say why a schema is as it
			// is; they validate nothing.
			.unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword))
			.build();
		String document = JsonMapper.shared().writeValueAsString(contract.document());
		this.registry = SchemaRegistry.withDefaultDialect(dialect,
				(builder) -> builder.schemas(Map.of(DOCUMENT_ID, document))
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
	}

	/**
	 * The operation of the contract an exchange is an instance of.
	 * @param exchange the exchange
	 * @return the operation, empty for a request outside the contract (a set-up call)
	 */
	public Optional<ContractOperation> operationOf(Exchange exchange) {
		return this.contract.operation(exchange.method(), exchange.pathWithoutQuery());
	}

	/**
	 * What is wrong with an answer of a documented operation.
	 * @param exchange the exchange
	 * @return the problems, empty when the answer has the contract's shape (or the
	 * request is not in the contract)
	 */
	public List<String> problems(Exchange exchange) {
		Optional<ContractOperation> operation = operationOf(exchange);
		if (operation.isEmpty()) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		if (operation.get().responseKey(exchange.status()).isEmpty()) {
			problems.add("the spec declares no status " + exchange.status() + " for " + operation.get().method() + " "
					+ operation.get().pathTemplate() + " (declared: "
					+ String.join(", ", operation.get().declaredStatuses()) + ")");
			return problems;
		}
		if (exchange.body() == null) {
			problems.add("the body is not JSON: " + abbreviate(exchange.bodyText()));
			return problems;
		}
		if (!exchange.declaresJson()) {
			problems.add("the body is JSON but labelled " + exchange.contentType() + ", not application/json");
		}
		responseSchema(operation.get(), exchange.status()).ifPresentOrElse(
				(schema) -> schema.validate(exchange.body())
					.forEach((error) -> problems.add(error.getInstanceLocation() + ": " + error.getMessage())),
				() -> problems.add("the spec declares no JSON schema for status " + exchange.status()));
		return problems;
	}

	private Optional<Schema> responseSchema(ContractOperation operation, int status) {
		return operation.responseKey(status)
			.map((key) -> followReferences(operation.pointer() + "/responses/" + key))
			.map((response) -> response + "/content/application~1json/schema")
			.filter((pointer) -> !this.contract.document().at(pointer).isMissingNode())
			.map((pointer) -> this.registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + encodeFragment(pointer))));
	}

	private String followReferences(String jsonPointer) {
		String pointer = jsonPointer;
		for (int depth = 0; depth < 32 && this.contract.document().at(pointer).has("$ref"); depth++) {
			pointer = this.contract.document().at(pointer).get("$ref").asString().substring(1);
		}
		return pointer;
	}

	private static String encodeFragment(String jsonPointer) {
		return jsonPointer.replace("%", "%25").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
	}

	/**
	 * Shortens a body for a message.
	 * @param text the body
	 * @return at most 500 characters of it
	 */
	public static String abbreviate(String text) {
		String line = text.strip();
		return (line.length() > 500) ? line.substring(0, 497) + "..." : line;
	}

	/** A format the kit does not assert. */
	private static final class AnyValue implements Format {

		private final String name;

		AnyValue(String name) {
			this.name = name;
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public boolean matches(ExecutionContext context, String value) {
			return true;
		}

	}

}
