package org.mauticapi.contract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every response recorded from a real Mautic 5.1.0, in the recordings and in
 * the recorded held-out scenarios, validates against the spec's schema for its operation
 * and status: the spec describes what Mautic really sends.
 */
class RecordedResponsesTests {

	static List<SpecFixtures.Recording> documentedRecordings() {
		return SpecFixtures.recordings().stream().filter(SpecFixtures.Recording::isDocumentedOperation).toList();
	}

	static List<SpecFixtures.Recording> documentedScenarioRecordings() {
		return SpecFixtures.scenarioRecordings()
			.stream()
			.filter(SpecFixtures.Recording::isDocumentedOperation)
			.toList();
	}

	@Test
	void recordingsCoverEveryDocumentedOperation() {
		List<String> recorded = documentedRecordings().stream()
			.map((recording) -> recording.method() + " " + recording.template())
			.distinct()
			.toList();

		List<String> unrecorded = SpecFixtures.CONTRACT.operations()
			.stream()
			.map((operation) -> operation.method() + " " + operation.pathTemplate())
			.filter((operation) -> !recorded.contains(operation))
			.toList();

		assertThat(unrecorded)
			.as("operations of the spec without a recorded exchange with a real Mautic "
					+ "(add one to src/test/resources/recordings/5.1.0, see docs/adding-an-operation.md)")
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "documentedRecordings", "documentedScenarioRecordings" })
	void recordedResponseMatchesTheSpec(SpecFixtures.Recording recording) {
		ContractOperation operation = SpecFixtures.operationFor(recording.method(), recording.template());

		List<String> problems = SpecFixtures.CONTRACT.validateResponse(operation, recording.status(), recording.body());

		assertThat(problems).as("%s answered %d", operation, recording.status()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documentedRecordings")
	void recordedRequestPathFindsItsOperationUnlessMauticRoutesItNowhere(SpecFixtures.Recording recording) {
		String path = recording.exchange().path("request").path("path").asString();
		ContractOperation expected = SpecFixtures.operationFor(recording.method(), recording.template());
		// A documented operation Mautic does not route at all (x-mautic-quirk:
		// not-routed) is still the contract's.
		boolean notRouted = recording.body()
			.path("errors")
			.path(0)
			.path("message")
			.asString("")
			.startsWith("Requested URL not found")
				&& !"not-routed".equals(expected.node().path("x-mautic-quirk").asString(""));

		assertThat(SpecFixtures.CONTRACT.operation(recording.method(), path))
			.isEqualTo(notRouted ? java.util.Optional.empty() : java.util.Optional.of(expected));
	}

}
