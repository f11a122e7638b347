package org.mauticapi.sandbox.entity;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

class PhpArrayTests {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	@Test
	void keysZeroToNInOrderAreAList() {
		PhpArray array = new PhpArray();
		array.put("0", JSON.numberNode(200));
		array.put("1", JSON.numberNode(404));

		String json = array.toJson().toString();

		assertThat(json).isEqualTo("[200,404]");
	}

	@Test
	void aMissingKeyMakesAnObject() {
		PhpArray array = new PhpArray();
		array.put("0", JSON.numberNode(201));
		array.put("2", JSON.numberNode(201));

		String json = array.toJson().toString();

		assertThat(json).isEqualTo("{\"0\":201,\"2\":201}");
	}

	@Test
	void keysKeepTheOrderTheyWereSetIn() {
		PhpArray array = new PhpArray();
		array.put("1", JSON.stringNode("found first"));
		array.put("0", JSON.stringNode("created after"));
		array.put("1", JSON.stringNode("set again, same place"));

		String json = array.toJson().toString();

		assertThat(json).isEqualTo("{\"1\":\"set again, same place\",\"0\":\"created after\"}");
	}

	@Test
	void anUnsetKeyGivesUpItsPlace() {
		PhpArray array = new PhpArray();
		array.put("0", JSON.numberNode(1));
		array.put("1", JSON.numberNode(2));
		array.remove("0");
		array.put("0", JSON.numberNode(3));

		String json = array.toJson().toString();

		assertThat(json).isEqualTo("{\"1\":2,\"0\":3}");
	}

}
