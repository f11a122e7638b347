package org.mauticapi.sandbox.segment.filter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the recorded data set (contacts 017-024, segments 037-044) through the
 * evaluator and compares with the memberships Mautic's rebuild produced, as the
 * recordings show them: the activity timeline's "Contact added to segment" events,
 * {@code search=segment:ALIAS} (177, 180) and a contact's segments (312, 313).
 */
class RecordedSegmentMembershipTests {

	private static final Path RECORDINGS = Path.of("../api-spec/src/test/resources/recordings/5.1.0");

	private static final Map<Long, TestContact> CONTACTS = contacts();

	private static final Map<Long, JsonNode> SEGMENTS = segments();

	@ParameterizedTest(name = "segment {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void rebuildYieldsTheRecordedMembersOfEverySegment(long segmentId) {
		JsonNode segment = SEGMENTS.get(segmentId);
		Set<Long> recorded = segment.path("filters").isEmpty() ? Set.of()
				: addedBySegmentName().getOrDefault(segment.path("name").asString(), Set.of());

		Set<Long> rebuilt = rebuilt(segment);

		assertThat(rebuilt).isEqualTo(recorded);
	}

	@Test
	void everyFilteredSegmentButTheUnpublishedOneHasRecordedMembers() {
		Map<String, Set<Long>> added = addedBySegmentName();

		assertThat(added).containsOnlyKeys("VIP customers", "UK contacts", "example.com addresses", "High spenders",
				"Recent contracts", "London or Boston newsletter", "Conference attendees");
	}

	@Test
	void unpublishedSegmentsFiltersMatchContactsTheRebuildLeftOut() {
		JsonNode draft = SEGMENTS.get(8L);

		Set<Long> matching = matching(draft.path("filters"));

		assertThat(draft.path("isPublished").asBoolean()).isFalse();
		assertThat(matching).containsExactly(1L, 4L, 6L, 7L);
		assertThat(recording("312").path("response").path("body").path("lists").has("8")).isFalse();
	}

	@Test
	void searchBySegmentAliasListsTheRebuiltMembers() {
		Set<Long> vip = rebuilt(SEGMENTS.get(1L));

		assertThat(vip).isEqualTo(listedContacts("177"));
		assertThat(CONTACTS.keySet().stream().filter((id) -> !vip.contains(id)).collect(Collectors.toSet()))
			.isEqualTo(listedContacts("180"));
	}

	@Test
	void contactSegmentListsShowTheRebuiltMemberships() {
		Set<Long> ada = SEGMENTS.keySet()
			.stream()
			.filter((id) -> rebuilt(SEGMENTS.get(id)).contains(1L))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<Long> linus = SEGMENTS.keySet()
			.stream()
			.filter((id) -> rebuilt(SEGMENTS.get(id)).contains(5L))
			.collect(Collectors.toSet());

		Set<Long> adaByFilter = recording("312").path("response")
			.path("body")
			.path("lists")
			.values()
			.stream()
			.filter((list) -> !list.path("manuallyAdded").asBoolean())
			.map((list) -> list.path("id").asLong())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(ada).isEqualTo(adaByFilter).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
		assertThat(linus).isEmpty();
		assertThat(recording("313").path("response").path("body").path("total").asInt()).isZero();
	}

	/** What the rebuild does with a segment: unpublished segments are skipped. */
	private static Set<Long> rebuilt(JsonNode segment) {
		return segment.path("isPublished").asBoolean() ? matching(segment.path("filters")) : Set.of();
	}

	private static Set<Long> matching(JsonNode filters) {
		SegmentFilters evaluator = new SegmentFilters();
		return CONTACTS.values()
			.stream()
			.filter((contact) -> evaluator.matches(filters, contact, FilterJson.CLOCK))
			.map(TestContact::id)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<Long> listedContacts(String number) {
		return recording(number).path("response")
			.path("body")
			.path("contacts")
			.propertyNames()
			.stream()
			.map(Long::valueOf)
			.collect(Collectors.toSet());
	}

	/**
	 * Contact ids per segment name, from every recorded "Contact added to segment"
	 * timeline event.
	 */
	private static Map<String, Set<Long>> addedBySegmentName() {
		Map<String, Set<Long>> added = new TreeMap<>();
		allRecordings().forEach((recording) -> {
			String path = recording.path("request").path("path").asString();
			for (JsonNode event : recording.path("response").path("body").path("events").values()) {
				String label = event.path("eventLabel").asString();
				if ("segment_membership".equals(event.path("event").asString())
						&& label.startsWith("Contact added to segment, ")) {
					long contact = event.has("contactId") ? event.path("contactId").asLong()
							: Long.parseLong(path.split("/")[3]);
					added
						.computeIfAbsent(label.substring("Contact added to segment, ".length()),
								(name) -> new TreeSet<>())
						.add(contact);
				}
			}
		});
		return added;
	}

	private static Map<Long, TestContact> contacts() {
		Map<Long, TestContact> contacts = new TreeMap<>();
		for (String number : List.of("017", "018", "019", "020", "021", "022", "023", "024")) {
			JsonNode contact = recording(number).path("response").path("body").path("contact");
			contacts.put(contact.path("id").asLong(), contact(contact));
		}
		return contacts;
	}

	private static TestContact contact(JsonNode contact) {
		Map<String, @Nullable Object> fields = new HashMap<>();
		contact.path("fields")
			.path("all")
			.properties()
			.forEach((entry) -> fields.put(entry.getKey(), value(entry.getValue())));
		Long[] tags = contact.path("tags").values().stream().map((tag) -> tag.path("id").asLong()).toArray(Long[]::new);
		JsonNode owner = contact.path("owner").path("id");
		return new TestContact(contact.path("id").asLong(), fields, List.of(), Set.of(), null, Set.of(), Map.of())
			.withTags(tags)
			.withOwner(owner.isNumber() ? owner.asLong() : null);
	}

	private static @Nullable Object value(JsonNode value) {
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		if (value.isIntegralNumber()) {
			return value.asLong();
		}
		if (value.isNumber()) {
			return value.asDouble();
		}
		return value.isNull() ? null : value.asString();
	}

	private static Map<Long, JsonNode> segments() {
		Map<Long, JsonNode> segments = new TreeMap<>();
		for (String number : List.of("037", "038", "039", "040", "041", "042", "043", "044")) {
			JsonNode list = recording(number).path("response").path("body").path("list");
			segments.put(list.path("id").asLong(), list);
		}
		return segments;
	}

	private static JsonNode recording(String number) {
		try (Stream<Path> files = Files.list(RECORDINGS)) {
			Path file = files.filter((path) -> path.getFileName().toString().startsWith(number + "-"))
				.findFirst()
				.orElseThrow();
			return FilterJson.parse(Files.readString(file));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<JsonNode> allRecordings() {
		try (Stream<Path> files = Files.list(RECORDINGS)) {
			return files.filter((path) -> path.toString().endsWith(".json")).sorted().map((path) -> {
				try {
					return FilterJson.parse(Files.readString(path));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
