package app.quarry.bank.internal;

import jakarta.persistence.AttributeConverter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list kept as a JSON array in one text column: the bank's lists are always read and
 * written with their question, never queried apart.
 */
abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TypeReference<List<T>> type;

	JsonListConverter(TypeReference<List<T>> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(List<T> list) {
		return JSON.writeValueAsString(list);
	}

	@Override
	public List<T> convertToEntityAttribute(String column) {
		return List.copyOf(JSON.readValue(column, this.type));
	}

}
