package org.mauticapi.gateway.error;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;

/**
 * A log that writes the same kind of line at most once a second: an upstream outage or a
 * flood of bad requests makes one line per second saying how many it stood for, not one
 * per request.
 */
public final class QuietLog {

	private static final long SECOND = 1_000_000_000L;

	private final Log log;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	public QuietLog(Log log) {
		this.log = log;
	}

	/**
	 * Writes a warning unless one of its kind was written less than a second ago.
	 * @param kind what the line is about (an upstream and a failure kind, say)
	 * @param message the line, made only when it is written
	 */
	public void warn(String kind, Supplier<String> message) {
		if (!this.log.isWarnEnabled()) {
			return;
		}
		Window window = this.windows.computeIfAbsent(kind, (key) -> new Window());
		long now = System.nanoTime();
		long last = window.lastWritten.get();
		if (now - last >= SECOND && window.lastWritten.compareAndSet(last, now)) {
			long suppressed = window.suppressed.getAndSet(0);
			this.log.warn(message.get() + ((suppressed > 0)
					? " (and " + suppressed + " more like it in the last " + Math.max(1, (now - last) / SECOND) + " s)"
					: ""));
		}
		else {
			window.suppressed.incrementAndGet();
		}
	}

	private static final class Window {

		private final AtomicLong lastWritten = new AtomicLong(System.nanoTime() - 2 * SECOND);

		private final AtomicLong suppressed = new AtomicLong();

	}

}
