package kopru.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserQueryTest {
    @Test
    void shouldParseWordsPhrasesExclusionsAndOr() {
        ParsedQuery parsed = UserQuery.parse("deprem \"arama kurtarma\" -Hatay Nevruz OR Abay yard*");
        assertEquals("deprem \"arama kurtarma\" Nevruz OR Abay yard* -Hatay", parsed.written());
        assertEquals(4, parsed.required().size());
        assertEquals(1, parsed.excluded().size());
    }

    @Test
    void shouldIgnoreLoneOperatorsAndPunctuation() {
        for (String odd : List.of("OR", "-", "*", "OR OR", "- - -", "\"\"", "...", "OR -", "  ")) {
            assertTrue(UserQuery.parse(odd).isEmpty(), odd);
        }
        assertEquals("deprem", UserQuery.parse("OR deprem OR").written());
    }

    @Test
    void shouldSplitHyphenatedWordsIntoAPhrase() {
        assertEquals("\"Almatı İstanbul\"", UserQuery.parse("Almatı–İstanbul").written());
    }

    @Test
    void shouldDropControlCharacters() {
        assertEquals("deprem yardım", UserQuery.parse("deprem\u0000\u0007yardım\u200B").written());
    }

    @Test
    void shouldRefuseUnbalancedQuotesAndOverlongQueries() {
        assertThrows(SearchInputException.class, () -> UserQuery.parse("\"arama kurtarma"));
        assertThrows(SearchInputException.class, () -> UserQuery.parse("a".repeat(UserQuery.MAX_LENGTH + 1)));
        assertEquals(UserQuery.MAX_PARTS, UserQuery.parse("kelime ".repeat(142) + "x").required().size());
    }
}
