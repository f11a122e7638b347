package org.mauticapi.gateway.graphql.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.mauticapi.contract.MauticApiContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema derived from the contract is committed as a snapshot, so that every change
 * of the GraphQL API shows in review.
 */
class SchemaSnapshotTests {

	private static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/schema.graphqls");

	@Test
	void derivedSchemaMatchesTheCommittedSnapshot() throws IOException {
		String derived = SchemaDerivation.derive(MauticApiContract.load(), GraphQlMapping.load()).sdl();
		if (Boolean.getBoolean("snapshots.update")) {
			Files.writeString(SNAPSHOT, derived, StandardCharsets.UTF_8);
		}
		assertThat(SNAPSHOT)
			.as("The GraphQL schema derived from the spec and graphql-mapping.yaml differs from " + SNAPSHOT
					+ ". If the change is intended, regenerate the snapshot with "
					+ "./mvnw -pl gateway test -Dtest=SchemaSnapshotTests -Dsnapshots.update=true and commit it.")
			.exists();
		assertThat(Files.readString(SNAPSHOT, StandardCharsets.UTF_8))
			.as("The GraphQL schema derived from the spec " + "and graphql-mapping.yaml differs from " + SNAPSHOT
					+ ". If the change is intended, regenerate it with "
					+ "./mvnw -pl gateway test -Dtest=SchemaSnapshotTests -Dsnapshots.update=true and commit it.")
			.isEqualTo(derived);
	}

}
