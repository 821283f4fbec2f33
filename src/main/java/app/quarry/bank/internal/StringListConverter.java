package app.quarry.bank.internal;

import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;

/** A list of strings kept as a JSON array in one text column. */
@Converter
class StringListConverter extends JsonListConverter<String> {

	StringListConverter() {
		super(new TypeReference<>() {
		});
	}

}
