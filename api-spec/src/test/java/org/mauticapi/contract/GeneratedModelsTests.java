package org.mauticapi.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every generated model can hold data: openapi-generator turns a union it
 * cannot represent (an object or {@code []}, a string or a list) into an empty class that
 * silently drops the value. Such unions must be mapped to JSON trees in the generator
 * configuration ({@code json.tree.mappings} in {@code api-spec/pom.xml}).
 */
class GeneratedModelsTests {

	@ParameterizedTest
	@ValueSource(strings = { "org.mauticapi.spec.client.model", "org.mauticapi.spec.server.model" })
	void everyGeneratedModelClassHasProperties(String modelPackage) {
		List<Class<?>> models = classesIn(modelPackage);

		assertThat(models).hasSizeGreaterThan(50);
		assertThat(models).filteredOn((type) -> !type.isEnum() && !type.isInterface())
			.filteredOn((type) -> Arrays.stream(type.getDeclaredFields())
				.noneMatch((field) -> !Modifier.isStatic(field.getModifiers())))
			.as("generated classes without any property: map their schema to a JSON tree")
			.extracting(Class::getSimpleName)
			.isEmpty();
	}

	private static List<Class<?>> classesIn(String packageName) {
		Path folder = Path.of("target/classes", packageName.split("\\."));
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".class") && !name.contains("$"))
				.<Class<?>>map((name) -> load(packageName + "." + name.substring(0, name.length() - 6)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Class<?> load(String className) {
		try {
			return Class.forName(className);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
