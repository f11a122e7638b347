package org.mauticapi.sandbox.stage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.ContactStagesView;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.entity.EntityAudit;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.entity.FormValues;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Stages through Mautic's API ({@code /api/stages}, {@code StageApiController}): name
 * required ({@code "A name is
 * required."}), weight and description optional; a deleted stage leaves its contacts
 * without one. Contacts show their stage through {@link ContactStagesView}.
 */
@Component
class StageKind implements EntityKind<Stage>, ContactStagesView {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Map<Long, Stage> stages = new LinkedHashMap<>();

	private final SandboxState state;

	private final UserStore users;

	private final ContactStore contacts;

	StageKind(SandboxState state, UserStore users, ContactStore contacts) {
		this.state = state;
		this.users = users;
		this.contacts = contacts;
	}

	@Override
	public EntityNames names() {
		return EntityNames.of("/stages", "stage", "stages");
	}

	@Override
	public Optional<Stage> find(long id) {
		return Optional.ofNullable(this.stages.get(id));
	}

	@Override
	public List<Stage> all() {
		return List.copyOf(this.stages.values());
	}

	@Override
	public long id(Stage stage) {
		return stage.id();
	}

	@Override
	public Stage create(JsonNode payload) {
		String name = FormValues.text(payload, "name");
		check(name);
		User by = this.users.currentUser();
		Stage stage = new Stage(this.state.nextId("stages"), new EntityAudit(this.state.now(), by.id(), by.fullName()));
		stage.name = name;
		stage.weight = weight(payload);
		stage.description = FormValues.text(payload, "description");
		stage.audit().published(!payload.has("isPublished") || FormValues.bool(payload, "isPublished"));
		this.stages.put(stage.id(), stage);
		return stage;
	}

	@Override
	public void edit(Stage stage, JsonNode payload, boolean replace) {
		String name = FormValues.binds(payload, "name", replace) ? FormValues.text(payload, "name") : stage.name;
		check(name);
		int weight = FormValues.binds(payload, "weight", replace) ? weight(payload) : stage.weight;
		String description = FormValues.binds(payload, "description", replace) ? FormValues.text(payload, "description")
				: stage.description;
		boolean published = FormValues.binds(payload, "isPublished", replace) ? FormValues.bool(payload, "isPublished")
				: stage.audit().published();
		// Stage tracks changes of its name, description and publication, not of its
		// weight.
		boolean changed = !Objects.equals(name, stage.name) || !Objects.equals(description, stage.description)
				|| published != stage.audit().published();
		stage.name = name;
		stage.weight = weight;
		stage.description = description;
		stage.audit().published(published);
		User by = this.users.currentUser();
		stage.audit().edited(changed, this.state.now(), by.id(), by.fullName());
	}

	@Override
	public void delete(Stage stage) {
		this.stages.remove(stage.id());
		this.contacts.all().forEach((contact) -> contact.leaveStage(stage.id()));
	}

	/**
	 * {@code minimal}: the publish details and the list properties, without the
	 * publication dates.
	 */
	@Override
	public ObjectNode minimal(Stage stage) {
		return EntityKind.only(json(stage, View.LISTED),
				java.util.stream.Stream
					.concat(PUBLISH_DETAILS.stream(),
							List.of("id", "name", "category", "weight", "description").stream())
					.toList());
	}

	@Override
	public ObjectNode json(Stage stage, View view) {
		ObjectNode json = stage.audit().writeTo(JSON.objectNode());
		json.put("id", (view == View.DELETED) ? null : stage.id());
		json.put("name", stage.name).putNull("category").put("weight", stage.weight);
		json.put("description", stage.description).putNull("publishUp").putNull("publishDown");
		return json;
	}

	@Override
	public Optional<ObjectNode> stage(long id) {
		return find(id).map((stage) -> JSON.objectNode()
			.put("createdByUser", stage.audit().writeTo(JSON.objectNode()).get("createdByUser").asString())
			.put("modifiedByUser", stage.audit().writeTo(JSON.objectNode()).path("modifiedByUser").asString(null))
			.put("id", stage.id())
			.put("name", stage.name)
			.putNull("category")
			.put("weight", stage.weight)
			.put("description", stage.description));
	}

	@Override
	public List<String> columns() {
		return List.of("id", "name", "weight", "description", "isPublished");
	}

	@Override
	public @Nullable Object column(Stage stage, String column) {
		return switch (column) {
			case "name" -> stage.name;
			case "weight" -> stage.weight;
			case "description" -> stage.description;
			case "isPublished" -> stage.audit().published();
			default -> stage.id();
		};
	}

	@Override
	public List<String> searchColumns() {
		// StageRepository::addCatchAllWhereClause
		return List.of("name", "description");
	}

	private static int weight(JsonNode payload) {
		String text = payload.path("weight").asString("").trim();
		return text.matches("-?\\d+") ? Integer.parseInt(text) : 0;
	}

	private static void check(@Nullable String name) {
		if (name == null || name.isBlank()) {
			new FormErrors().add("name", FormErrors.NAME_REQUIRED).throwIfAny();
		}
	}

}
