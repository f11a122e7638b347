package org.mauticapi.conformance.deviation;

import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer on its way back to the kit, as the deviating proxy sees it.
 *
 * @param status the status
 * @param contentType the {@code Content-Type}
 * @param body the body
 */
public record ProxiedAnswer(int status, String contentType, String body) {

	/**
	 * The body as JSON, to edit.
	 * @return a mutable tree
	 */
	public JsonNode json() {
		return JsonMapper.shared().readTree(this.body);
	}

	/**
	 * The same answer with its JSON body edited.
	 * @param edit what to change in the tree
	 * @return the answer
	 */
	public ProxiedAnswer editJson(Consumer<JsonNode> edit) {
		JsonNode tree = json();
		edit.accept(tree);
		return new ProxiedAnswer(this.status, this.contentType, tree.toString());
	}

	public ProxiedAnswer withStatus(int newStatus) {
		return new ProxiedAnswer(newStatus, this.contentType, this.body);
	}

	public ProxiedAnswer withBody(String newBody) {
		return new ProxiedAnswer(this.status, this.contentType, newBody);
	}

	public ProxiedAnswer withContentType(String newContentType) {
		return new ProxiedAnswer(this.status, newContentType, this.body);
	}

}
