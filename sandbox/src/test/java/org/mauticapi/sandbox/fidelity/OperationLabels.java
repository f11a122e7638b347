package org.mauticapi.sandbox.fidelity;

import java.util.Optional;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;

/**
 * Names the documented operation a request is an instance of, as
 * {@code "METHOD /template"}. The contract matches a placeholder with any segment, so
 * {@code DELETE /segments/batch/delete} would pass for {@code DELETE
 * /segments/{id}/delete}; Mautic routes the batch forms elsewhere, and so does this.
 */
final class OperationLabels {

	private OperationLabels() {
	}

	static Optional<String> documented(MauticApiContract contract, String method, String path) {
		return contract.operation(method, path)
			.filter((operation) -> !placeholderTakes(operation, path, "batch"))
			.map((operation) -> operation.method() + " " + operation.pathTemplate());
	}

	private static boolean placeholderTakes(ContractOperation operation, String path, String value) {
		String[] template = operation.pathTemplate().split("/");
		String[] concrete = (path.startsWith("/api/") ? path.substring(4) : path).split("/");
		for (int i = 0; i < Math.min(template.length, concrete.length); i++) {
			if (template[i].startsWith("{") && concrete[i].equals(value)) {
				return true;
			}
		}
		return false;
	}

}
