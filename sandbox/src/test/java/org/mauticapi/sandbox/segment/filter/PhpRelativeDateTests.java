package org.mauticapi.sandbox.segment.filter;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** PHP's relative date arithmetic, month overflow included. */
class PhpRelativeDateTests {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			2026-11-22T00:00 ; -1 week           ; 2026-11-15T00:00
			2026-11-22T00:00 ; +1 month          ; 2026-12-22T00:00
			2026-11-22T00:00 ; +2 days -3 hours  ; 2026-11-23T21:00
			2026-11-22T00:00 ; 5 days ago        ; 2026-11-17T00:00
			2026-11-22T00:00 ; -1 year           ; 2025-11-22T00:00
			2026-11-22T00:00 ; +1 fortnight      ; 2026-12-06T00:00
			2026-11-22T00:00 ; -90 minutes       ; 2026-11-21T22:30:00
			2026-01-31T00:00 ; +1 month          ; 2026-03-03T00:00
			2026-03-31T00:00 ; -1 month          ; 2026-03-03T00:00
			2026-01-31T00:00 ; +1 month -1 day   ; 2026-03-02T00:00
			2026-11-22T00:00 ; +1                ; NULL
			2026-11-22T00:00 ; -1 week and more  ; NULL
			2026-11-22T00:00 ; +abc              ; NULL
			""")
	void movesTheDateLikePhp(LocalDateTime base, String interval, @Nullable LocalDateTime expected) {
		assertThat(PhpRelativeDate.apply(interval, base)).isEqualTo(Optional.ofNullable(expected));
	}

}
