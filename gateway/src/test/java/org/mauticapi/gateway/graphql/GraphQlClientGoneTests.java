package org.mauticapi.gateway.graphql;

import java.time.Duration;
import java.util.StringJoiner;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;
import org.mauticapi.gateway.support.InFlightMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A client that goes away while a fan-out query waits for Mautic (issue 13, item 5): the
 * gateway logs that once, without a stack trace, instead of an ERROR for every field
 * still pending.
 */
@Timeout(60)
class GraphQlClientGoneTests {

	private static final InFlightMautic mautic = InFlightMautic.start(Duration.ofSeconds(2),
			(uri) -> uri.matches("/api/contacts/[0-9]+/.*"), GraphQlClientGoneTests::answer);

	private static final RunningGateway gateway = RunningGateway.start("mautic.base-url=" + mautic.url());

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void aClientThatGoesAwayDuringAFanOutLeavesOneLogLine() throws InterruptedException {
		mautic.reset(Integer.MAX_VALUE);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		log.start();
		root.addAppender(log);

		try {
			assertThatIllegalStateException().isThrownBy(() -> gateway.client()
				.mutate()
				.responseTimeout(Duration.ofMillis(500))
				.build()
				.post()
				.uri("/graphql")
				.header(HttpHeaders.AUTHORIZATION, GraphQlOnFakeMautic.AUTHORIZATION)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"query\":\"{ contacts(first: 50) { nodes { id segments { name } "
						+ "activity(first: 5) { nodes { event } } } } }\"}")
				.exchange());
			// The 100 held lookups are answered after 2 s, to nobody.
			Thread.sleep(3000);
		}
		finally {
			root.detachAppender(log);
		}

		assertThat(log.list).filteredOn((event) -> event.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
		assertThat(log.list).filteredOn((event) -> event.getFormattedMessage().contains("cancelled")).hasSize(1);
	}

	private static String answer(String uri) {
		if (uri.contains("/segments")) {
			return "{\"total\":0,\"lists\":[]}";
		}
		if (uri.contains("/activity")) {
			return "{\"total\":0,\"events\":[]}";
		}
		StringJoiner contacts = new StringJoiner(",", "{\"total\":\"50\",\"contacts\":{", "}}");
		for (int id = 1; id <= 50; id++) {
			contacts.add("\"" + id + "\":{\"id\":" + id + ",\"fields\":{\"all\":{\"id\":\"" + id + "\"}}}");
		}
		return contacts.toString();
	}

}
