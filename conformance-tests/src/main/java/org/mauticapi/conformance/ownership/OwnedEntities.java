package org.mauticapi.conformance.ownership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Authentication;
import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.http.MauticHttp;
import org.mauticapi.conformance.http.TargetException;

/**
 * The entities this run created and has not deleted yet. Entities are recognised in the
 * answers of the operations that create them, and only when they carry the run's marker:
 * an answer about someone else's contact (an email that matched an existing one, say) is
 * never taken for the run's own. Deleting checks the marker again on the target first, so
 * the run never deletes what it did not create.
 */
public final class OwnedEntities {

	private final MauticHttp http;

	private final String marker;

	private final Set<OwnedEntity> live = new LinkedHashSet<>();

	// Entities a deletion already failed for: tried again only at the end of the run, not
	// after every scenario.
	private final Set<OwnedEntity> stuck = new LinkedHashSet<>();

	public OwnedEntities(MauticHttp http, String marker) {
		this.http = http;
		this.marker = marker;
	}

	/**
	 * Takes note of the entities an answer shows were created, if the request creates
	 * any.
	 * @param exchange the exchange
	 */
	public synchronized void noteCreated(Exchange exchange) {
		if (exchange.body() == null || exchange.status() >= 300) {
			return;
		}
		for (EntityKind kind : EntityKind.values()) {
			if (kind.createdBy(exchange.method(), exchange.pathWithoutQuery())) {
				JsonNode body = exchange.body();
				List<JsonNode> entities = new ArrayList<>();
				entities.add(body.path(kind.envelopeKey()));
				body.path("contacts").forEach(entities::add);
				entities.forEach((entity) -> adopt(kind, entity));
			}
		}
	}

	/**
	 * Takes an entity as the run's own, found rather than seen created, if it carries the
	 * marker.
	 * @param kind its kind
	 * @param entity the entity as Mautic serialises it
	 */
	public synchronized void adopt(EntityKind kind, JsonNode entity) {
		if (entity.path("id").canConvertToLong() && kind.carries(entity, this.marker)) {
			this.live.add(new OwnedEntity(kind, entity.path("id").asLong()));
		}
	}

	/**
	 * Searches the target for entities carrying the marker that no answer showed being
	 * created (a target that answered an error, or a malformed success, and created one
	 * anyway) and takes them as the run's own. Kinds the target does not list are passed
	 * over.
	 */
	public synchronized void sweep() {
		for (EntityKind kind : EntityKind.values()) {
			try {
				Exchange found = this.http.send("GET", kind.searchPath(this.marker), null, Authentication.VALID);
				if (found.status() == 200 && found.body() != null) {
					found.body().path(kind.listKey()).forEach((entity) -> adopt(kind, entity));
				}
			}
			catch (TargetException ex) {
				// The target went away: what is known is still deleted, and what is not
				// is reported by deleteAll.
			}
		}
	}

	/**
	 * The entities created and not deleted yet.
	 * @return them, oldest first
	 */
	public synchronized List<OwnedEntity> live() {
		return List.copyOf(this.live);
	}

	/**
	 * Deletes the live entities no deletion has failed for yet, newest first: what the
	 * scenario just created.
	 * @return a line for each entity that could not be deleted, or was refused because it
	 * lacks the marker
	 */
	public synchronized List<String> deleteNew() {
		return delete(this.live.stream().filter((entity) -> !this.stuck.contains(entity)).toList());
	}

	/**
	 * Deletes every live entity, newest first: reverse order undoes a scenario the way it
	 * was built (a campaign before the segment it takes its contacts from).
	 * @return a line for each entity that could not be deleted, or was refused because it
	 * lacks the marker
	 */
	public synchronized List<String> deleteAll() {
		return delete(List.copyOf(this.live));
	}

	private List<String> delete(List<OwnedEntity> entities) {
		List<String> problems = new ArrayList<>();
		List<OwnedEntity> newestFirst = new ArrayList<>(entities);
		Collections.reverse(newestFirst);
		for (OwnedEntity entity : newestFirst) {
			try {
				delete(entity).ifPresent((problem) -> {
					problems.add(problem);
					this.stuck.add(entity);
				});
			}
			catch (TargetException ex) {
				problems.add(entity + " was not deleted: " + ex.getMessage());
				this.stuck.add(entity);
			}
		}
		return problems;
	}

	private Optional<String> delete(OwnedEntity entity) {
		String path = entity.kind().path(entity.id());
		Exchange current = this.http.send("GET", path, null, Authentication.VALID);
		if (isGone(current)) {
			this.live.remove(entity);
			return Optional.empty();
		}
		JsonNode found = (current.body() != null) ? current.body().path(entity.kind().envelopeKey()) : null;
		if (current.status() != 200 || found == null) {
			return Optional.of(entity + " was not deleted: reading it back to check its marker answered "
					+ current.status() + " " + errorMessage(current));
		}
		if (!entity.kind().carries(found, this.marker)) {
			this.live.remove(entity);
			return Optional.of(entity + " was left alone: it no longer carries the run's marker");
		}
		Exchange deleted = this.http.send("DELETE", path + "/delete", null, Authentication.VALID);
		if (deleted.status() == 200 || isGone(deleted)) {
			this.live.remove(entity);
			return Optional.empty();
		}
		return Optional
			.of(entity + " was not deleted: the delete answered " + deleted.status() + " " + errorMessage(deleted));
	}

	// Gone is Mautic's controller saying the item is not found (its error has "details");
	// a 404 of the router
	// ("Requested URL not found", with "type" instead) says nothing about the entity,
	// only that the route is missing.
	private static boolean isGone(Exchange exchange) {
		return exchange.status() == 404 && exchange.body() != null
				&& exchange.body().path("errors").path(0).has("details");
	}

	private static String errorMessage(Exchange exchange) {
		return (exchange.body() != null) ? exchange.body().path("errors").path(0).path("message").asString("") : "";
	}

}
