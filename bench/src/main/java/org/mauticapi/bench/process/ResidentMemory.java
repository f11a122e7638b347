package org.mauticapi.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resident memory of a process, read from {@code /proc/<pid>/status} (Linux), and a
 * sampler that keeps the highest value seen while load runs.
 */
public final class ResidentMemory implements AutoCloseable {

	private final long pid;

	private final AtomicLong maxKb = new AtomicLong(-1);

	private final Thread sampler;

	private volatile boolean running = true;

	private ResidentMemory(long pid, long periodMillis) {
		this.pid = pid;
		this.sampler = new Thread(() -> {
			while (this.running) {
				sample();
				try {
					Thread.sleep(periodMillis);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "bench-rss-sampler");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/**
	 * Samples a process's resident memory until closed.
	 * @param pid the process
	 * @param periodMillis how often
	 * @return the running sampler
	 */
	public static ResidentMemory sample(long pid, long periodMillis) {
		return new ResidentMemory(pid, periodMillis);
	}

	/**
	 * The highest resident memory seen so far.
	 * @return kB, or -1 when none could be read
	 */
	public long maxKb() {
		return this.maxKb.get();
	}

	private void sample() {
		long kb = kilobytes(this.pid);
		this.maxKb.accumulateAndGet(kb, Math::max);
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
		sample();
	}

	/**
	 * A process's resident memory now.
	 * @param pid the process
	 * @return VmRSS in kB, or -1 when it cannot be read
	 */
	public static long kilobytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.substring(6).replace("kB", "").trim());
				}
			}
			return -1;
		}
		catch (IOException | NumberFormatException ex) {
			return -1;
		}
	}

}
