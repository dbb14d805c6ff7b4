package com.storedesk.planogram.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Planograms from JSON (documented in {@code assets/planograms/README.md}):
 * <pre>
 * {"fixtures": [{"fixture": "S01-COFFEE-1",
 *                "shelves": [{"shelf": 1,
 *                             "positions": [{"position": 1, "sku": "COF-0001",
 *                                            "gtin": "2001000000014", "facings": 2}]}]}]}
 * </pre>
 * GTINs are strings, so leading zeros survive; numbers may be JSON numbers or strings; facings
 * may be left out (one). Errors name the path to the value, e.g. {@code fixtures[0].shelves[1].positions[2]}.
 */
public final class PlanogramJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanogramJson() {
    }

    public static List<Planogram> read(Reader source, String fileName) throws IOException, PlanogramImportException {
        JsonNode root;
        try {
            root = MAPPER.readTree(source);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new PlanogramImportException(ImportProblem.MALFORMED_JSON, Where.line(line), e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new PlanogramImportException(ImportProblem.EMPTY, fileName);
        }
        JsonNode fixtures = array(root, "fixtures", "");
        PlanogramBuilder builder = new PlanogramBuilder();
        for (int f = 0; f < fixtures.size(); f++) {
            String fixturePath = "fixtures[" + f + "]";
            JsonNode fixture = object(fixtures.get(f), fixturePath);
            String name = RowValues.text(Where.path(fixturePath), "fixture", scalar(fixture, "fixture", fixturePath));
            JsonNode shelves = array(fixture, "shelves", fixturePath);
            for (int s = 0; s < shelves.size(); s++) {
                String shelfPath = fixturePath + ".shelves[" + s + "]";
                JsonNode shelf = object(shelves.get(s), shelfPath);
                int shelfNumber = RowValues.positive(Where.path(shelfPath), "shelf", scalar(shelf, "shelf", shelfPath));
                JsonNode positions = array(shelf, "positions", shelfPath);
                for (int p = 0; p < positions.size(); p++) {
                    String positionPath = shelfPath + ".positions[" + p + "]";
                    JsonNode position = object(positions.get(p), positionPath);
                    Where where = Where.path(positionPath);
                    int number = RowValues.positive(where, "position", scalar(position, "position", positionPath));
                    String sku = RowValues.text(where, "sku", scalar(position, "sku", positionPath));
                    if (position.path("gtin").isNumber()) {
                        throw new PlanogramImportException(ImportProblem.WRONG_JSON_TYPE, where, "gtin", "\"…\"");
                    }
                    Gtin gtin = RowValues.gtin(where, scalar(position, "gtin", positionPath));
                    int facings = RowValues.facings(where, scalar(position, "facings", positionPath));
                    builder.add(where, name, new PlanogramPosition(shelfNumber, number, sku, gtin, facings));
                }
            }
        }
        return builder.build(fileName);
    }

    private static JsonNode array(JsonNode parent, String field, String path) throws PlanogramImportException {
        JsonNode node = parent.path(field);
        if (!node.isArray()) {
            throw new PlanogramImportException(ImportProblem.WRONG_JSON_TYPE, Where.path(path.isEmpty() ? "$" : path),
                    field, "[…]");
        }
        return node;
    }

    private static JsonNode object(JsonNode node, String path) throws PlanogramImportException {
        if (!node.isObject()) {
            throw new PlanogramImportException(ImportProblem.WRONG_JSON_TYPE, Where.path(path), "", "{…}");
        }
        return node;
    }

    /** A string or number field as text; null when it is absent or null. */
    private static String scalar(JsonNode parent, String field, String path) throws PlanogramImportException {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new PlanogramImportException(ImportProblem.WRONG_JSON_TYPE, Where.path(path), field, "\"…\"");
        }
        return node.asText();
    }
}
