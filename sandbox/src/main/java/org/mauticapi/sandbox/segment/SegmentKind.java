package org.mauticapi.sandbox.segment;

import java.util.List;
import java.util.Optional;

import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Segments' batch routes ({@code /api/segments/batch/new}, {@code /batch/edit},
 * {@code /batch/delete}, Mautic's {@code ListApiController} through its common
 * controller); one segment at a time is the documented API that {@link SegmentService}
 * serves.
 */
@Component
class SegmentKind implements EntityKind<Segment> {

	private final SegmentStore segments;

	private final SegmentService service;

	SegmentKind(SegmentStore segments, SegmentService service) {
		this.segments = segments;
		this.service = service;
	}

	@Override
	public EntityNames names() {
		return EntityNames.of("/segments", "list", "lists").batchOnly();
	}

	@Override
	public Optional<Segment> find(long id) {
		return this.segments.find(id);
	}

	@Override
	public List<Segment> all() {
		return this.segments.all();
	}

	@Override
	public long id(Segment segment) {
		return segment.id();
	}

	@Override
	public Segment create(JsonNode payload) {
		return this.service.createInBatch(payload);
	}

	@Override
	public void edit(Segment segment, JsonNode payload, boolean replace) {
		this.service.editInBatch(segment, payload, replace);
	}

	@Override
	public void delete(Segment segment) {
		this.service.deleteInBatch(segment);
	}

	@Override
	public ObjectNode json(Segment segment, View view) {
		return (view == View.DELETED) ? SegmentJson.deleted(segment) : SegmentJson.full(segment);
	}

}
