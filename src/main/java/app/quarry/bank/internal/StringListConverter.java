package app.quarry.bank.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A list of strings kept as a JSON array in one text column. */
@Converter
class StringListConverter implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(List<String> list) {
		return JSON.writeValueAsString(list);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return List.copyOf(JSON.readValue(column, new TypeReference<List<String>>() {
		}));
	}

}
