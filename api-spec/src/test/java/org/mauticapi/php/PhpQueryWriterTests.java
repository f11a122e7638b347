package org.mauticapi.php;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link PhpQueryWriter}; that PHP reads its spelling back as the same array is
 * held to PHP itself by {@link PhpInputReaderTableTests}.
 */
class PhpQueryWriterTests {

	@Test
	void spellsOutEveryKeyAndEncodesEveryReservedByte() {
		PhpArray where = new PhpArray();
		PhpArray clause = new PhpArray();
		clause.put("col", "email");
		clause.put("val", "a+b@c.d é");
		where.append(clause);
		PhpArray values = new PhpArray();
		values.put("where", where);
		values.put("limit", "30");

		String written = PhpQueryWriter.write(values);

		assertThat(written)
			.isEqualTo("where%5B0%5D%5Bcol%5D=email&where%5B0%5D%5Bval%5D=a%2Bb%40c.d%20%C3%A9&limit=30");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a.b", "a b", " a", "a[b", "" })
	void refusesTopLevelNamesPhpWouldReadAsSomethingElse(String name) {
		PhpArray values = new PhpArray();
		values.put(name, "1");

		assertThatIllegalArgumentException().isThrownBy(() -> PhpQueryWriter.write(values));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "a]b" })
	void refusesKeysPhpWouldReadAsSomethingElse(String key) {
		PhpArray nested = new PhpArray();
		nested.put(key, "1");
		PhpArray values = new PhpArray();
		values.put("a", nested);

		assertThatIllegalArgumentException().isThrownBy(() -> PhpQueryWriter.write(values));
	}

}
