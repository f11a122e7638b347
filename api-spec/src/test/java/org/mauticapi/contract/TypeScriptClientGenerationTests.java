package org.mauticapi.contract;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a client for another language generates from the same spec without errors, as the README shows
 * integrators doing it.
 */
class TypeScriptClientGenerationTests {

	@TempDir
	Path output;

	@Test
	void generatesTypeScriptFetchClient() throws IOException {
		CodegenConfigurator configurator = new CodegenConfigurator().setGeneratorName("typescript-fetch")
			.setInputSpec(new File("src/main/resources/openapi/mautic-api.yaml").getAbsolutePath())
			.setOutputDir(this.output.toString())
			.setValidateSpec(true);
		ClientOptInput input = configurator.toClientOptInput();

		List<File> files = new DefaultGenerator().opts(input).generate();

		assertThat(files).isNotEmpty();
		assertThat(this.output.resolve("apis/ContactsApi.ts")).isRegularFile();
		assertThat(this.output.resolve("apis/SegmentsApi.ts")).isRegularFile();
		try (Stream<String> lines = Files.lines(this.output.resolve("apis/ContactsApi.ts"))) {
			assertThat(lines.filter((line) -> line.contains("async getContact(")).count()).isEqualTo(1);
		}
	}

}
