package org.mauticapi.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link WrkResult}: the line the harness's wrk script prints is read into
 * figures.
 */
class WrkResultTests {

	private static final String OUTPUT = """
			Running 10s test @ http://127.0.0.1:40123/api/contacts/47
			  2 threads and 32 connections
			  Latency Distribution
			     50%    1.20ms
			  100000 requests in 10.00s, 750.00MB read
			Requests/sec:  10000.00
			BENCH-RESULT requests=100000 duration_us=10000000 bytes=786432000 errors_connect=1 errors_read=2 errors_write=0 errors_status=5 errors_timeout=3 p50_us=1200 p90_us=2500 p99_us=4800 p999_us=9100 max_us=15234 mean_us=1350.5
			""";

	@Test
	void readsThroughputAndPercentilesFromTheScriptsLine() {
		WrkResult result = WrkResult.parse(OUTPUT);

		assertThat(result.rps()).isEqualTo(10000.0);
		assertThat(result.p50Ms()).isEqualTo(1.2);
		assertThat(result.p90Ms()).isEqualTo(2.5);
		assertThat(result.p99Ms()).isEqualTo(4.8);
		assertThat(result.p999Ms()).isEqualTo(9.1);
		assertThat(result.maxMs()).isEqualTo(15.234);
	}

	@Test
	void countsSocketErrorsAndNon2xxAnswersApart() {
		WrkResult result = WrkResult.parse(OUTPUT);

		assertThat(result.errors()).isEqualTo(6);
		assertThat(result.non2xx()).isEqualTo(5);
		assertThat(result.clean()).isFalse();
	}

	@Test
	void refusesOutputWithoutTheScriptsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> WrkResult.parse("unable to connect to 127.0.0.1:1"))
			.withMessageContaining("unable to connect");
	}

}
