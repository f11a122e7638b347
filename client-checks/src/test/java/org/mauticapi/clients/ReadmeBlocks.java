package org.mauticapi.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks between a {@code <!-- client-check:NAME -->} marker in
 * {@code api-spec/README.md} and the next {@code <!-- /client-check -->}: the lines a
 * reader copies, which the client checks run as written.
 *
 * @param check the marker's name
 * @param blocks the code blocks, in order
 */
record ReadmeBlocks(String check, List<CodeBlock> blocks) {

	private static final String END = "<!-- /client-check -->";

	private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

	static ReadmeBlocks of(Path repositoryRoot, String check) {
		String readme = read(repositoryRoot.resolve("api-spec/README.md"));
		String marker = "<!-- client-check:" + check + " -->";
		int start = readme.indexOf(marker);
		if (start < 0) {
			throw new IllegalStateException("api-spec/README.md has no " + marker);
		}
		int end = readme.indexOf(END, start);
		if (end < 0) {
			throw new IllegalStateException("api-spec/README.md has no " + END + " after " + marker);
		}
		String section = readme.substring(start + marker.length(), end);
		List<CodeBlock> blocks = new ArrayList<>();
		Matcher fence = FENCE.matcher(section);
		while (fence.find()) {
			blocks.add(new CodeBlock(fence.group(1), fence.group(2).strip()));
		}
		return new ReadmeBlocks(check, List.copyOf(blocks));
	}

	/**
	 * The one block in a language.
	 * @param language the fence's language, e.g. {@code bash}
	 * @return its text
	 */
	String only(String language) {
		List<String> texts = this.blocks.stream()
			.filter((block) -> block.language().equals(language))
			.map(CodeBlock::text)
			.toList();
		if (texts.size() != 1) {
			throw new IllegalStateException("api-spec/README.md has " + texts.size() + " " + language
					+ " blocks after client-check:" + this.check + ", expected 1");
		}
		return texts.get(0);
	}

	/**
	 * The lines of the one block in a language.
	 * @param language the fence's language
	 * @return its non-blank lines
	 */
	List<String> lines(String language) {
		return only(language).lines().filter((line) -> !line.isBlank()).toList();
	}

	/**
	 * The first match of a pattern's first group in the blocks, e.g. an option's value in
	 * a command.
	 * @param regex a pattern with one group
	 * @return the group
	 */
	String find(String regex) {
		for (CodeBlock block : this.blocks) {
			Matcher matcher = Pattern.compile(regex).matcher(block.text());
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		throw new IllegalStateException("api-spec/README.md has no " + regex + " after client-check:" + this.check);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One fenced code block.
	 *
	 * @param language the language after the opening fence
	 * @param text the code
	 */
	record CodeBlock(String language, String text) {
	}

}
