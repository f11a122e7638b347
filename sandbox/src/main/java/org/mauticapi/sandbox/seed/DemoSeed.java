package org.mauticapi.sandbox.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in demo data set ({@code --sandbox.seed=demo}) as a seed script: sales reps,
 * custom fields, companies, about 300 contacts, segments, a campaign, notes, devices,
 * scores, UTM visits and do-not-contact entries, so that every documented operation and
 * activity event type has something to show. It is drawn from a fixed random seed with
 * fixed dates in 2026: every build is the same script.
 */
public final class DemoSeed {

	/**
	 * How many contacts the demo creates (ids 1 to this, every 20th an anonymous
	 * visitor).
	 */
	public static final int CONTACTS = 300;

	private static final long RANDOM_SEED = 20260101L;

	private DemoSeed() {
	}

	/**
	 * Builds the demo script; it expects a fresh sandbox where ids start at 1 per entity
	 * type and the admin is user 1.
	 * @return the script
	 */
	public static SeedScript script() {
		DemoDice dice = new DemoDice(RANDOM_SEED);
		List<SeedRequest> requests = new ArrayList<>();
		DemoSetup.addTo(requests);
		List<DemoContact> contacts = new DemoContacts(dice).addTo(requests, CONTACTS);
		List<DemoContact> people = contacts.stream().filter(DemoContact::identified).toList();
		new DemoSegments(dice).addTo(requests, people);
		new DemoCampaigns(dice).addTo(requests, people);
		new DemoRecords(dice).addTo(requests, people);
		new DemoPoints(dice).addTo(requests, people);
		new DemoTracking(dice).addTo(requests, people);
		return new SeedScript(requests);
	}

}
