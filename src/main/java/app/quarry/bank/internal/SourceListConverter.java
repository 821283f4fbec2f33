package app.quarry.bank.internal;

import app.quarry.bank.Source;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A question's sources kept as a JSON array in one text column. */
@Converter
class SourceListConverter implements AttributeConverter<List<Source>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(List<Source> list) {
		return JSON.writeValueAsString(list);
	}

	@Override
	public List<Source> convertToEntityAttribute(String column) {
		return List.copyOf(JSON.readValue(column, new TypeReference<List<Source>>() {
		}));
	}

}
