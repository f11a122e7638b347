package org.mauticapi.bench.nginx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link NginxBinary}: where nginx is looked for, and what its version tells.
 */
class NginxBinaryTests {

	@Test
	void takesTheFirstOnThePathBeforeTheUsualPlaces(@TempDir Path root) throws Exception {
		Path first = executable(root.resolve("a/nginx"));
		executable(root.resolve("b/nginx"));
		Path usual = executable(root.resolve("sbin/nginx"));

		assertThat(NginxBinary.locate(null, root.resolve("empty") + ":" + root.resolve("a") + ":" + root.resolve("b"),
				List.of(usual)))
			.contains(first);
	}

	@Test
	void looksInTheUsualPlacesWhenThePathHasNone(@TempDir Path root) throws Exception {
		Path usual = executable(root.resolve("sbin/nginx"));
		Files.createDirectories(root.resolve("bin"));
		Files.writeString(root.resolve("bin/nginx"), "not executable");

		assertThat(NginxBinary.locate(null, root.resolve("bin").toString(), List.of(root.resolve("x/nginx"), usual)))
			.contains(usual);
	}

	@Test
	void findsNoneWhereThereIsNone(@TempDir Path root) {
		assertThat(NginxBinary.locate(null, root.toString(), List.of(root.resolve("sbin/nginx")))).isEmpty();
	}

	@Test
	void takesThePathGivenAndRefusesOneThatIsNotAnExecutable(@TempDir Path root) throws Exception {
		Path given = executable(root.resolve("custom/nginx"));

		assertThat(NginxBinary.locate(given.toString(), null, List.of())).contains(given);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NginxBinary.locate(root.resolve("missing").toString(), null, List.of()))
			.withMessageContaining("--nginx=" + root.resolve("missing"));
	}

	@Test
	void readsTheVersionNginxPrints() {
		assertThat(NginxBinary.parseVersion("nginx version: nginx/1.22.1\n")).isEqualTo("1.22.1");
		assertThat(NginxBinary.parseVersion("bash: nginx: command not found")).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "1.18.0, false", "1.19.4, false", "1.19.5, true", "1.22.1, true", "1.27, true", "2.0.0, true" })
	void knowsWhichVersionsTakeTheErrorLogOption(String version, boolean takes) {
		assertThat(new NginxBinary(Path.of("/usr/sbin/nginx"), version).takesErrorLogOption()).isEqualTo(takes);
	}

	private static Path executable(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, "#!/bin/sh\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

}
