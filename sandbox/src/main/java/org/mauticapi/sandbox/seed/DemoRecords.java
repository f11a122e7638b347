package org.mauticapi.sandbox.seed;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo set's notes (call, meeting, general and email, some without a date, as in
 * recordings 029-032) and devices (desktops, phones and tablets, as in recordings
 * 033-034).
 */
final class DemoRecords {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final List<Note> NOTES = List.of(new Note("call", "Called about the <b>renewal</b>; wants a quote."),
			new Note("call", "Left a voicemail about the new pricing."),
			new Note("call", "Discussed onboarding timeline, follow up next week."),
			new Note("meeting", "Demo of the reporting module with the whole team."),
			new Note("meeting", "Quarterly business review at their office."),
			new Note("meeting", "Lunch at the conference, interested in the API."),
			new Note("general", "Prefers email contact."), new Note("general", "Decision maker is the CFO."),
			new Note("general", "Budget approved for next year."), new Note("email", "Sent the product whitepaper."),
			new Note("email", "Sent the contract for signature."),
			new Note("email", "Answered questions about data retention."));

	private static final List<Device> DEVICES = List.of(new Device("desktop", "Windows", "WIN", "10", "x64", "", ""),
			new Device("desktop", "Mac", "MAC", "14.2", "x64", "AP", ""),
			new Device("desktop", "Ubuntu", "UBT", null, "x64", "", ""),
			new Device("smartphone", "iOS", "IOS", "17.1", "ARM", "AP", "iPhone"),
			new Device("smartphone", "Android", "AND", "14", "ARM", "SA", "Galaxy S23"),
			new Device("smartphone", "Android", "AND", "13", "ARM", "GO", "Pixel 7"),
			new Device("tablet", "iPadOS", "IOS", "17.1", "ARM", "AP", "iPad"));

	private final DemoDice dice;

	DemoRecords(DemoDice dice) {
		this.dice = dice;
	}

	void addTo(List<SeedRequest> requests, List<DemoContact> people) {
		for (DemoContact contact : this.dice.sample(people, 28)) {
			int count = this.dice.between(1, 2);
			for (int i = 0; i < count; i++) {
				requests.add(SeedRequest.post("/api/notes/new", note(contact)));
			}
		}
		for (DemoContact contact : this.dice.sample(people, 30)) {
			requests.add(SeedRequest.post("/api/devices/new", device(contact, this.dice.pick(DEVICES))));
		}
	}

	private ObjectNode note(DemoContact contact) {
		Note note = this.dice.pick(NOTES);
		ObjectNode body = JSON.objectNode().put("lead", contact.id()).put("text", note.text()).put("type", note.type());
		// A note may have no date (recording 031); the sandbox then shows none.
		if (!"general".equals(note.type())) {
			body.put("dateTime", this.dice.dateTime2026(150, 325));
		}
		return body;
	}

	private static ObjectNode device(DemoContact contact, Device device) {
		ObjectNode body = JSON.objectNode()
			.put("device", device.kind())
			.put("deviceOsName", device.osName())
			.put("deviceOsShortName", device.osShortName());
		if (device.osVersion() != null) {
			body.put("deviceOsVersion", device.osVersion());
		}
		return body.put("deviceOsPlatform", device.platform())
			.put("deviceBrand", device.brand())
			.put("deviceModel", device.model())
			.put("lead", contact.id());
	}

	private record Note(String type, String text) {
	}

	private record Device(String kind, String osName, String osShortName, @Nullable String osVersion, String platform,
			String brand, String model) {
	}

}
