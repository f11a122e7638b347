package org.mauticapi.gateway.graphql.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.schema.FieldCoordinates;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationCall;
import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationWrite;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Param;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Property;
import org.mauticapi.gateway.graphql.schema.FieldBinding.ValueShape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link SchemaDerivation}: the schema follows the spec and the mapping, with
 * no hand-written SDL.
 */
class SchemaDerivationTests {

	// The first segment property after which the test adds one: Segment's alias.
	private static final String SEGMENT_ALIAS = "        alias:\n          type: string\n"
			+ "          description: Unique slug generated";

	@Test
	void derivedSdlIsValidGraphQl() {
		String sdl = SchemaDerivation.derive(MauticApiContract.load(), GraphQlMapping.load()).sdl();

		assertThat(new SchemaParser().parse(sdl).getType("Contact")).isPresent();
	}

	@Test
	void aPropertyAddedToTheSpecBecomesAField() throws IOException {
		String spec = shippedSpec().replaceFirst(java.util.regex.Pattern.quote(SEGMENT_ALIAS),
				"        audienceSize:\n          type: string\n          x-mautic-quirk: string-number\n"
						+ SEGMENT_ALIAS);

		DerivedSchema derived = SchemaDerivation.derive(MauticApiContract.parse(spec), GraphQlMapping.load());

		assertThat(spec).contains("audienceSize");
		assertThat(derived.sdl()).contains("  audienceSize: Int\n");
		assertThat(derived.bindings()).containsEntry(FieldCoordinates.coordinates("Segment", "audienceSize"),
				new Property("audienceSize", ValueShape.VALUE));
	}

	@Test
	void anOperationBoundInTheMappingBecomesAFieldWithItsParametersAsArguments() {
		GraphQlMapping mapping = GraphQlMapping.parse("""
				query:
				  contactNotes:
				    operation: listContactNotes
				    result: notes
				""");

		DerivedSchema derived = SchemaDerivation.derive(MauticApiContract.load(), mapping);

		assertThat(derived.sdl()).containsPattern("contactNotes\\(\\n(.*\\n)*?\\s+id: ID!\\n");
		assertThat(derived.bindings().get(FieldCoordinates.coordinates("Query", "contactNotes")))
			.isInstanceOfSatisfying(OperationCall.class,
					(call) -> assertThat(call.pathTemplate()).isEqualTo("/contacts/{id}/notes"));
	}

	@Test
	void everyOperationMauticRoutesIsReachableThroughAField() {
		MauticApiContract contract = MauticApiContract.load();
		List<String> bound = SchemaDerivation.derive(contract, GraphQlMapping.load())
			.bindings()
			.values()
			.stream()
			.map((binding) -> (binding instanceof OperationCall call) ? call.operationId()
					: (binding instanceof OperationWrite write) ? write.operationId() : "")
			.toList();

		List<String> routed = contract.operations()
			.stream()
			.filter((operation) -> !"not-routed".equals(operation.node().path("x-mautic-quirk").asString("")))
			.map(ContractOperation::operationId)
			.toList();

		assertThat(routed).hasSize(contract.operations().size() - 1)
			.allSatisfy(
					(operationId) -> assertThat(bound).as("a field bound to %s", operationId).contains(operationId));
	}

	@Test
	void aBindingToAnUnknownOperationStopsTheDerivation() {
		GraphQlMapping mapping = GraphQlMapping.parse("query:\n  nothing:\n    operation: listNothing\n");

		assertThatIllegalStateException().isThrownBy(() -> SchemaDerivation.derive(MauticApiContract.load(), mapping))
			.withMessageContaining("Query.nothing names the unknown operation listNothing");
	}

	@Test
	void aWriteBoundInTheMappingBecomesAMutationWithItsBodyAsAnInputArgument() {
		GraphQlMapping mapping = GraphQlMapping.parse("""
				mutation:
				  editNote:
				    operation: editContact
				    body: changes
				    result: contact
				""");

		DerivedSchema derived = SchemaDerivation.derive(MauticApiContract.load(), mapping);

		assertThat(derived.sdl())
			.containsPattern("editNote\\(\\n(.*\\n)*?\\s+changes: ContactPayloadInput!\\n(.*\\n)*?  \\): Contact\\n")
			.contains("input ContactPayloadInput {\n")
			.containsPattern("\\n  tags: \\[String!]\\n");
		assertThat(derived.bindings().get(FieldCoordinates.coordinates("Mutation", "editNote")))
			.isEqualTo(new OperationWrite("editContact", "PATCH", "/contacts/{id}/edit",
					List.of(new Param("id", true, "id", null, false)), "changes", List.of("contact")));
	}

	@Test
	void aMutationMustBindAWriteAndSendTheBodyItNeeds() {
		GraphQlMapping read = GraphQlMapping.parse("mutation:\n  contact:\n    operation: getContact\n");
		GraphQlMapping noBody = GraphQlMapping.parse("mutation:\n  edit:\n    operation: editContact\n");

		assertThatIllegalStateException().isThrownBy(() -> SchemaDerivation.derive(MauticApiContract.load(), read))
			.withMessageContaining("Mutation.contact binds getContact, which is a read");
		assertThatIllegalStateException().isThrownBy(() -> SchemaDerivation.derive(MauticApiContract.load(), noBody))
			.withMessageContaining("Mutation.edit sends no body, but editContact needs one");
	}

	@Test
	void schemasSharingAnInputTypeMustHaveTheSameProperties() {
		GraphQlMapping mapping = GraphQlMapping.parse("""
				types:
				  ContactPayload: {input: SegmentInput}
				  SegmentCreate: {input: SegmentInput}
				mutation:
				  a: {operation: createContact, body: contact}
				  b: {operation: createSegment, body: segment}
				""");

		assertThatIllegalStateException().isThrownBy(() -> SchemaDerivation.derive(MauticApiContract.load(), mapping))
			.withMessageContaining("SegmentCreate is given as the input type SegmentInput");
	}

	private static String shippedSpec() throws IOException {
		try (InputStream in = MauticApiContract.class.getClassLoader()
			.getResourceAsStream(MauticApiContract.CLASSPATH_LOCATION)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
