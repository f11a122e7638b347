package org.mauticapi.sandbox.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mauticapi.sandbox.state.SandboxState;

import org.springframework.stereotype.Component;

/**
 * Tags: one row per tag name, shared by all contacts (Mautic's {@code lead_tags}); a tag
 * keeps its id once created.
 */
@Component
public class TagStore {

	private final SandboxState state;

	private final Map<Long, String> tags = new LinkedHashMap<>();

	public TagStore(SandboxState state) {
		this.state = state;
	}

	/** The id of a tag, created if new; call under the write lock. */
	public long idOf(String tag) {
		return find(tag).orElseGet(() -> {
			long id = this.state.nextId("lead_tags");
			this.tags.put(id, tag);
			return id;
		});
	}

	public Optional<Long> find(String tag) {
		return this.tags.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equalsIgnoreCase(tag))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	public boolean exists(long id) {
		return this.tags.containsKey(id);
	}

	public String name(long id) {
		return this.tags.get(id);
	}

}
