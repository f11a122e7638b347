package org.mauticapi.gateway.graphql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The derived schema's own scalars: {@code DateTime} (Mautic's ISO 8601 and SQL
 * date-times, given as ISO 8601 with offset) and {@code JSON} (free-form values, given as
 * they are, and taken as written in a document or variable).
 */
final class Scalars {

	private static final int DATE_LENGTH = "2026-11-01".length();

	private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.coercing(new DateTimeCoercing())
		.build();

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.coercing(new DateCoercing())
		.build();

	static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
		.name("JSON")
		.coercing(new JsonCoercing())
		.build();

	private Scalars() {
	}

	// Mautic stores date-times in UTC; its SQL-format values (fields.all.last_active,
	// ...) carry no offset.
	static String isoDateTime(String value) {
		try {
			return OffsetDateTime.parse(value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException notIso) {
			if (value.length() == DATE_LENGTH) {
				// A date field's value: the start of that day in UTC.
				return LocalDate.parse(value)
					.atStartOfDay()
					.atOffset(ZoneOffset.UTC)
					.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			}
			return LocalDateTime.parse(value, SQL)
				.atOffset(ZoneOffset.UTC)
				.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
	}

	private static final class DateTimeCoercing implements Coercing<Object, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			try {
				return isoDateTime(String.valueOf(value));
			}
			catch (DateTimeParseException ex) {
				throw new CoercingSerializeException("Not a date-time: " + value, ex);
			}
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return text;
			}
			throw new CoercingParseValueException("A DateTime is a string");
		}

		@Override
		public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				return text.getValue();
			}
			throw new CoercingParseLiteralException("A DateTime is a string");
		}

	}

	// A date field's value, or the date of a date-time; written as YYYY-MM-DD.
	private static final class DateCoercing implements Coercing<Object, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			String text = String.valueOf(value);
			try {
				return LocalDate.parse(text.substring(0, Math.min(DATE_LENGTH, text.length()))).toString();
			}
			catch (DateTimeParseException ex) {
				throw new CoercingSerializeException("Not a date: " + value, ex);
			}
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, Locale locale) {
			return date(input);
		}

		@Override
		public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				return date(text.getValue());
			}
			throw new CoercingParseLiteralException("A Date is a string such as \"2024-03-15\"");
		}

		private static String date(Object input) {
			try {
				return LocalDate.parse(String.valueOf(input)).toString();
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseValueException("A Date is written YYYY-MM-DD, not " + input);
			}
		}

	}

	private static final class JsonCoercing implements Coercing<Object, Object> {

		@Override
		public Object serialize(Object value, GraphQLContext context, Locale locale) {
			return value;
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, Locale locale) {
			return input;
		}

		// A literal in the document (a filter's value, written inline) as the JSON value
		// it spells.
		@Override
		public @Nullable Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				return text.getValue();
			}
			if (input instanceof IntValue number) {
				return number.getValue();
			}
			if (input instanceof FloatValue number) {
				return number.getValue();
			}
			if (input instanceof BooleanValue flag) {
				return flag.isValue();
			}
			if (input instanceof NullValue) {
				return null;
			}
			if (input instanceof EnumValue name) {
				return name.getName();
			}
			if (input instanceof VariableReference variable) {
				return variables.get(variable.getName());
			}
			if (input instanceof ArrayValue items) {
				List<Object> values = new ArrayList<>();
				items.getValues().forEach((item) -> values.add(parseLiteral(item, variables, context, locale)));
				return values;
			}
			if (input instanceof ObjectValue object) {
				Map<String, Object> fields = new LinkedHashMap<>();
				object.getObjectFields()
					.forEach((field) -> fields.put(field.getName(),
							parseLiteral(field.getValue(), variables, context, locale)));
				return fields;
			}
			throw new CoercingParseLiteralException("Not a JSON value: " + input);
		}

	}

}
