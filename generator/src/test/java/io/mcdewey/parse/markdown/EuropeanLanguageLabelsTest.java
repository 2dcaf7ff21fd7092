package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reference in French: its labels of parameters and statuses, its required column and its commented bodies. */
class EuropeanLanguageLabelsTest {

  @Test
  void readsParametersStatusesAndABodyWhoseCommentsSayWhatIsRequired() {
    Api api = parse("""
        ## Sessions

        ### 1. Lister les sessions

        `GET /sessions`

        **Paramètres de requête** :
        | Paramètre | Type | Obligatoire | Description |
        |-----------|------|-------------|-------------|
        | `slot` | string | Non | Filtrer par créneau |

        ### 2. Créer une session

        `POST /sessions`

        **Body** :

        ```json
        {
          "siteId": "uuid", // Obligatoire
          "slot": "AM", // Obligatoire ("AM" ou "PM")
          "notes": "Débutants" // Optionnel
        }
        ```

        **Codes d'erreur** :

        - `400` : Données invalides
        - `403` : Pas les droits
        """);

    assertEquals(List.of("slot query false"), described(operation(api, "GET", "/sessions")));
    assertEquals(List.of("siteId body true", "slot body true", "notes body false"),
        described(operation(api, "POST", "/sessions")));
    assertEquals(List.of(400, 403), statuses(operation(api, "POST", "/sessions")));
  }
}
