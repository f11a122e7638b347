package org.mauticapi.sandbox.segment;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.SandboxServer;
import org.mauticapi.sandbox.segment.SandboxClient.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code sandbox.segment-rebuild=manual} filters decide membership only when the
 * rebuild job runs, as in a Mautic whose cron job has not run yet; manual changes apply
 * at once.
 */
class ManualSegmentRebuildTests {

	private static SandboxServer sandbox;

	private static SandboxClient api;

	@BeforeAll
	static void startSandbox() {
		sandbox = SandboxClient.startSandbox(Map.of("sandbox.segment-rebuild", "manual"));
		api = new SandboxClient(sandbox);
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void filterMembersArriveOnlyWithTheRebuild() {
		long segment = api.segment("{\"name\":\"Madrid people\",\"filters\":[{\"glue\":\"and\",\"field\":\"city\","
				+ "\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Madrid\"}}]}");
		long contact = api.contact("{\"email\":\"lucia@madrid.example\",\"city\":\"Madrid\"}");
		assertThat(api.segmentsOf(contact)).doesNotContain(segment);

		Answer rebuilt = api.post("/api/sandbox/segments/rebuild");

		assertThat(rebuilt.status()).isEqualTo(200);
		assertThat(rebuilt.body().path("added").asInt()).isEqualTo(1);
		assertThat(api.segmentsOf(contact)).contains(segment);
		assertThat(api.get("/api/segments/" + segment).body().path("list").path("modifiedByUser").asString())
			.isEqualTo(" ");
	}

	@Test
	void manualMembershipNeedsNoRebuild() {
		long segment = api.segment("{\"name\":\"Manual now\"}");
		long contact = api.contact("{\"email\":\"now@example.com\"}");

		api.post("/api/segments/" + segment + "/contact/" + contact + "/add");

		assertThat(api.segmentsOf(contact)).containsExactly(segment);
	}

	@Test
	void aContactThatNoLongerMatchesLeavesWithTheNextRebuild() {
		long segment = api.segment("{\"name\":\"Vienna people\",\"filters\":[{\"glue\":\"and\",\"field\":\"city\","
				+ "\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Vienna\"}}]}");
		long contact = api.contact("{\"email\":\"lena@vienna.example\",\"city\":\"Vienna\"}");
		api.post("/api/sandbox/segments/rebuild");

		api.patch("/api/contacts/" + contact + "/edit", "{\"city\":\"Graz\"}");
		assertThat(api.segmentsOf(contact)).contains(segment);
		api.post("/api/sandbox/segments/rebuild");

		assertThat(api.segmentsOf(contact)).doesNotContain(segment);
	}

}
