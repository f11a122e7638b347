package org.mauticapi.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.mauticapi.php.PhpArray;

/**
 * The Mautic API contract: the OpenAPI document {@value #CLASSPATH_LOCATION} and the JSON
 * Schemas it declares for each operation's responses.
 *
 * <p>
 * Typical use, in a test or a conformance check: <pre>{@code
 * MauticApiContract contract = MauticApiContract.load();
 * List<String> problems = contract.validateResponse("GET", "/api/contacts/1", 200, body);
 * }</pre>
 */
public final class MauticApiContract {

	/** Where the OpenAPI document lives on the classpath. */
	public static final String CLASSPATH_LOCATION = "openapi/mautic-api.yaml";

	// The document is registered under this id, so that "#/components/..." references
	// resolve without any I/O.
	private static final String DOCUMENT_ID = "https://contract.mauticapi.invalid/mautic-api.json";

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
			"trace");

	private final JsonNode document;

	private final List<ContractOperation> operations;

	private final SchemaRegistry schemaRegistry;

	// Requests assert formats (an email must be one); responses do not, as Mautic stores
	// what older versions let in.
	private final SchemaRegistry requestSchemaRegistry;

	private final RequestValidator requestValidator;

	private final RequestValidator documentedValidator;

	private final ContractRouter router;

	private MauticApiContract(JsonNode document) {
		this.document = document;
		this.operations = readOperations(document);
		this.router = new ContractRouter(this.operations, new RouteRequirements(this)::met);
		this.schemaRegistry = registry(document, false);
		this.requestSchemaRegistry = registry(GuardDocument.of(document), true);
		this.requestValidator = new RequestValidator(this, (pointer) -> schemaAt(this.requestSchemaRegistry, pointer));
		SchemaRegistry documented = registry(document, true);
		this.documentedValidator = new RequestValidator(this, (pointer) -> schemaAt(documented, pointer));
	}

	private static SchemaRegistry registry(JsonNode document, boolean assertFormats) {
		String json = JsonMapper.shared().writeValueAsString(document);
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(assertFormats).build();
		return SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
				(builder) -> builder.schemas(Map.of(DOCUMENT_ID, json)).schemaRegistryConfig(config));
	}

	/**
	 * The contract shipped on the classpath, read once per class loader: reading and
	 * indexing it takes seconds, and the contract is immutable (its schema caches are
	 * safe to share between threads).
	 * @return the contract
	 */
	public static MauticApiContract load() {
		return Shipped.CONTRACT;
	}

	private static final class Shipped {

		static final MauticApiContract CONTRACT = readShipped();

	}

	private static MauticApiContract readShipped() {
		try (InputStream in = MauticApiContract.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("No " + CLASSPATH_LOCATION + " on the classpath");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a contract from OpenAPI YAML (or JSON) text.
	 * @param openApiText the document
	 * @return the contract
	 */
	public static MauticApiContract parse(String openApiText) {
		return new MauticApiContract(YAMLMapper.shared().readTree(openApiText));
	}

	/**
	 * The whole OpenAPI document as a tree.
	 * @return the document
	 */
	public JsonNode document() {
		return this.document;
	}

	/**
	 * Every operation of the contract, in document order.
	 * @return the operations
	 */
	public List<ContractOperation> operations() {
		return this.operations;
	}

	/**
	 * The operation a concrete request is an instance of; literal path segments win over
	 * placeholders.
	 * @param method the request method
	 * @param path the request path (with or without {@code /api}), without query string
	 * @return the operation, if the contract has one
	 */
	public Optional<ContractOperation> operation(String method, String path) {
		return this.router.route(method, path).map(RouteMatch::operation);
	}

	/**
	 * The operation a concrete request is an instance of, with its path parameters.
	 * @param method the request method (HEAD matches GET)
	 * @param path the decoded request path (with or without {@code /api}), without query
	 * string
	 * @return the match, if the contract has an operation for this method and path
	 */
	public Optional<RouteMatch> route(String method, String path) {
		return this.router.route(method, path);
	}

	/**
	 * The operation with this id.
	 * @param operationId the id
	 * @return the operation, if declared
	 */
	public Optional<ContractOperation> operationById(String operationId) {
		return this.operations.stream().filter((operation) -> operation.operationId().equals(operationId)).findFirst();
	}

	/**
	 * Follows local {@code $ref}s ({@code #/components/...}) until a node that is not a
	 * reference.
	 * @param node a node that may be a reference
	 * @return the referenced node
	 */
	public JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int depth = 0; current.has("$ref"); depth++) {
			if (depth > 32) {
				throw new IllegalStateException("Reference cycle at " + node);
			}
			current = this.document.at(current.get("$ref").asString().substring(1));
			if (current.isMissingNode()) {
				throw new IllegalStateException("Unresolvable reference " + node.get("$ref"));
			}
		}
		return current;
	}

	/**
	 * The JSON Schema the contract declares for an operation's {@code application/json}
	 * response.
	 * @param operation the operation
	 * @param status the HTTP status
	 * @return the schema, if the status is declared with a JSON body
	 */
	public Optional<Schema> responseSchema(ContractOperation operation, int status) {
		return operation.responseKey(status)
			.map((key) -> resolvePointer(operation.pointer() + "/responses/" + key))
			.map((response) -> response + "/content/application~1json/schema")
			.filter((pointer) -> !this.document.at(pointer).isMissingNode())
			.map(this::schemaAt);
	}

	/**
	 * A validator for the schema at a JSON pointer into the document; references inside
	 * it resolve against the document.
	 * @param jsonPointer where the schema object is, e.g.
	 * {@code /components/schemas/Contact}
	 * @return the schema
	 */
	public Schema schemaAt(String jsonPointer) {
		return schemaAt(this.schemaRegistry, jsonPointer);
	}

	private Schema schemaAt(SchemaRegistry registry, String jsonPointer) {
		if (this.document.at(jsonPointer).isMissingNode()) {
			throw new IllegalArgumentException("No schema at " + jsonPointer);
		}
		return registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + encodeFragment(jsonPointer)));
	}

	/**
	 * Checks a request against the contract before it is sent: path parameters, query
	 * variables (unknown ones included, and every key of a {@code where} clause at any
	 * depth) and the body. Constraints that Mautic itself enforces with a clear error
	 * (marked {@code x-mautic-validates} in the document) are left to Mautic.
	 * @param request the request, routed and read as Mautic reads it
	 * @return the violations, each naming the parameter as PHP reads it; empty when the
	 * request conforms
	 */
	public List<RequestViolation> validateRequest(ContractRequest request) {
		return this.requestValidator.validate(request);
	}

	/**
	 * Checks a request against everything the document says, the constraints Mautic
	 * enforces itself included ({@code x-mautic-validates}): for a typed API that answers
	 * a mistake before calling Mautic at all.
	 * @param request the request, routed and read as Mautic reads it
	 * @return the violations, each naming the parameter as PHP reads it; empty when the
	 * request conforms
	 */
	public List<RequestViolation> validateRequestAsDocumented(ContractRequest request) {
		return this.documentedValidator.validate(request);
	}

	/**
	 * Checks the list parameters that reach SQL in every Mautic list route
	 * ({@code where}, {@code order}, {@code select}, {@code orderBy},
	 * {@code orderByDir}), for a request to a route outside the contract.
	 * @param query the query variables as PHP reads them
	 * @return the violations, each naming the parameter as PHP reads it
	 */
	public List<RequestViolation> validateUnroutedQuery(PhpArray query) {
		return this.requestValidator.validateGuarded(query);
	}

	// Follows $refs from a pointer, answering the pointer of the node that is not a
	// reference.
	private String resolvePointer(String jsonPointer) {
		String pointer = jsonPointer;
		for (int depth = 0; this.document.at(pointer).has("$ref"); depth++) {
			if (depth > 32) {
				throw new IllegalStateException("Reference cycle at " + jsonPointer);
			}
			pointer = this.document.at(pointer).get("$ref").asString().substring(1);
		}
		return pointer;
	}

	private static String encodeFragment(String jsonPointer) {
		return jsonPointer.replace("%", "%25").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
	}

	/**
	 * Checks a response against the contract: the operation exists, declares the status,
	 * and the body validates against the declared schema.
	 * @param method the request method
	 * @param path the request path
	 * @param status the response status
	 * @param body the response body
	 * @return the problems found, empty when the response conforms
	 */
	public List<String> validateResponse(String method, String path, int status, JsonNode body) {
		Optional<ContractOperation> operation = operation(method, path);
		if (operation.isEmpty()) {
			return List.of("No operation " + method + " " + path + " in the contract");
		}
		return validateResponse(operation.get(), status, body);
	}

	/**
	 * Checks a response of a known operation against the contract.
	 * @param operation the operation
	 * @param status the response status
	 * @param body the response body
	 * @return the problems found, empty when the response conforms
	 */
	public List<String> validateResponse(ContractOperation operation, int status, JsonNode body) {
		if (operation.responseKey(status).isEmpty()) {
			return List.of(operation + " does not declare status " + status);
		}
		Optional<Schema> schema = responseSchema(operation, status);
		if (schema.isEmpty()) {
			return List.of(operation + " declares no JSON schema for status " + status);
		}
		return schema.get()
			.validate(body)
			.stream()
			.map((error) -> error.getInstanceLocation() + ": " + error.getMessage())
			.toList();
	}

	private static List<ContractOperation> readOperations(JsonNode document) {
		List<ContractOperation> operations = new ArrayList<>();
		document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			if (METHODS.contains(entry.getKey())) {
				operations.add(new ContractOperation(entry.getKey(), path.getKey(),
						entry.getValue().path("operationId").asString(""), entry.getValue()));
			}
		}));
		return List.copyOf(operations);
	}

}
