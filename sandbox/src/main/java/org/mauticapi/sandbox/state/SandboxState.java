package org.mauticapi.sandbox.state;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The lock every store works under, the id sequences of Mautic's tables (ids start at 1
 * and are never reused, as with MySQL's auto-increment), and the clock. One lock for
 * everything keeps cross-entity changes (a contact and its segment memberships)
 * consistent; the sandbox is a test double, not a database.
 */
@Component
public class SandboxState {

	/**
	 * ISO 8601 with offset, as Mautic writes entity dates:
	 * {@code 2026-11-22T20:17:04+00:00}.
	 */
	public static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	/** SQL format, as Mautic writes raw rows and {@code fields.all.last_active}. */
	public static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

	private final Clock clock;

	public SandboxState(Clock clock) {
		this.clock = clock;
	}

	public <T> T read(Supplier<T> action) {
		this.lock.readLock().lock();
		try {
			return action.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	public <T> T write(Supplier<T> action) {
		this.lock.writeLock().lock();
		try {
			return action.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * The next id of a table.
	 * @param table the table name, e.g. {@code leads}
	 * @return the id
	 */
	public long nextId(String table) {
		return this.sequences.computeIfAbsent(table, (name) -> new AtomicLong()).incrementAndGet();
	}

	/**
	 * Moves a table's sequence past an id that already exists (for seeded reference
	 * data).
	 * @param table the table
	 * @param usedId an id in use
	 */
	public void reserve(String table, long usedId) {
		this.sequences.computeIfAbsent(table, (name) -> new AtomicLong()).accumulateAndGet(usedId, Math::max);
	}

	public Instant now() {
		return this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
	}

	public static String iso(Instant instant) {
		return ISO.format(instant);
	}

	public static String sql(Instant instant) {
		return SQL.format(instant);
	}

}
