package org.mauticapi.contract;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mauticapi.client.MauticApiClient;
import org.mauticapi.spec.client.api.ContactsApi;
import org.mauticapi.spec.client.api.SegmentsApi;
import org.mauticapi.spec.client.model.MauticErrors;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the Java client reads every answer recorded from a real Mautic 5.1.0 into
 * the type its operation returns (or {@link MauticErrors} for an error status), losing
 * nothing: written back, the model gives the recorded body again (up to the nulls an
 * unset property leaves out, number notation and date-time offsets).
 */
class JavaClientReadsRecordingsTests {

	// The mapper the client's WebClient decodes answers with.
	private static final JsonMapper MAPPER = MauticApiClient.mapper();

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.mauticapi.contract.RecordedResponsesTests#documentedRecordings")
	void javaClientReadsTheRecordedAnswer(SpecFixtures.Recording recording) {
		ContractOperation operation = SpecFixtures.operationFor(recording.method(), recording.template());
		JavaType type = (recording.status() < 300) ? answerType(operation.operationId())
				: MAPPER.constructType(MauticErrors.class);

		Object read = MAPPER.readValue(recording.body().toString(), type);

		assertThat(comparable(MAPPER.valueToTree(read))).isEqualTo(comparable(recording.body()));
	}

	// T of the Mono<T>, or List<T> of the Flux<T>, that the generated API method named
	// after the operation returns.
	private static JavaType answerType(String operationId) {
		Method method = Stream.of(ContactsApi.class, SegmentsApi.class)
			.flatMap((api) -> Stream.of(api.getMethods()))
			.filter((candidate) -> candidate.getName().equals(operationId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The Java client has no method " + operationId));
		ParameterizedType returned = (ParameterizedType) method.getGenericReturnType();
		JavaType item = MAPPER.constructType(returned.getActualTypeArguments()[0]);
		return (returned.getRawType() == Flux.class) ? MAPPER.getTypeFactory().constructCollectionType(List.class, item)
				: item;
	}

	// Null properties and Mautic's [] for an absent object dropped, numbers as decimals,
	// date-times as instants.
	private static JsonNode comparable(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			node.properties().forEach((entry) -> {
				JsonNode value = comparable(entry.getValue());
				if (!value.isNull()) {
					copy.set(entry.getKey(), value);
				}
			});
			return copy;
		}
		if (node.isArray() && node.isEmpty()) {
			return JsonNodeFactory.instance.nullNode();
		}
		if (node.isArray()) {
			return JsonNodeFactory.instance.arrayNode()
				.addAll(node.valueStream().map(JavaClientReadsRecordingsTests::comparable).toList());
		}
		if (node.isNumber()) {
			return JsonNodeFactory.instance.numberNode(new BigDecimal(node.asString()).stripTrailingZeros());
		}
		if (node.isString()) {
			try {
				return JsonNodeFactory.instance
					.stringNode(OffsetDateTime.parse(node.asString()).toInstant().toString());
			}
			catch (DateTimeParseException ex) {
				return node;
			}
		}
		return node;
	}

}
