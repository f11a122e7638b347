package org.mauticapi.sandbox.device;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mauticapi.sandbox.user.SandboxHttp;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceServiceTests {

	private static SandboxHttp sandbox;

	private static long ada;

	@BeforeAll
	static void start() {
		sandbox = SandboxHttp.start();
		ada = sandbox.createContact("{\"firstname\": \"Ada\", \"email\": \"ada@example.com\", \"owner\": 1}");
		sandbox.post("/api/devices/new", """
				{"device": "desktop", "deviceOsName": "Ubuntu", "deviceOsShortName": "UBT", "deviceOsPlatform": "x64",
				 "deviceBrand": "", "deviceModel": "", "lead": %d}""".formatted(ada));
		sandbox.post("/api/devices/new", """
				{"device": "smartphone", "deviceOsName": "iOS", "deviceOsShortName": "IOS", "deviceOsVersion": "17.1",
				 "deviceOsPlatform": "ARM", "deviceBrand": "AP", "deviceModel": "iPhone", "lead": %d}"""
			.formatted(ada));
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void createAnswersNullsAndTheWholeContact() {
		long grace = sandbox
			.createContact("{\"firstname\": \"Grace\", \"email\": \"grace@example.com\", \"owner\": 1}");

		SandboxHttp.Answer created = sandbox.post("/api/devices/new", """
				{"device": "tablet", "deviceBrand": "", "lead": %d}""".formatted(grace));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("device").path("deviceBrand").isNull()).isTrue();
		assertThat(created.body().path("device").path("clientInfo").isArray()).isTrue();
		assertThat(created.body().path("device").path("lead").path("firstname").asString()).isEqualTo("Grace");
		assertThat(created.body().path("device").path("lead").path("owner").path("role").path("isAdmin").asBoolean())
			.isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "orderBy=d.id|2,1", "orderBy=d.id&orderByDir=ASC|1,2", "limit=1&orderBy=d.id&orderByDir=ASC|1",
					"orderBy=d.deviceOsName&orderByDir=DESC|1,2", "search=anything&orderBy=d.id|2,1" })
	void listsDevicesInOrderWithoutNulls(String query, String expectedIds) {
		SandboxHttp.Answer answer = sandbox
			.get("/api/contacts/" + ada + "/devices" + (query.isEmpty() ? "" : "?" + query));

		List<String> ids = new ArrayList<>();
		answer.body().path("devices").forEach((device) -> ids.add(device.path("id").asString()));
		assertThat(ids).containsExactly(expectedIds.split(","));
		assertThat(answer.body().path("total").asInt()).isEqualTo(2);
		answer.body()
			.path("devices")
			.forEach((device) -> assertThat(device.has("deviceBrand")).isEqualTo(device.path("id").asLong() == 2));
		assertThat(answer.contractViolations()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "orderBy=id", "orderBy=d.nothing", "orderByDir=sideways", "limit=x" })
	void answersMauticsServerErrorForWhatDoctrineCannotBuild(String query) {
		SandboxHttp.Answer answer = sandbox.get("/api/contacts/" + ada + "/devices?" + query);

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.contractViolations()).isEmpty();
	}

	@Test
	void answersEmptyListAndNotFound() {
		long quiet = sandbox.createContact("{\"firstname\": \"Quiet\"}");

		SandboxHttp.Answer none = sandbox.get("/api/contacts/" + quiet + "/devices");
		SandboxHttp.Answer missing = sandbox.get("/api/contacts/999999/devices");

		assertThat(none.body().path("devices").isArray()).isTrue();
		assertThat(none.contractViolations()).isEmpty();
		assertThat(missing.status()).isEqualTo(404);
		assertThat(sandbox.post("/api/devices/new", "{\"device\": \"desktop\", \"lead\": 999999}").status())
			.isEqualTo(404);
	}

}
