package org.mauticapi.sandbox.activity;

import java.util.Comparator;

/**
 * PHP's {@code strnatcmp}, which Mautic sorts event labels with: digit runs compare by
 * value ({@code -3} before {@code -24}), everything else by byte, case-sensitive
 * (recording {@code activity-contact-order-eventlabel}).
 */
final class NaturalOrder implements Comparator<String> {

	static final NaturalOrder INSTANCE = new NaturalOrder();

	@Override
	public int compare(String left, String right) {
		int i = skipSpaces(left, 0);
		int j = skipSpaces(right, 0);
		while (i < left.length() && j < right.length()) {
			char a = left.charAt(i);
			char b = right.charAt(j);
			if (Character.isDigit(a) && Character.isDigit(b)) {
				int endA = digitsEnd(left, i);
				int endB = digitsEnd(right, j);
				int byValue = compareDigits(left.substring(i, endA), right.substring(j, endB));
				if (byValue != 0) {
					return byValue;
				}
				i = endA;
				j = endB;
				continue;
			}
			if (a != b) {
				return (a < b) ? -1 : 1;
			}
			i++;
			j++;
		}
		return Integer.compare(left.length() - i, right.length() - j);
	}

	private static int compareDigits(String a, String b) {
		String left = a.replaceFirst("^0+(?=\\d)", "");
		String right = b.replaceFirst("^0+(?=\\d)", "");
		if (left.length() != right.length()) {
			return (left.length() < right.length()) ? -1 : 1;
		}
		return Integer.signum(left.compareTo(right));
	}

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static int skipSpaces(String text, int start) {
		int index = start;
		while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
			index++;
		}
		return index;
	}

}
