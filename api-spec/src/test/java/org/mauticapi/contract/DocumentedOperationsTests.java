package org.mauticapi.contract;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the spec declares every documented operation, and each completely: ids,
 * docs, success and error responses.
 */
class DocumentedOperationsTests {

	static List<SpecFixtures.DocumentedOperation> documented() {
		return SpecFixtures.documentedOperations();
	}

	static Stream<ContractOperation> operations() {
		return SpecFixtures.CONTRACT.operations().stream();
	}

	@Test
	void declaresAsManyOperationsAsTheDocumentationLists() {
		assertThat(SpecFixtures.CONTRACT.operations()).hasSameSizeAs(documented());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documented")
	void declaresDocumentedOperation(SpecFixtures.DocumentedOperation operation) {
		assertThat(SpecFixtures.operationFor(operation.method(), operation.path())).isNotNull();
	}

	@Test
	void declaresNoOperationBeyondTheDocumentedOnes() {
		List<String> documented = documented().stream()
			.map((operation) -> operation.method() + " " + SpecFixtures.normalise(operation.path()))
			.toList();

		List<String> declared = operations()
			.map((operation) -> operation.method() + " " + SpecFixtures.normalise(operation.pathTemplate()))
			.toList();

		assertThat(declared).containsExactlyInAnyOrderElementsOf(documented);
	}

	@Test
	void operationIdsAreUniqueAndCamelCase() {
		List<String> ids = operations().map(ContractOperation::operationId).toList();

		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z][a-zA-Z0-9]+"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void hasSummaryDescriptionAndOneTag(ContractOperation operation) {
		JsonNode node = operation.node();

		assertThat(node.path("summary").asString("")).isNotBlank();
		assertThat(node.path("description").asString("")).isNotBlank();
		assertThat(node.path("tags").size()).isEqualTo(1);
		assertThat(node.path("tags").get(0).asString()).isIn("Contacts", "Segments");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void hasSuccessResponseWithJsonSchema(ContractOperation operation) {
		List<String> successes = operation.declaredStatuses()
			.stream()
			.filter((status) -> status.startsWith("2"))
			.toList();

		assertThat(successes).isNotEmpty();
		assertThat(successes).allSatisfy(
				(status) -> assertThat(SpecFixtures.CONTRACT.responseSchema(operation, Integer.parseInt(status)))
					.isPresent());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void declaresTheErrorsEveryOperationCanProduce(ContractOperation operation) {
		assertThat(operation.declaredStatuses()).contains("401");
		if (operation.pathTemplate().contains("{")) {
			assertThat(operation.declaredStatuses()).as("a path with an id can be not found").contains("404");
		}
		operation.declaredStatuses()
			.stream()
			.filter((status) -> status.startsWith("4") || status.startsWith("5"))
			.forEach((status) -> assertThat(SpecFixtures.CONTRACT.responseSchema(operation, Integer.parseInt(status)))
				.as("error %s has Mautic's error schema", status)
				.isPresent());
	}

}
