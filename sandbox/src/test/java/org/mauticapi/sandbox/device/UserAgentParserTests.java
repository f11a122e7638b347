package org.mauticapi.sandbox.device;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserAgentParserTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0|Firefox|FF|120.0|desktop|Ubuntu|UBT|''|x64",
			"Mozilla/5.0 (Windows NT 10.0; WOW64; rv:50.0) Gecko/20100101 Firefox/50.0|Firefox|FF|50.0|desktop|Windows|WIN|10|x64",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1|Safari|SF|17.1|smartphone|iOS|IOS|17.1|ARM",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36|Chrome|CH|119.0|desktop|Mac|MAC|10.15.7|''",
			"Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36|Chrome|CH|119.0|smartphone|Android|AND|13|ARM" })
	void readsBrowserSystemAndKind(String userAgent, String browser, String shortName, String version, String kind,
			String os, String osShortName, String osVersion, String platform) {
		UserAgentParser.Parsed parsed = UserAgentParser.parse(userAgent);

		assertThat(parsed.clientInfo()).isNotNull();
		assertThat(parsed.clientInfo().path("name").asString()).isEqualTo(browser);
		assertThat(parsed.clientInfo().path("short_name").asString()).isEqualTo(shortName);
		assertThat(parsed.clientInfo().path("version").asString()).isEqualTo(version);
		assertThat(parsed.device()).isEqualTo(kind);
		assertThat(parsed.osName()).isEqualTo(os);
		assertThat(parsed.osShortName()).isEqualTo(osShortName);
		assertThat(parsed.osVersion()).isEqualTo(osVersion);
		assertThat(parsed.osPlatform()).isEqualTo(platform);
	}

	@ParameterizedTest
	@CsvSource({ "mautic-scenario-runner/1.0", "curl/8.4.0" })
	void unknownAgentHasNoClientInfo(String userAgent) {
		assertThat(UserAgentParser.parse(userAgent).clientInfo()).isNull();
	}

}
