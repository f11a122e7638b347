package org.mauticapi.conformance.run;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mautic version as its {@code Mautic-Version} header gives it ({@code 5.1.0}),
 * comparable by its numbers.
 *
 * @param text the version as the target sent it
 * @param numbers its numeric parts, e.g. {@code [5, 1, 0]}
 */
public record MauticVersion(String text, int[] numbers) implements Comparable<MauticVersion> {

	private static final Pattern LEADING_NUMBERS = Pattern.compile("^(\\d+(?:\\.\\d+)*)");

	/**
	 * Reads a version such as {@code 5.1.0} or {@code 5.2.0-beta}.
	 * @param text the header value
	 * @return the version, empty when the text does not start with a number
	 */
	public static Optional<MauticVersion> parse(String text) {
		Matcher matcher = LEADING_NUMBERS.matcher(text.trim());
		if (!matcher.find()) {
			return Optional.empty();
		}
		int[] numbers = Arrays.stream(matcher.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray();
		return Optional.of(new MauticVersion(text.trim(), numbers));
	}

	/**
	 * Whether this version is at least another one; missing parts count as 0 ({@code 5.1}
	 * equals {@code 5.1.0}).
	 * @param other the minimum
	 * @return whether this is the same or later
	 */
	public boolean isAtLeast(MauticVersion other) {
		return compareTo(other) >= 0;
	}

	@Override
	public int compareTo(MauticVersion other) {
		for (int i = 0; i < Math.max(this.numbers.length, other.numbers.length); i++) {
			int difference = Integer.compare(part(i), other.part(i));
			if (difference != 0) {
				return difference;
			}
		}
		return 0;
	}

	private int part(int index) {
		return (index < this.numbers.length) ? this.numbers[index] : 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MauticVersion version && compareTo(version) == 0;
	}

	@Override
	public int hashCode() {
		// Trailing zeros do not count, as in compareTo: 5.1 and 5.1.0 are equal.
		int length = this.numbers.length;
		while (length > 0 && this.numbers[length - 1] == 0) {
			length--;
		}
		return Arrays.hashCode(Arrays.copyOf(this.numbers, length));
	}

	@Override
	public String toString() {
		return this.text;
	}

}
