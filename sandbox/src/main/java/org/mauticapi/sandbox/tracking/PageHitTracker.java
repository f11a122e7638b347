package org.mauticapi.sandbox.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.activity.ActivityEvents;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.activity.ContactIdentified;
import org.mauticapi.sandbox.activity.PageHit;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactLifecycle;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.contact.ContactWriter;
import org.mauticapi.sandbox.device.DeviceStore;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Records a visit as Mautic's {@code PageModel::hitPage} does for a visitor it does not
 * know yet: a new anonymous contact (created by no user, active now, with the visitor's
 * IP), a device with empty details, and on its timeline a {@code page.hit} and a
 * {@code lead.source.created} event. Robots, recognised by their user agent, are not
 * tracked.
 */
@Service
public class PageHitTracker {

	private static final List<String> ROBOTS = List.of("curl", "wget", "bot", "spider", "crawl", "slurp");

	private final SandboxState state;

	private final ContactStore contacts;

	private final ContactWriter writer;

	private final DeviceStore devices;

	private final ActivityLog activity;

	private final List<ContactLifecycle> lifecycle;

	public PageHitTracker(SandboxState state, ContactStore contacts, ContactWriter writer, DeviceStore devices,
			ActivityLog activity, List<ContactLifecycle> lifecycle) {
		this.state = state;
		this.contacts = contacts;
		this.writer = writer;
		this.devices = devices;
		this.activity = activity;
		this.lifecycle = lifecycle;
	}

	/**
	 * Records a visit.
	 * @param query the pixel's query parameters
	 * @param userAgent the visitor's user agent
	 * @param ip the visitor's address
	 * @param siteUrl the site's address
	 */
	public void hit(Map<String, String> query, @Nullable String userAgent, @Nullable String ip, String siteUrl) {
		String agent = (userAgent != null) ? userAgent : "";
		String lower = agent.toLowerCase(Locale.ROOT);
		if (ROBOTS.stream().anyMatch(lower::contains)) {
			return;
		}
		this.state.write(() -> {
			Instant now = this.state.now();
			Contact contact = this.contacts.createTracked();
			contact.lastActive(now);
			if (ip != null) {
				this.writer.addIp(contact, ip);
			}
			this.lifecycle.forEach((listener) -> listener.created(contact));
			this.devices.create(contact.id(), null, "", "", "", null, null, null, null);
			ObjectNode parameters = JsonNodeFactory.instance.objectNode();
			query.forEach(parameters::put);
			if (!parameters.has("page_url")) {
				parameters.put("page_url", "");
			}
			this.activity.append(ActivityEvents
				.pageHit(new PageHit(this.state.nextId("page_hits"), contact.id(), agent, parameters, siteUrl, now)));
			this.activity.append(ActivityEvents.sourceCreated(
					new ContactIdentified(this.state.nextId("lead_event_log"), contact.id(), "page/hit", now)));
			return contact;
		});
	}

}
